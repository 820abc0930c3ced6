// The bulk download: a real zip, read back with yauzl (an independent reader), every CSV parsed
// with papaparse and compared value by value with the JSON API documents.
import Papa from 'papaparse';
import yauzl from 'yauzl';
import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BULK_ZIP, writeBulkFiles } from '../../src/opendata/bulk/buildBulkZip.ts';
import type { OpenDataInput } from '../../src/opendata/bulk/OpenDataInput.ts';
import { guardText } from '../../src/downloads/guardText.ts';
import { apiJson } from '../../src/opendata/api/apiJson.ts';
import { areaList, indicatorDocument, indicatorList, unitList } from '../../src/opendata/api/apiDocuments.ts';
import type { Observation } from '../../src/model/types.gen.ts';
import { HOSTILE_ID, reversedInput, sampleInput } from './bulkSample.ts';

interface ZipEntry {
  name: string;
  /** DOS date and time fields as stored. */
  date: number;
  time: number;
  text: string;
}

function readZip(bytes: Uint8Array): Promise<ZipEntry[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true, strictFileNames: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const entries: ZipEntry[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            entries.push({ name: entry.fileName, date: entry.lastModFileDate, time: entry.lastModFileTime, text: Buffer.concat(chunks).toString('utf8') });
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** CSV rows as arrays of strings (never header: true, which mangles duplicate or odd headers). */
function parseCsv(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter: ',', newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  const rows = parsed.data;
  // The file ends in CRLF, which papaparse reads as one empty last row.
  expect(rows.at(-1)).toEqual(['']);
  return rows.slice(0, -1);
}

const text = (value: string | undefined | null): string => (value === undefined || value === null ? '' : guardText(value));
const asNumber = (cell: string): number | null => (cell === '' ? null : Number(cell));
const SYMBOL: Record<string, string> = { missing: '-', 'not-applicable': '.', suppressed: '..' };

/** The files writeBulkFiles writes (the zip and the site's CSV tables), by name. */
async function writeBulk(input: OpenDataInput): Promise<Map<string, Buffer>> {
  const dir = await mkdtemp(join(tmpdir(), 'bulk-'));
  try {
    await writeBulkFiles(input, dir);
    const names = [BULK_ZIP, 'observationer.csv', 'matt.csv', 'omraden.csv', 'enheter.csv'];
    return new Map(await Promise.all(names.map(async (n) => [n, await readFile(join(dir, n))] as const)));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const buildBulkZip = async (input: OpenDataInput): Promise<Buffer> => (await writeBulk(input)).get(BULK_ZIP)!;

const input = sampleInput();

describe('writeBulkFiles', async () => {
  const written = await writeBulk(input);
  const bytes = written.get(BULK_ZIP)!;
  const entries = await readZip(bytes);
  const file = (name: string): string => {
    const entry = entries.find((e) => e.name === name);
    if (!entry) throw new Error(`${name} is not in the zip (has: ${entries.map((e) => e.name).join(', ')})`);
    return entry.text;
  };

  it('holds the README, the Data Package and every table as CSV and JSON, in a fixed order', () => {
    expect(entries.map((e) => e.name)).toEqual([
      'README.md', 'datapackage.json',
      'observationer.csv', 'observationer.json',
      'matt.csv', 'matt.json',
      'omraden.csv', 'omraden.json',
      'enheter.csv', 'enheter.json',
    ]);
  });

  it('stamps every entry with the data date (manifest dataUpdated 2026-10-20, 00:00), never the clock', () => {
    const dosDate = ((2026 - 1980) << 9) | (10 << 5) | 20;
    for (const entry of entries) expect({ name: entry.name, date: entry.date, time: entry.time }).toEqual({ name: entry.name, date: dosDate, time: 0 });
  });

  it('gives the same bytes for the same data in any input order', async () => {
    expect((await buildBulkZip(reversedInput(input))).equals(bytes)).toBe(true);
  });

  it('changes when the data changes (the comparison above can fail)', async () => {
    const changed = sampleInput();
    changed.observations.set(HOSTILE_ID, [...(changed.observations.get(HOSTILE_ID) ?? [])].map((o, i) => (i === 0 ? { ...o, value: -6 } : o)));
    expect((await buildBulkZip(changed)).equals(bytes)).toBe(false);
  });

  it('publishes the same CSV tables on the site as in the zip', () => {
    for (const name of ['observationer.csv', 'matt.csv', 'omraden.csv', 'enheter.csv']) expect(written.get(name)!.toString('utf8'), name).toBe(file(name));
  });

  it('has JSON files identical to the API documents', () => {
    expect(file('matt.json')).toBe(apiJson(indicatorList(input)));
    expect(file('omraden.json')).toBe(apiJson(areaList(input)));
    expect(file('enheter.json')).toBe(apiJson(unitList(input)));
    const all = indicatorList(input).flatMap((i) => indicatorDocument(input, i).observations);
    expect(JSON.parse(file('observationer.json'))).toEqual(JSON.parse(apiJson(all)));
  });

  it('observationer.csv parses back to exactly the observations of /api/v1/indicators/{id}.json', () => {
    const [header, ...rows] = parseCsv(file('observationer.csv'));
    expect(header).toEqual(['matt_id', 'matt', 'omradeskod', 'enhets_id', 'namn', 'period', 'kon', 'varde', 'status_symbol', 'status', 'antal', 'preliminart', 'kommentar', 'kallfil', 'kallflik', 'kallcell']);
    const names = new Map<string, string>([...input.areas.map((a) => [a.code, a.name] as const), ...input.units.map((u) => [u.id, u.name] as const)]);
    const expected = indicatorList(input).flatMap((indicator) =>
      indicatorDocument(input, indicator).observations.map((o: Observation) => [
        o.indicator, text(indicator.title), o.area ?? '', o.unit ?? '', text(names.get(o.unit ?? o.area ?? '')), o.period, o.gender,
        o.value, o.status ? SYMBOL[o.status] : '', o.status ? expect.any(String) : '', o.n ?? null, o.preliminary ? 'ja' : '',
        text(o.note), text(o.source.file), text(o.source.sheet), text(o.source.cell),
      ]),
    );
    // Numbers compared as numbers: 1e-7 is written 0.0000001, which parses to the same value.
    const typed = rows.map((r) => [...r.slice(0, 7), asNumber(r[7]), r[8], r[9], asNumber(r[10]), ...r.slice(11)]);
    expect(typed).toEqual(expected);
    expect(rows.length).toBe(86 + 6); // the fixture's 86 (manifest) and the hostile 6
  });

  it('keeps numbers as numbers and neutralises formula text', () => {
    const rows = parseCsv(file('observationer.csv')).filter((r) => r[0] === HOSTILE_ID);
    expect(rows.map((r) => r[7])).toContain('-5');
    expect(rows.map((r) => r[7])).toContain('0.0000001');
    expect(rows.map((r) => r[7])).toContain('1234567.891');
    expect(rows.every((r) => r[1].startsWith("'="))).toBe(true);
    expect(rows.map((r) => r[12])).toContain("'=1+1");
    expect(file('observationer.csv')).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('matt.csv, omraden.csv and enheter.csv parse back to the API lists', () => {
    const [mh, ...matt] = parseCsv(file('matt.csv'));
    expect(mh[0]).toBe('matt_id');
    expect(matt).toEqual(indicatorList(input).map((i) => [
      i.id, text(i.title), text(i.question), text(i.description), text(i.definition), text(i.formula), text(i.unit), String(i.decimals),
      i.direction, text(i.operatingArea), text(i.source), i.attribution, text(i.koladaId), text(i.responsible), text(i.contact),
      text(i.frequency), i.lastUpdated ?? '', i.nextUpdate ?? '', i.keyIndicator ? 'true' : 'false',
    ]));
    const [, ...areas] = parseCsv(file('omraden.csv'));
    expect(areas).toEqual(areaList(input).map((a) => [a.code, text(a.name), a.type, a.parent ?? '', (a.members ?? []).join(' ')]));
    const [, ...units] = parseCsv(file('enheter.csv'));
    expect(units).toEqual(unitList(input).map((u) => [u.id, text(u.name), text(u.type), u.operator ?? '', text(u.address), u.area ?? '']));
  });

  it('keeps area codes with their leading zeros', () => {
    const [, ...areas] = parseCsv(file('omraden.csv'));
    expect(areas.map((a) => a[0])).toContain('0000');
    expect(areas.map((a) => a[0])).toContain('0025');
  });

  it('README describes every column, the codes, the status symbols, the licence and how to cite, in Swedish and English', () => {
    const readme = file('README.md');
    for (const name of ['observationer.csv', 'matt.csv', 'omraden.csv', 'enheter.csv']) {
      const header = parseCsv(file(name))[0];
      for (const column of header) expect(readme, `${name}: ${column}`).toContain(`| ${column} |`);
    }
    expect(readme).toMatch(/`-` – bortfall/);
    expect(readme).toMatch(/`\.` – ej tillämpligt/);
    expect(readme).toMatch(/`\.\.` – sekretess/);
    expect(readme).toContain('`T` totalt, `K` kvinnor/flickor, `M` män/pojkar');
    expect(readme).toContain('`0000` är riket');
    expect(readme).toContain('2023/24');
    expect(readme).toContain('CC0-1.0');
    expect(readme).toContain('Källa: Kolada');
    expect(readme).toContain('## Så anger du källan');
    expect(readme).toContain('## How to cite');
    expect(readme).toContain('Exempelkommun (2026). *Exempelkommuns resultat – alla resultat*, version 2026-10-20. https://resultat.exempelkommun.se/oppna-data/alla-resultat.zip');
  });

  it('says so when site.json names no licence, instead of inventing one', async () => {
    const unlicensed = { ...input, site: { ...input.site, licence: undefined } };
    const readme = (await readZip(await buildBulkZip(unlicensed))).find((e) => e.name === 'README.md')?.text ?? '';
    expect(readme).toContain('Ingen licens angiven');
    expect(readme).not.toContain('CC0');
  });
});
