import { expect, it } from 'vitest';
import { AreaDirectory } from '../../src/normalise/AreaDirectory.ts';
import { detectLayout } from '../../src/normalise/detectLayout.ts';
import { normaliseTable } from '../../src/normalise/normaliseTable.ts';
import type { RawTable } from '../../src/read/RawTable.ts';
import { describeShared, shared, sharedFiles } from '../support/sharedData.ts';
import { csvTable, sheetTable } from './support.ts';

describeShared('third-party edge-case files', () => {
  const dirs = [['edge-cases', 'frictionless'], ['edge-cases', 'csv-spectrum', 'csvs'], ['edge-cases', 'sheetjs']];
  const files = dirs.flatMap((d) => sharedFiles(...d).filter((f) => /\.(csv|xlsx|xls|ods)$/i.test(f)).map((f) => [...d, f]));

  it('has files to try', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it.each(files.map((f) => [f.join('/'), f] as const))('%s: normalises without throwing; findings are located', (_, parts) => {
    const name = parts[parts.length - 1];
    const t: RawTable = /\.csv$/i.test(name) ? csvTable(shared(...parts), name) : sheetTable(shared(...parts), name);
    detectLayout(t);
    const out = normaliseTable(t, { areas: new AreaDirectory() });
    for (const f of out.findings) {
      expect(f.file).toBe(name);
      expect(f.cell).toMatch(/^[A-Z]+[1-9][0-9]*$/);
    }
  });
});

describeShared('real workbook number formats', () => {
  it('percent-formatted cells (preserve-formatting-percentage.xlsx) read as the percentages Excel shows', () => {
    const t = sheetTable(shared('edge-cases', 'frictionless', 'preserve-formatting-percentage.xlsx'), 'pct.xlsx');
    const out = normaliseTable(t, {
      areas: new AreaDirectory(),
      mapping: { layout: 'long', headerRow: 1, columns: { value: 'col2' }, constants: { indicator: 'N1', area: '0182', period: '2024' } },
    });
    expect(out.findings.filter((f) => f.code !== 'unknown-label')).toEqual([]);
    expect(out.observations.map((o) => [o.value, o.source.cell])).toEqual([[52, 'B2'], [30, 'B3'], [6, 'B4']]);
  });
});
