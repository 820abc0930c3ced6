// Where the data files stage spends its time, per output type, on one thread:
//   node scripts/bench/profileFiles.ts DATA_DIR [INDICATORS]
// DATA_DIR is a written data folder (build/data, or bench:site's .bench/site/out/data).
// Prints milliseconds per step summed over the indicators, and the bulk zip's parts.
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createDeflateRaw } from 'node:zlib';
import { openSiteData } from '../../src/site/loadSiteData.ts';
import { pageView } from '../../src/site/pageView.ts';
import { toRows } from '../../src/downloads/toRows.ts';
import { toCsv } from '../../src/downloads/toCsv.ts';
import { toExcelCsv } from '../../src/downloads/toExcelCsv.ts';
import { toJson } from '../../src/downloads/toJson.ts';
import { toXlsx } from '../../src/downloads/toXlsx.ts';
import { checkObservations } from '../../src/verify/verifyBuild.ts';
import { bulkEntries } from '../../src/opendata/bulk/buildBulkZip.ts';

const [dir, limit] = process.argv.slice(2);
const input = openSiteData(dir);
const indicators = input.indicators.slice(0, Number(limit ?? input.indicators.length));
const out = await mkdtemp(join(tmpdir(), 'oppna-profile-'));
const ms: Record<string, number> = {};
let bytes: Record<string, number> = {};
function time<T>(step: string, f: () => T): T {
  const t = performance.now();
  const r = f();
  ms[step] = (ms[step] ?? 0) + performance.now() - t;
  return r;
}
const started = performance.now();
for (const indicator of indicators) {
  const observations = time('read + JSON.parse observations', () => input.observations.get(indicator.id) ?? []);
  time('gate schema check', () => checkObservations('x', observations));
  const rows = time('toRows', () => toRows(indicator, observations, input.areas, input.units));
  const csv = time('data.csv', () => Buffer.from(toCsv(rows), 'utf8'));
  const excel = time('data-excel.csv', () => toExcelCsv(rows));
  const xlsx = time('data.xlsx', () => toXlsx(rows, indicator, { licence: input.site.licence, publisher: input.site.name }));
  const json = time('data.json (= API document)', () => Buffer.from(toJson(indicator, observations), 'utf8'));
  const view = time('page view (with ranking)', () => JSON.stringify(pageView(observations, input.site, indicator)));
  for (const [name, b] of [['csv', csv], ['excel', excel], ['xlsx', xlsx], ['json', json]] as const) bytes[name] = (bytes[name] ?? 0) + b.length;
  bytes.view = (bytes.view ?? 0) + view.length;
  const t = performance.now();
  await writeFile(join(out, 'a'), csv);
  await writeFile(join(out, 'b'), excel);
  await writeFile(join(out, 'c'), xlsx);
  await writeFile(join(out, 'd'), json);
  await writeFile(join(out, 'e'), json);
  await writeFile(join(out, 'f'), view);
  ms['file writes (6)'] = (ms['file writes (6)'] ?? 0) + performance.now() - t;
}
const perIndicator = performance.now() - started;
const n = indicators.length;
console.log(`Per-indicator outputs, ${n} indicators, one thread: ${(perIndicator / 1000).toFixed(1)} s (${(perIndicator / n).toFixed(1)} ms each)`);
for (const [k, v] of Object.entries(ms).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(32)} ${(v / 1000).toFixed(1).padStart(7)} s  ${((100 * v) / perIndicator).toFixed(0).padStart(3)} %`);
console.log(`  bytes: ${Object.entries(bytes).map(([k, v]) => `${k} ${(v / 1e6).toFixed(0)} MB`).join(', ')}`);

{
  // The bulk zip's entries: text generation alone, then deflate (level 6) of the same text.
  console.log('Bulk zip entries (generate text / generate + deflate level 6):');
  const sub = { ...input, indicators };
  for (const entry of bulkEntries(sub)) {
    let t = performance.now();
    let size = 0;
    for (const chunk of entry.chunks()) size += Buffer.byteLength(chunk);
    const gen = performance.now() - t;
    t = performance.now();
    await pipeline(Readable.from((function* () { for (const c of entry.chunks()) yield Buffer.from(c); })()), createDeflateRaw({ level: 6 }), createWriteStream(join(out, 'z')));
    const both = performance.now() - t;
    console.log(`  ${entry.name.padEnd(22)} ${(size / 1e6).toFixed(0).padStart(6)} MB  ${(gen / 1000).toFixed(1).padStart(6)} s / ${(both / 1000).toFixed(1).padStart(6)} s`);
  }
}
await rm(out, { recursive: true, force: true });
