// Development-time generator of src/setup/municipalities.json: Sweden's 290 municipalities and
// 21 regions, as codes and names (public facts), read from the municipality and region lists in
// ../shared/data/kolada/. Only codes, names and the region each municipality lies in are kept.
// Run: node scripts/make-municipality-list.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

const SHARED = fileURLToPath(new URL('../../shared/data/kolada/', import.meta.url));
const OUT = fileURLToPath(new URL('../src/setup/municipalities.json', import.meta.url));

function rows(file: string): string[][] {
  const parsed = Papa.parse<string[]>(readFileSync(SHARED + file, 'utf8'), { skipEmptyLines: true });
  return parsed.data.slice(1);
}

// The lists write regions as "01" and the API as "0001": the site uses the API's four digits.
const regionCode = (two: string) => `00${two.padStart(2, '0')}`;

const regions = rows('regions.csv').map(([code, name]) => ({ code: regionCode(code), name }));
const municipalities = rows('municipalities.csv').map(([code, name, region]) => ({ code, name, region: regionCode(region) }));
if (municipalities.length !== 290 || regions.length !== 21) throw new Error(`expected 290 municipalities and 21 regions, got ${municipalities.length} and ${regions.length}`);
const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : 1);
const lines = (items: { code: string }[]) => items.sort(byCode).map((i) => `    ${JSON.stringify(i)}`).join(',\n');
writeFileSync(OUT, `{\n  "regions": [\n${lines(regions)}\n  ],\n  "municipalities": [\n${lines(municipalities)}\n  ]\n}\n`);
console.log(`Wrote ${municipalities.length} municipalities and ${regions.length} regions to ${OUT}`);
