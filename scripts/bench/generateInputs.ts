// Synthetic but realistic inputs for the ingest benchmark: a Swedish-Excel-style
// long CSV (';', decimal comma) and a long-layout xlsx, plus the catalogue and
// area list they refer to. Deterministic: the same files every run.
import * as XLSX from '@e965/xlsx';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const GENDERS = ['T', 'K', 'M'] as const;

function areaCodes(n: number): string[] {
  return Array.from({ length: n }, (_, i) => String(100 + i).padStart(4, '0'));
}

/** Row i of the benchmark table: indicator, area, period, gender, value (as Swedish text). */
function* rows(count: number, indicators: number, areas: string[], firstYear: number): Generator<[string, string, string, string, string]> {
  let i = 0;
  const years = Math.ceil(count / (indicators * areas.length * 3));
  for (let k = 0; k < indicators; k++) {
    for (const area of areas) {
      for (let y = 0; y < years; y++) {
        for (const g of GENDERS) {
          if (i++ >= count) return;
          // A cheap deterministic value in 0–100 with one decimal.
          const v = ((k * 7919 + Number(area) * 104729 + y * 31 + g.charCodeAt(0)) % 1000) / 10;
          yield [`B${String(k).padStart(5, '0')}`, area, String(firstYear + y), g, v.toFixed(1).replace('.', ',')];
        }
      }
    }
  }
}

function catalogueCsv(indicators: number): string {
  const lines = ['Mått-id;Titel;Enhet;Decimaler;Riktning;Verksamhetsområde'];
  for (let k = 0; k < indicators; k++) lines.push(`B${String(k).padStart(5, '0')};Benchmark-mått ${k};%;1;högre är bättre;Benchmark`);
  return lines.join('\r\n') + '\r\n';
}

function areasCsv(codes: string[]): string {
  return ['Kod;Namn;Typ', ...codes.map((c) => `${c};Kommun ${c};kommun`)].join('\r\n') + '\r\n';
}

export interface BenchInputs {
  csvDir: string;
  csvFile: string;
  xlsxDir: string;
  xlsxFile: string;
}

export async function generateInputs(root: string, csvRows: number, xlsxRows: number): Promise<BenchInputs> {
  const indicators = 50;
  const areas = areaCodes(290);
  const csvDir = join(root, 'csv');
  const xlsxDir = join(root, 'xlsx');
  await mkdir(csvDir, { recursive: true });
  await mkdir(xlsxDir, { recursive: true });

  const header = 'Mått-id;Kommunkod;Period;Kön;Värde';
  const parts: string[] = [header];
  for (const r of rows(csvRows, indicators, areas, 1900)) parts.push(r.join(';'));
  const csvFile = join(csvDir, 'resultat.csv');
  await writeFile(csvFile, parts.join('\r\n') + '\r\n');

  const aoa: (string | number)[][] = [['Mått-id', 'Kommunkod', 'Period', 'Kön', 'Värde']];
  for (const r of rows(xlsxRows, indicators, areas, 1900)) aoa.push([r[0], r[1], Number(r[2]), r[3], Number(r[4].replace(',', '.'))]);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa, { dense: true }), 'Resultat');
  const xlsxFile = join(xlsxDir, 'resultat.xlsx');
  await writeFile(xlsxFile, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }));

  for (const dir of [csvDir, xlsxDir]) {
    await writeFile(join(dir, 'matt.csv'), catalogueCsv(indicators));
    await writeFile(join(dir, 'omraden.csv'), areasCsv(areas));
  }
  return { csvDir, csvFile, xlsxDir, xlsxFile };
}
