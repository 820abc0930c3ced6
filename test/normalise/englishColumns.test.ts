// The catalogue's English columns ("Titel (engelska)" …) and its Lättläst column, read from a real
// workbook written with SheetJS through the whole import (read → normalise → validate).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest.ts';

const roots: string[] = [];
afterAll(() => Promise.all(roots.map((r) => rm(r, { recursive: true, force: true }))));

async function catalogue(rows: unknown[][]): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'oppna-english-'));
  roots.push(root);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'Mått');
  await writeFile(join(root, 'matt.xlsx'), XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  await writeFile(join(root, 'resultat.csv'), 'Mått-id;Kommunkod;Period;Värde\nEX-1;9999;2024;74,1\nEX-2;9999;2024;12\n');
  return root;
}

const HEADERS = [
  'Mått-id', 'Titel', 'Fråga', 'Vad betyder måttet', 'Enhet', 'Riktning', 'Verksamhetsområde', 'Lättläst',
  'Titel (engelska)', 'Fråga (engelska)', 'Vad betyder måttet (engelska)', 'Definition (engelska)', 'Formel (engelska)',
  'Enhet (engelska)', 'Verksamhetsområde (engelska)', 'Uppdateringsfrekvens (engelska)',
];

describe('the English and Lättläst columns of the catalogue', () => {
  it('become the indicator’s en texts and easyRead; an empty English cell is left out', async () => {
    const dir = await catalogue([
      HEADERS,
      ['EX-1', 'Nöjda vårdnadshavare', 'Är föräldrarna nöjda?', 'Andel nöjda.', '%', 'högre är bättre', 'Förskola', 'Föräldrar svarar på frågor. En hög siffra är bra.',
        'Satisfied parents', 'Are parents satisfied?', 'The share satisfied.', 'Answers 4–5 of all answers.', 'answers 4–5 / all × 100', '', 'Preschool', 'yearly'],
      ['EX-2', 'Väntetid', '', '', 'dagar', 'lägre är bättre', 'Äldreomsorg', '', '', '', '', '', '', '', '', ''],
    ]);
    const result = await ingest(dir, { requireConfig: false });
    expect(result.problems.hasErrors).toBe(false);
    expect(result.problems.findings.filter((f) => f.code === 'unknown-label')).toEqual([]);
    const byId = new Map(result.dataset!.indicators.map((i) => [i.id, i]));
    expect(byId.get('EX-1')!.easyRead).toBe('Föräldrar svarar på frågor. En hög siffra är bra.');
    expect(byId.get('EX-1')!.en).toEqual({
      title: 'Satisfied parents',
      question: 'Are parents satisfied?',
      description: 'The share satisfied.',
      definition: 'Answers 4–5 of all answers.',
      formula: 'answers 4–5 / all × 100',
      operatingArea: 'Preschool',
      frequency: 'yearly',
    });
    expect(byId.get('EX-2')!.en).toBeUndefined();
    expect(byId.get('EX-2')!.easyRead).toBeUndefined();
  });

  it('accepts the English headers too ("title (english)", "easy to read")', async () => {
    const dir = await catalogue([
      ['id', 'title', 'unit', 'direction', 'operating_area', 'easy-to-read', 'Title (English)', 'Unit (English)'],
      ['EX-1', 'Kostnad', 'kr', 'neutral', 'Ekonomi', 'Så mycket kostar det.', 'Cost', 'SEK'],
      ['EX-2', 'Antal', 'antal', 'neutral', 'Ekonomi', '', '', ''],
    ]);
    const result = await ingest(dir, { requireConfig: false });
    const one = result.dataset!.indicators.find((i) => i.id === 'EX-1')!;
    expect(one.en).toEqual({ title: 'Cost', unit: 'SEK' });
    expect(one.easyRead).toBe('Så mycket kostar det.');
    expect(result.problems.findings.filter((f) => f.code === 'unknown-label')).toEqual([]);
  });
});
