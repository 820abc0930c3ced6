import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { indicatorFiles, indicatorWorkbook } from '../../src/opendata/indicatorFiles.ts';
import { apiJson } from '../../src/opendata/api/apiJson.ts';
import { indicatorDocument } from '../../src/opendata/api/apiDocuments.ts';
import { toCsv } from '../../src/downloads/toCsv.ts';
import { toRows } from '../../src/downloads/toRows.ts';
import { HOSTILE_ID, sampleInput } from './bulkSample.ts';

const input = sampleInput();
const indicator = input.indicators.find((i) => i.id === HOSTILE_ID)!;
const files = new Map([...indicatorFiles(input, indicator), indicatorWorkbook(input, indicator)].map((f) => [f.path, Buffer.from(f.bytes)]));
const text = (path: string) => files.get(path)!.toString('utf8');

describe('indicatorFiles', () => {
  it('writes the four downloads under matt/<id>/ and the API document under api/v1/', () => {
    expect([...files.keys()]).toEqual([
      `matt/${HOSTILE_ID}/data.csv`, `matt/${HOSTILE_ID}/data-excel.csv`, `matt/${HOSTILE_ID}/data.json`,
      `api/v1/indicators/${HOSTILE_ID}.json`, `matt/${HOSTILE_ID}/data.xlsx`,
    ]);
  });

  it('gives data.json exactly the text of the API document', () => {
    expect(text(`matt/${HOSTILE_ID}/data.json`)).toBe(apiJson(indicatorDocument(input, indicator)));
    expect(text(`api/v1/indicators/${HOSTILE_ID}.json`)).toBe(text(`matt/${HOSTILE_ID}/data.json`));
  });

  it('writes the CSV from the indicator’s rows and the Excel CSV with a BOM', () => {
    expect(text(`matt/${HOSTILE_ID}/data.csv`)).toBe(toCsv(toRows(indicator, input.observations.get(HOSTILE_ID) ?? [], input.areas, input.units)));
    expect([...files.get(`matt/${HOSTILE_ID}/data-excel.csv`)!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('writes a workbook SheetJS reads back with a row per observation', () => {
    const wb = XLSX.read(files.get(`matt/${HOSTILE_ID}/data.xlsx`)!, { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json(wb.Sheets[wb.SheetNames[0]], { header: 1 });
    expect(rows.length).toBe(1 + (input.observations.get(HOSTILE_ID) ?? []).length);
  });
});
