// Where a municipality stands among all municipalities, computed straight from Kolada API
// files with JSON.parse — deliberately not through the pipeline or src/site/ranking.ts — so
// tests can compare it with what the built site shows.
import { readFileSync } from 'node:fs';

export interface ExpectedPlace {
  period: string;
  /** Municipalities with a value in the period. */
  count: number;
  value: number;
  /** 1 + municipalities with a better value as shown (for a neutral measure: a higher one). */
  place: number;
  /** Other municipalities with the same value as shown. */
  tied: number;
}

interface KoladaFile {
  values: { municipality?: string; period: number; values: { gender: string; value: number | null }[] }[];
}

/** Two thirds of Sweden's 290 municipalities, rounded up: the "most", as README documents it. */
const MOST = 194;

/**
 * The latest year in which at least 194 municipalities (four-digit codes outside 00xx) have a
 * value for gender T, and the home municipality's place then; each year's place in `history`.
 */
export function expectedPlaces(files: string[], home: string, direction: 'higher-is-better' | 'lower-is-better' | 'neutral', decimals: number): { latest?: ExpectedPlace; history: ExpectedPlace[]; years: Map<string, number> } {
  const byYear = new Map<string, Map<string, number>>();
  for (const file of files) {
    const json = JSON.parse(readFileSync(file, 'utf8')) as KoladaFile;
    for (const entry of json.values) {
      const code = entry.municipality;
      if (!code || !/^\d{4}$/.test(code) || code.startsWith('00')) continue;
      const total = entry.values.find((v) => v.gender === 'T');
      if (!total || typeof total.value !== 'number') continue;
      const year = String(entry.period);
      if (!byYear.has(year)) byYear.set(year, new Map());
      byYear.get(year)!.set(code, total.value);
    }
  }
  const shown = (v: number) => Math.round(v * 10 ** decimals) / 10 ** decimals;
  const history: ExpectedPlace[] = [];
  for (const year of [...byYear.keys()].sort()) {
    const values = byYear.get(year)!;
    const own = values.get(home);
    if (values.size < MOST || own === undefined) continue;
    const mine = shown(own);
    let better = 0;
    let tied = 0;
    for (const [code, v] of values) {
      const s = shown(v);
      if (direction === 'lower-is-better' ? s < mine : s > mine) better++;
      else if (s === mine && code !== home) tied++;
    }
    history.push({ period: year, count: values.size, value: own, place: better + 1, tied });
  }
  const eligible = [...byYear.keys()].filter((y) => byYear.get(y)!.size >= MOST).sort();
  const latest = history.find((h) => h.period === eligible.at(-1));
  return { latest, history, years: new Map([...byYear].map(([y, m]) => [y, m.size])) };
}
