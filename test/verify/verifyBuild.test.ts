import { link, mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sha256, stampOf } from '../../src/cache/OutputCache.ts';
import { KnownHashes, type KnownFile } from '../../src/verify/knownHashes.ts';
import { stampsUnder } from '../../src/write/siteCache.ts';
import { linkTarget, verifyBuild, verifySite } from '../../src/verify/verifyBuild.ts';
import { PageThreads } from '../../src/verify/pageThreads.ts';

const CSP = '<meta http-equiv="content-security-policy" content="default-src \'self\'">';
const page = (body: string, head = CSP) => `<!doctype html><html lang="sv"><head>${head}<title>x</title></head><body>${body}</body></html>`;

let root: string;
async function put(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(join(root, path)), { recursive: true });
  await writeFile(join(root, path), content);
}

async function goodData(dir: string): Promise<void> {
  await put(`${dir}/manifest.json`, JSON.stringify({ schemaVersion: '1', counts: { files: 0, indicators: 0, observations: 0, values: 0, areas: 0, units: 0 }, files: [] }));
  await put(`${dir}/indicators.json`, '[]');
  await put(`${dir}/areas.json`, JSON.stringify([{ code: '0000', name: 'Riket', type: 'country' }]));
  await put(`${dir}/units.json`, '[]');
  await mkdir(join(root, dir, 'observations'), { recursive: true });
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'oppna-gate-'));
  await goodData('data');
  // A clean site: links to a page, a download and the canonical absolute URL.
  await put('good/index.html', page('<a href="/matt/x/">x</a> <a href="matt/x/data.csv">csv</a> <link rel="canonical" href="https://r.example.se/matt/x/"><p>Texten &lt;img onerror=alert(1)&gt; visas bokstavligt; onclick=x</p>'));
  await put('good/matt/x/index.html', page('<a href="../../">start</a> <a href="mailto:a@b.se">post</a> <a href="https://other.example/">ute</a>'));
  await put('good/matt/x/data.csv', 'a,b\r\n1,2\r\n');
  await put('good/sitemap.xml', '<?xml version="1.0"?><urlset><url><loc>https://r.example.se/matt/x/</loc></url></urlset>');
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('verifyBuild', () => {
  it('passes a clean site, whose escaped text may mention handlers', async () => {
    expect(await verifyBuild(join(root, 'good'), join(root, 'data'), 'https://r.example.se/')).toEqual([]);
  });

  it('finds inline styles, handlers, javascript: URLs in disguise and missing CSP', async () => {
    await put('bad1/index.html', page('<p style="color:red">x</p><img src="a.png" alt="" onerror="x()"><a href=" JaVa\tscript:alert(1)">x</a>', ''));
    await put('bad1/a.png', 'png');
    const rules = (await verifyBuild(join(root, 'bad1'), join(root, 'data'))).map((p) => p.rule).sort();
    expect(rules).toEqual(['csp-missing', 'inline-handler', 'inline-style', 'javascript-url']);
  });

  it('finds the same in pages and files judged in threads, personal data too', async () => {
    await put('bad3/index.html', page('<p style="color:red">x</p><a href="/saknas/">x</a><a href=" JaVa\tscript:alert(1)">x</a>', ''));
    await put('bad3/om/index.html', page('<p>Kontakta 19121212-1212 eller <a href="/">start</a></p>'));
    await put('bad3/om/d.csv', 'namn;belopp\r\nKalle 19121212-1212;5\r\n');
    const here = await verifyBuild(join(root, 'bad3'), join(root, 'data'));
    expect(here.map((p) => `${p.file} ${p.rule}`).sort()).toEqual([
      'index.html csp-missing',
      'index.html inline-style',
      'index.html javascript-url',
      'index.html missing-file',
      'om/d.csv personal-data',
      'om/index.html personal-data',
    ]);
    expect(await verifyBuild(join(root, 'bad3'), join(root, 'data'), undefined, { threadsFromPages: 0 })).toEqual(here);
    // With the verdict cache: judged in the threads, then taken from the cache.
    const cacheDir = join(root, 'bad3-cache');
    for (let run = 0; run < 2; run++) expect(await verifyBuild(join(root, 'bad3'), join(root, 'data'), undefined, { threadsFromPages: 0, cacheDir })).toEqual(here);
  });

  it('finds broken links, sitemap entries without a page, and downloads that do not parse', async () => {
    await put('bad2/index.html', page('<a href="/saknas/">x</a><a href="/d.json">json</a><a href="https://r.example.se/borta.html">y</a>'));
    await put('bad2/d.json', '{"broken":');
    await put('bad2/sitemap.xml', '<urlset><url><loc>https://r.example.se/inte-byggd/</loc></url></urlset>');
    const problems = await verifyBuild(join(root, 'bad2'), join(root, 'data'), 'https://r.example.se/');
    expect(problems.map((p) => `${p.rule} ${p.detail}`).sort()).toEqual([
      'missing-file /saknas/',
      'missing-file https://r.example.se/borta.html',
      'missing-file https://r.example.se/inte-byggd/',
      expect.stringMatching(/^unparseable-download /),
    ]);
    // Parsed in the gate's threads (threadsFromPages 0), with and without the verdict cache: the same findings.
    for (const options of [{ threadsFromPages: 0 }, { threadsFromPages: 0, cacheDir: join(root, 'bad2-cache') }, { threadsFromPages: 0, cacheDir: join(root, 'bad2-cache') }]) {
      expect(await verifyBuild(join(root, 'bad2'), join(root, 'data'), 'https://r.example.se/', options)).toEqual(problems);
    }
  });

  it('parses linked workbooks: a sound one passes, a zip that holds no workbook does not', async () => {
    const { strToU8, zipSync } = await import('fflate');
    const { toXlsx } = await import('../../src/downloads/toXlsx.ts');
    const indicator = { id: 'L1', title: 'Mått', unit: 'antal', decimals: 0, direction: 'neutral', area: 'Miljö', attribution: 'local' } as unknown as Parameters<typeof toXlsx>[1];
    await put('books/index.html', page('<a href="/a.xlsx">a</a><a href="/b.xlsx">b</a>'));
    await put('books/a.xlsx', toXlsx([], indicator));
    await put('books/b.xlsx', Buffer.from(zipSync({ 'xl/workbook.xml': strToU8('<inte en arbetsbok') })));
    for (const options of [{}, { threadsFromPages: 0 }]) {
      const problems = await verifyBuild(join(root, 'books'), join(root, 'data'), undefined, options);
      expect(problems.map((p) => `${p.file} ${p.rule}`)).toEqual(['b.xlsx unparseable-download']);
    }
  });

  it('judges a zip download in the privacy rule\'s one pass: a sound one passes, a damaged one is refused by both rules', async () => {
    const { strToU8, zipSync } = await import('fflate');
    const zip = zipSync({ 'a.csv': [strToU8('Mått-id;Värde\r\nX;1\r\n'.repeat(2000)), { level: 6 }], 'b.bin': [new Uint8Array(100), { level: 6 }] });
    await put('zips/index.html', page('<a href="/a.zip">zip</a>'));
    await put('zips/a.zip', Buffer.from(zip));
    const cacheDir = join(root, 'zips-cache');
    // Here and in the gate's threads (threadsFromPages 0), with and without the verdict cache.
    const ways = [{}, { cacheDir }, { threadsFromPages: 0 }, { threadsFromPages: 0, cacheDir: `${cacheDir}-threads` }];
    for (const options of ways) expect(await verifyBuild(join(root, 'zips'), join(root, 'data'), undefined, options)).toEqual([]);
    const damaged = zip.slice();
    for (let i = 40; i < 60; i++) damaged[i] ^= 0xff;
    await put('zips/a.zip', Buffer.from(damaged));
    for (const options of ways) {
      const problems = await verifyBuild(join(root, 'zips'), join(root, 'data'), undefined, options);
      expect(problems.map((p) => `${p.file} ${p.rule}`).sort()).toEqual(['a.zip personal-data', 'a.zip unparseable-download']);
    }
  });

  it('finds data files that do not match the schemas', async () => {
    await goodData('bad-data');
    await put('bad-data/observations/X.json', JSON.stringify([{ indicator: 'X', area: '182', period: '2024', gender: 'T', value: 1, source: { file: 'a' } }]));
    const problems = await verifyBuild(join(root, 'good'), join(root, 'bad-data'), 'https://r.example.se/');
    expect(problems).toEqual([{ file: 'observations/X.json', rule: 'invalid-json', detail: 'record 0 does not match its schema' }]);
  });

  it('maps links to files the way a static host does', () => {
    expect(linkTarget('/matt/x/', 'index.html', undefined)).toBe('matt/x/index.html');
    expect(linkTarget('../', 'matt/x/index.html', undefined)).toBe('matt/index.html');
    expect(linkTarget('#main', 'a/index.html', undefined)).toBe('a/index.html');
    expect(linkTarget('mailto:a@b.se', 'index.html', undefined)).toBeUndefined();
    expect(linkTarget('https://elsewhere.se/x', 'index.html', 'https://r.se')).toBeUndefined();
  });
});

