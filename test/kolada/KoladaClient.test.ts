// The Kolada client against the replay server on 127.0.0.1 (real recorded answers, split into
// pages, with scripted 429/500/cut-off faults): pages followed, busy and failing answers retried.
import { afterEach, describe, expect, it } from 'vitest';
import { KoladaClient, KoladaError, retryAfterMs } from '../../src/kolada/KoladaClient.ts';
import { municipalityDataPath } from '../../src/kolada/queries.ts';
import { allAreaCodes } from '../../src/setup/municipalities.ts';
import { recordedData, startKoladaReplay, type Replay } from '../support/koladaReplay.ts';
import { describeShared } from '../support/sharedData.ts';

let replay: Replay | undefined;
afterEach(async () => {
  await replay?.close();
  replay = undefined;
});

const fast = { minIntervalMs: 0, backoffMs: 5, maxBackoffMs: 50 };
const someAreas = allAreaCodes().slice(0, 100);

describe('Retry-After', () => {
  it('reads seconds and HTTP dates, and nothing else', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs('0')).toBe(0);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(null)).toBeUndefined();
  });
});

describeShared('KoladaClient', () => {
  it('follows next_page until the last page and returns every value once', async () => {
    replay = await startKoladaReplay({ pageSize: 700 });
    const client = new KoladaClient({ baseUrl: replay.url, ...fast });
    const values = await client.getAll(municipalityDataPath('N15428', someAreas));
    const wanted = new Set(someAreas);
    const expected = recordedData().get('N15428')!.filter((v) => wanted.has(String(v.municipality)));
    expect(values).toEqual(expected);
    const pages = Math.ceil(expected.length / 700);
    expect(pages).toBeGreaterThan(2);
    expect(replay.requests).toHaveLength(pages);
    expect(replay.requests[1]).toContain('page=2');
  });

  it('waits as Retry-After says on 429, retries 500s and cut-off answers, and then succeeds', async () => {
    replay = await startKoladaReplay({
      pageSize: 1000,
      faults: [
        { match: /page=2/, times: 1, status: 429, retryAfter: '0' },
        { match: /N15428\/municipality/, times: 2, status: 500 },
        { match: /page=3/, times: 1, status: 200, body: '{"count":1000,"values":[{"kpi":"N15428","munic' },
      ],
    });
    const retries: string[] = [];
    const client = new KoladaClient({ baseUrl: replay.url, ...fast, onRetry: (r) => retries.push(r.reason) });
    const values = await client.getAll(municipalityDataPath('N15428', someAreas));
    const wanted = new Set(someAreas);
    expect(values).toEqual(recordedData().get('N15428')!.filter((v) => wanted.has(String(v.municipality))));
    expect(retries).toEqual(['Kolada svarade 500', 'Kolada svarade 500', 'Kolada svarade 429', 'svaret från Kolada var ingen hel JSON']);
  });

  it('gives up after the set number of attempts with the status and the address', async () => {
    replay = await startKoladaReplay({ faults: [{ match: /N01951/, times: 99, status: 503 }] });
    const client = new KoladaClient({ baseUrl: replay.url, ...fast, attempts: 3 });
    const failure = await client.getAll(municipalityDataPath('N01951', ['0182'])).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(KoladaError);
    expect((failure as KoladaError).message).toBe('Kolada svarade 503 (3 försök)');
    expect((failure as KoladaError).url).toContain('/v2/data/kpi/N01951/municipality/0182');
    expect(replay.requests).toHaveLength(3);
  });

  it('does not retry a 404, and refuses an answer without "values"', async () => {
    replay = await startKoladaReplay({ faults: [{ match: /N00901/, times: 1, status: 200, body: '{"error":"nope"}' }] });
    const client = new KoladaClient({ baseUrl: replay.url, ...fast });
    await expect(client.getAll('no/such/route')).rejects.toThrow(/Kolada svarade 404/);
    await expect(client.getAll(municipalityDataPath('N00901', ['0182']))).rejects.toThrow(/saknar listan "values"/);
    expect(replay.requests).toHaveLength(2);
  });

  it('never follows next_page to another server', async () => {
    replay = await startKoladaReplay({
      faults: [{ match: /N00901/, times: 1, status: 200, body: '{"count":0,"values":[],"next_page":"https://elsewhere.example/v2/data/kpi/N00901/municipality/0182?page=2"}' }],
    });
    const client = new KoladaClient({ baseUrl: replay.url, ...fast });
    await expect(client.getAll(municipalityDataPath('N00901', ['0182']))).rejects.toThrow(/annan server \(elsewhere.example\)/);
  });

  it('keeps the polite pause between requests', async () => {
    replay = await startKoladaReplay({ pageSize: 1000 });
    const client = new KoladaClient({ baseUrl: replay.url, minIntervalMs: 60 });
    const started = performance.now();
    await client.getAll(municipalityDataPath('N15428', someAreas));
    const requests = replay.requests.length;
    expect(requests).toBeGreaterThan(2);
    expect(performance.now() - started).toBeGreaterThanOrEqual((requests - 1) * 60 - 5);
  });
});
