// The section framework: a section's folder is its own (the results importer leaves it
// alone), its findings join the one report, its value is kept only without errors, and
// the build's write/files/verify hooks reach it. Tested with a small real section that
// reads its own text files.
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest.ts';
import type { Section } from '../../src/sections/Section.ts';
import { sectionFolders, verifySections, writeSectionFiles, writeSections } from '../../src/sections/runSections.ts';

const roots: string[] = [];
afterAll(() => Promise.all(roots.map((r) => rm(r, { recursive: true, force: true }))));

async function folder(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'oppna-sections-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

/** Reads notes/*.txt: one note per line; a line naming an unknown indicator ("#X") is an error. */
const notes: Section<string[]> = {
  name: 'notes',
  folder: 'anteckningar',
  async ingest({ dataDir, indicators }) {
    const dir = join(dataDir, 'anteckningar');
    const names = await readdir(dir).catch(() => [] as string[]);
    const known = new Set(indicators.map((i) => i.id));
    const lines: string[] = [];
    const findings = [];
    for (const name of names.sort()) {
      const text = await readFile(join(dir, name), 'utf8');
      for (const [i, line] of text.split('\n').filter(Boolean).entries()) {
        const ref = /^#(\S+)/.exec(line)?.[1];
        if (ref !== undefined && !known.has(ref)) findings.push({ code: 'unknown-indicator' as const, file: `anteckningar/${name}`, cell: `A${i + 1}`, value: ref });
        lines.push(line);
      }
    }
    const files = names.map((n) => ({ path: `anteckningar/${n}`, sha256: 'x', bytes: 1 }));
    if (names.length === 0) return { findings, files };
    return findings.length ? { findings, files } : { findings, files, value: lines };
  },
  async write(value, dir) {
    await writeFile(join(dir, 'notes.json'), JSON.stringify(value));
  },
  async writeFiles(dataDir, outDir) {
    const value = JSON.parse(await readFile(join(dataDir, 'notes', 'notes.json'), 'utf8')) as string[];
    await mkdir(join(outDir, 'anteckningar'), { recursive: true });
    await writeFile(join(outDir, 'anteckningar', 'alla.txt'), value.join('\n'));
  },
  async verify(siteDir) {
    const text = await readFile(join(siteDir, 'anteckningar', 'alla.txt'), 'utf8').catch(() => undefined);
    return text === undefined ? [{ file: 'anteckningar/alla.txt', rule: 'missing-file', detail: 'not written' }] : [];
  },
};

const BASE = {
  'matt.csv': 'Mått-id;Titel;Enhet\nL1;Andel nöjda;%\n',
  'omraden.csv': 'Kod;Namn;Typ\n0000;Riket;land\n0182;Nacka;kommun\n',
  'resultat.csv': 'Mått-id;Kommunkod;Period;Värde\nL1;0182;2024;71\n',
};

describe('sections beside the results', () => {
  it('the results importer leaves a section folder alone, even files it would reject', async () => {
    const root = await folder({ ...BASE, 'anteckningar/a.txt': 'hej\n#L1 bra\n', 'anteckningar/trasig.csv': 'inte;en;tabell\n' });
    const result = await ingest(root, { sections: [notes] });
    expect(result.problems.findings.filter((f) => f.file.startsWith('anteckningar/'))).toEqual([]);
    expect(result.dataset?.indicators.map((i) => i.id)).toEqual(['L1']);
    expect(result.sections.get('notes')).toEqual(['hej', '#L1 bra', 'inte;en;tabell']);
    expect(result.files.map((f) => f.path)).toContain('anteckningar/a.txt');
    expect([...sectionFolders([notes])]).toEqual(['anteckningar']);
  });

  it('without the section registered, the same folder is read as results (and fails)', async () => {
    const root = await folder({ ...BASE, 'anteckningar/trasig.csv': 'inte;en;tabell\n' });
    const result = await ingest(root, { sections: [] });
    expect(result.problems.hasErrors).toBe(true);
  });

  it("a section's findings join the report and withhold every value, its own and the results'", async () => {
    const root = await folder({ ...BASE, 'anteckningar/a.txt': 'ok\n#N99999 fel\n' });
    const result = await ingest(root, { sections: [notes] });
    expect(result.problems.findings.map((f) => [f.code, f.file, f.cell, f.value])).toEqual([['unknown-indicator', 'anteckningar/a.txt', 'A2', 'N99999']]);
    expect(result.dataset).toBeUndefined();
    expect(result.sections.size).toBe(0);
  });

  it("an error in the results withholds the sections' values too", async () => {
    const root = await folder({ ...BASE, 'resultat.csv': 'Mått-id;Kommunkod;Period;Värde\nL1;0182;2024;abc\n', 'anteckningar/a.txt': 'ok\n' });
    const result = await ingest(root, { sections: [notes] });
    expect(result.problems.hasErrors).toBe(true);
    expect(result.sections.size).toBe(0);
  });

  it('a section with no files publishes nothing and reports nothing', async () => {
    const root = await folder(BASE);
    const result = await ingest(root, { sections: [notes] });
    expect(result.problems.hasErrors).toBe(false);
    expect(result.sections.has('notes')).toBe(false);
  });

  it('write, files and verify hooks: JSON under <data>/<name>/, files in the site tree, gate problems returned', async () => {
    const out = await folder({});
    const values = new Map<string, unknown>([['notes', ['a', 'b']]]);
    await writeSections([notes], values, join(out, 'data'));
    expect(JSON.parse(await readFile(join(out, 'data', 'notes', 'notes.json'), 'utf8'))).toEqual(['a', 'b']);
    expect(await verifySections([notes], join(out, 'site'), join(out, 'data'))).toHaveLength(1);
    await writeSectionFiles([notes], join(out, 'data'), join(out, 'site'), {} as never);
    expect(await readFile(join(out, 'site', 'anteckningar', 'alla.txt'), 'utf8')).toBe('a\nb');
    expect(await verifySections([notes], join(out, 'site'), join(out, 'data'))).toEqual([]);
  });
});