describe('verifyBuild on many downloads', () => {
  it('checks that all exist but parses an even sample above the limit, which still finds a broken one in it', async () => {
    const links = Array.from({ length: 10 }, (_, i) => `<a href="/d${i}.json">${i}</a>`).join('');
    await put('many/index.html', page(links));
    for (let i = 0; i < 10; i++) await put(`many/d${i}.json`, i === 0 ? '{' : '{}');
    const sampled = await verifyBuild(join(root, 'many'), join(root, 'data'), undefined, { parseLimit: 3 });
    expect(sampled.map((p) => p.file)).toEqual(['d0.json']);
    await rm(join(root, 'many', 'd9.json'));
    expect((await verifyBuild(join(root, 'many'), join(root, 'data'), undefined, { parseLimit: 3 })).map((p) => p.rule)).toContain('missing-file');
  });
});

describe('verifyBuild with the build cache', () => {
  const PNR = '19121212-1212';
  const verdictsIn = (cache: string) => readdir(join(cache, 'entries'), { recursive: true }).then((names) => names.filter((n) => n.endsWith('.json')));

  it('scans a page again when its bytes changed after they were remembered, and still finds a personnummer in it', async () => {
    const site = 'cached';
    const cache = join(root, 'cache-pages');
    await put(`${site}/index.html`, page('<a href="/a/">a</a>'));
    await put(`${site}/a/index.html`, page('<p>Leverantör Anna</p>'));
    await put(`${site}/a/data.csv`, 'namn,id\r\nx,1\r\n');
    const gate = () => verifyBuild(join(root, site), join(root, 'data'), undefined, { cacheDir: cache });
    expect(await gate()).toEqual([]);
    expect(await verdictsIn(cache)).toHaveLength(1); // all verdicts in one entry
    expect(await gate()).toEqual([]); // remembered
    // Same paths, other bytes: the page and a published CSV now hold a personnummer.
    await put(`${site}/a/index.html`, page(`<p>Leverantör ${PNR}</p>`));
    await put(`${site}/a/data.csv`, `namn,id\r\nx,${PNR}\r\n`);
    const found = await gate();
    expect(found.map((p) => [p.file, p.rule])).toEqual([
      ['a/index.html', 'personal-data'],
      ['a/data.csv', 'personal-data'],
    ]);
    expect(found.map((p) => p.detail).join(' ')).not.toContain(PNR);
    // Remembered as a failure: the next cached build stops too, and so does one without the cache.
    expect(await gate()).toEqual(found);
    expect(await verifyBuild(join(root, site), join(root, 'data'))).toEqual(found);
  });

  it('judges the bytes on disk: a known hash is trusted only while the file is unchanged and not racy, and a damaged verdict entry is not trusted', async () => {
    const site = 'known';
    const cache = join(root, 'cache-known');
    const path = (file: string) => join(root, site, file);
    const hourAgo = new Date(Date.now() - 3_600_000);
    const knownNow = async (file: string): Promise<[string, KnownFile]> => [file, { ...stampOf(await stat(path(file))), sha256: sha256(await readFile(path(file))) }];
    await put(`${site}/index.html`, page('ok'));
    await put(`${site}/t.csv`, 'namn\r\nx\r\n');
    for (const file of ['index.html', 't.csv']) await utimes(path(file), hourAgo, hourAgo);
    const before = new KnownHashes([await knownNow('index.html'), await knownNow('t.csv')]);
    expect(await verifyBuild(join(root, site), join(root, 'data'), undefined, { cacheDir: cache, known: before })).toEqual([]);
    // The files change after the build hashed them: their stamps no longer match, so they are read and hashed again.
    await put(`${site}/index.html`, page(PNR));
    await put(`${site}/t.csv`, `namn\r\n${PNR}\r\n`);
    expect((await verifyBuild(join(root, site), join(root, 'data'), undefined, { cacheDir: cache, known: before })).map((p) => p.file)).toEqual(['index.html', 't.csv']);
    // Racy: a file written again within the file system's time step keeps its stamp; modified so shortly before its stamp was taken, it is not trusted.
    await put(`${site}/index.html`, page('ok'));
    await put(`${site}/t.csv`, 'namn\r\nx\r\n');
    await put(`${site}/r.csv`, 'namn\r\n1234567890123\r\n');
    const clean = sha256(await readFile(path('r.csv')));
    await put(`${site}/r.csv`, `namn\r\n${PNR}\r\n`);
    const racy = new KnownHashes([['r.csv', { ...stampOf(await stat(path('r.csv'))), sha256: clean }]]);
    expect((await verifyBuild(join(root, site), join(root, 'data'), undefined, { cacheDir: cache, known: racy })).map((p) => p.file)).toEqual(['r.csv']);
    await rm(path('r.csv'));
    await put(`${site}/t.csv`, `namn\r\n${PNR}\r\n`);
    expect((await verifyBuild(join(root, site), join(root, 'data'), undefined, { cacheDir: cache })).map((p) => p.file)).toEqual(['t.csv']);
    // A verdict entry whose text was altered (a personnummer cleared by hand) fails its digest and is not used.
    for (const name of await verdictsIn(cache)) {
      const path = join(cache, 'entries', name);
      const text = await readFile(path, 'utf8');
      await writeFile(path, text.replace(/personnummer-shaped/g, 'nothing'));
    }
    expect((await verifyBuild(join(root, site), join(root, 'data'), undefined, { cacheDir: cache })).map((p) => p.file)).toEqual(['t.csv']);
  });

  it('takes the files and their stamps from the build when given: the same findings, and known hashes checked against those stamps', async () => {
    const site = 'stamped';
    const dir = join(root, site);
    const cache = join(root, 'cache-stamped');
    const gate = (options: Parameters<typeof verifyBuild>[3] = {}) => verifyBuild(dir, join(root, 'data'), undefined, { threadsFromPages: 0, ...options });
    // A verdict remembered for t.csv's clean bytes.
    await put(`${site}/t.csv`, 'namn\r\nx\r\n');
    const clean = sha256(await readFile(join(dir, 't.csv')));
    expect(await gate({ cacheDir: cache })).toEqual([]);
    await put(`${site}/index.html`, page('ok'));
    await put(`${site}/a/index.html`, page(PNR));
    await put(`${site}/t.csv`, `namn\r\n${PNR}\r\n`);
    await put(`${site}/big.csv`, `namn\r\n${'x\r\n'.repeat(50_000)}`);
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const file of ['index.html', 'a/index.html', 't.csv', 'big.csv']) await utimes(join(dir, file), hourAgo, hourAgo);
    const stamps = await stampsUnder(dir);
    // t.csv known by the clean bytes' hash: trusted when its stamp is the one the build took (not read, its verdict taken) …
    const known: KnownFile = { ...stamps.get('t.csv')!, sha256: clean };
    expect((await gate({ cacheDir: cache, stamps, known: new KnownHashes([['t.csv', known]], stamps) })).map((p) => p.file)).toEqual(['a/index.html']);
    // … and read and judged when the build's stamp is not the one it was known by.
    const moved = new KnownHashes([['t.csv', { ...known, mtimeMs: known.mtimeMs - 1000 }]], stamps);
    const plain = await gate();
    expect(plain.map((p) => p.file)).toEqual(['a/index.html', 't.csv']);
    expect(await gate({ cacheDir: cache, stamps, known: moved })).toEqual(plain);
  });

  it('judges a file with several paths (hard links) once, and reports and hashes it under each', async () => {
    const site = 'linked';
    const dir = join(root, site);
    await put(`${site}/index.html`, page('<a href="matt/x/data.json">json</a>'));
    await put(`${site}/matt/x/data.json`, JSON.stringify({ namn: `Kalle ${PNR}` }));
    await mkdir(join(dir, 'api'), { recursive: true });
    await link(join(dir, 'matt/x/data.json'), join(dir, 'api/x.json'));
    await put(`${site}/api/y.json`, JSON.stringify({ namn: `Kalle ${PNR}` }));
    const stamps = await stampsUnder(dir);
    const spy = vi.spyOn(PageThreads.prototype, 'judgeFile');
    try {
      const gate = await verifySite(dir, join(root, 'data'), undefined, { threadsFromPages: 0, stamps, cacheDir: join(root, 'cache-linked') });
      expect(gate.problems.map((p) => `${p.file} ${p.rule}`).sort()).toEqual(['api/x.json personal-data', 'api/y.json personal-data', 'matt/x/data.json personal-data']);
      // One read for the two paths of one file; the copy that is a file of its own is read on its own.
      const read = spy.mock.calls.map((c) => c[1]).sort();
      expect(read).toHaveLength(2);
      expect(read).toContain('api/y.json');
      expect(gate.hashes.get('api/x.json')).toBe(gate.hashes.get('matt/x/data.json'));
      expect(gate.hashes.get('api/x.json')).toBe(sha256(await readFile(join(dir, 'api/x.json'))));
    } finally {
      spy.mockRestore();
    }
  });

  it('hands the sections the pages\' CSPs as written, as they would read them', async () => {
    const site = join(root, 'csp');
    await put('csp/index.html', page('x', '<meta http-equiv="content-security-policy" content="default-src \'self\'; form-action \'none\'">'));
    await put('csp/b/index.html', page('y', '<meta content="default-src \'self\'" http-equiv="content-security-policy">'));
    const { csp } = await verifySite(site, join(root, 'data'));
    expect([...csp]).toEqual([
      ['b/index.html', null],
      ['index.html', "default-src 'self'; form-action 'none'"],
    ]);
  });
});
