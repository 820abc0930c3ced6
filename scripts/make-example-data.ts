/**
 * Writes the shipped example data for the made-up municipality "Exempelkommun" (kommunkod 9999) into data/.
 *
 *   node scripts/make-example-data.ts            # writes data/
 *   node scripts/make-example-data.ts OUT_DIR    # writes elsewhere (e.g. to compare)
 *
 * Every layout the importer understands is exercised once: the indicator catalogue workbook (with Mål and
 * Analys sheets), areas and units as UTF-8 CSV with BOM, a long CSV as Swedish Excel saves it (Windows-1252,
 * semicolons, decimal comma), a wide workbook per unit, Kolada API JSON, a Kolada long CSV and Kolada's KPI
 * catalogue. Output is deterministic: no clock and no Math.random (a seeded PRNG per series), fixed workbook
 * properties, sorted output, so the same script always gives byte-identical files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';

// ---------------------------------------------------------------------------------------------------------
// Fixed facts

export const HOME = '9999';
export const RIKET = '0000';
export const SIMILAR = ['9991', '9992', '9993'] as const;

/**
 * The rest of the example's country: 286 made-up municipalities (9001–9286), so that with
 * Exempelkommun and its three similar municipalities the example has all 290 and its pages can
 * show where Exempelkommun stands among all municipalities. Names are made-up compounds
 * (prefix + suffix) checked by hand against the real municipalities' names (Mönster + ås
 * would have been Mönsterås, so there is no Mönster).
 */
const NAME_PREFIXES = ['Exempel', 'Prov', 'Test', 'Mall', 'Modell', 'Övnings', 'Låtsas', 'Påhitts', 'Fantasi', 'Skiss', 'Utkast', 'Demo', 'Dröm', 'Saga'];
const NAME_SUFFIXES = ['by', 'stad', 'vik', 'å', 'ås', 'berg', 'holm', 'köping', 'dal', 'näs', 'hamn', 'sund', 'torp', 'fors', 'lund', 'mark', 'bro', 'sjö', 'hed', 'ö', 'fjärd', 'tuna'];
export const OTHER_MUNICIPALITIES: readonly { code: string; name: string }[] = NAME_PREFIXES.flatMap((p) => NAME_SUFFIXES.map((s) => p + s))
  .filter((name) => !['Exempelby', 'Provstad', 'Testvik'].includes(name))
  .slice(0, 286)
  .map((name, i) => ({ code: String(9001 + i), name }));

export const AREAS: readonly { code: string; name: string; type: string }[] = [
  { code: '0000', name: 'Riket', type: 'land' },
  ...OTHER_MUNICIPALITIES.map((m) => ({ ...m, type: 'kommun' })),
  { code: '9991', name: 'Exempelby', type: 'kommun' },
  { code: '9992', name: 'Provstad', type: 'kommun' },
  { code: '9993', name: 'Testvik', type: 'kommun' },
  { code: '9999', name: 'Exempelkommun', type: 'kommun' },
];

type Operator = 'kommunal' | 'fristående';
export interface UnitSpec { id: string; name: string; type: string; operator: Operator; address: string; }

export const UNITS: readonly UnitSpec[] = [
  { id: 'EX-AB-01', name: 'Lindgårdens äldreboende', type: 'äldreboende', operator: 'kommunal', address: 'Lindgatan 12, 999 01 Exempelkommun' },
  { id: 'EX-AB-02', name: 'Solbackens vård- och omsorgsboende', type: 'äldreboende', operator: 'fristående', address: 'Solbacksvägen 3, 999 03 Exempelkommun' },
  { id: 'EX-AB-03', name: 'Strandhemmet', type: 'äldreboende', operator: 'kommunal', address: 'Strandpromenaden 40, 999 05 Exempelkommun' },
  { id: 'EX-AB-04', name: 'Aspens äldreboende', type: 'äldreboende', operator: 'fristående', address: 'Aspvägen 7, 999 07 Exempelkommun' },
  { id: 'EX-FS-01', name: 'Förskolan Solrosen', type: 'förskola', operator: 'kommunal', address: 'Blomstervägen 2, 999 02 Exempelkommun' },
  { id: 'EX-FS-02', name: 'Förskolan Myran', type: 'förskola', operator: 'kommunal', address: 'Myrstigen 15, 999 04 Exempelkommun' },
  { id: 'EX-FS-03', name: 'Förskolan Blåbäret', type: 'förskola', operator: 'fristående', address: 'Skogsbrynet 9, 999 06 Exempelkommun' },
  { id: 'EX-FS-04', name: 'Förskolan Ekorren', type: 'förskola', operator: 'kommunal', address: 'Ekbacken 1, 999 08 Exempelkommun' },
  { id: 'EX-GR-01', name: 'Björkskolan', type: 'grundskola', operator: 'kommunal', address: 'Skolvägen 4, 999 01 Exempelkommun' },
  { id: 'EX-GR-02', name: 'Ekbackeskolan', type: 'grundskola', operator: 'kommunal', address: 'Ekbacksvägen 20, 999 02 Exempelkommun' },
  { id: 'EX-GR-03', name: 'Sjöängsskolan', type: 'grundskola', operator: 'kommunal', address: 'Sjöängsgatan 6, 999 05 Exempelkommun' },
  { id: 'EX-GR-04', name: 'Lärkdalens skola', type: 'grundskola', operator: 'fristående', address: 'Lärkdalsvägen 11, 999 06 Exempelkommun' },
  { id: 'EX-GR-05', name: 'Tallåsskolan', type: 'grundskola', operator: 'kommunal', address: 'Tallåsvägen 30, 999 07 Exempelkommun' },
  { id: 'EX-GR-06', name: 'Friskolan Ugglan', type: 'grundskola', operator: 'fristående', address: 'Uggleborgen 5, 999 08 Exempelkommun' },
];

/** Years of the yearly measures. */
export const YEARS = range(2015, 2024).map(String);
const SCHOOL_YEARS = ['2019/20', '2020/21', '2021/22', '2022/23', '2023/24'];
const QUARTERS = ['2023Q1', '2023Q2', '2023Q3', '2023Q4', '2024Q1', '2024Q2', '2024Q3', '2024Q4'];
const MONTHS = range(1, 12).map((m) => `2024-${String(m).padStart(2, '0')}`);

/** Every file's fixed timestamp: the example data does not pretend to be newer than it is. */
const WORKBOOK_DATE = new Date(Date.UTC(2025, 0, 1));
const EXAMPLE_NOTE = 'Exempeldata: alla siffror, namn och enheter är påhittade och visar bara hur filerna ska se ut.';

// ---------------------------------------------------------------------------------------------------------
// Deterministic randomness

/** mulberry32: tiny, seedable, good enough for plausible noise. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a: one seed per series name, so adding a series never changes the values of another. */
function hashSeed(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function rng(key: string): () => number {
  return mulberry32(hashSeed(key));
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

function round(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}

interface TrendSpec { start: number; end: number; noise: number; decimals: number; min?: number; max?: number; }

/** A believable series: a straight line from start to end with bounded noise (a sum of two uniforms). */
function trend(key: string, n: number, spec: TrendSpec): number[] {
  const random = rng(key);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const line = n === 1 ? spec.end : spec.start + ((spec.end - spec.start) * i) / (n - 1);
    const noise = (random() + random() - 1) * spec.noise;
    let v = line + noise;
    if (spec.min !== undefined) v = Math.max(spec.min, v);
    if (spec.max !== undefined) v = Math.min(spec.max, v);
    out.push(round(v, spec.decimals));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Observations (municipality level)

export type Gender = 'T' | 'K' | 'M';
export type StatusSymbol = '-' | '.' | '..';

export interface ExampleObservation {
  indicator: string;
  area: string;
  period: string;
  gender: Gender;
  value: number | null;
  /** Status symbol when value is null; never 0 instead of a missing value. */
  status?: StatusSymbol;
  n?: number;
  note?: string;
  preliminary?: boolean;
}

interface AreaSeries {
  area: string;
  spec: TrendSpec;
  /** Offsets for women and men from the total; omit for measures without a gender split. */
  split?: { K: number; M: number };
  /** Periods with no value, and why. */
  gaps?: Map<string, StatusSymbol>;
  n?: { start: number; end: number };
}

function seriesObservations(indicator: string, periods: readonly string[], series: readonly AreaSeries[]): ExampleObservation[] {
  const out: ExampleObservation[] = [];
  for (const s of series) {
    const total = trend(`${indicator}/${s.area}/T`, periods.length, s.spec);
    const counts = s.n ? trend(`${indicator}/${s.area}/n`, periods.length, { start: s.n.start, end: s.n.end, noise: s.n.start * 0.05, decimals: 0, min: 0 }) : undefined;
    const genders: Gender[] = s.split ? ['T', 'K', 'M'] : ['T'];
    for (const g of genders) {
      const noise = g === 'T' ? [] : trend(`${indicator}/${s.area}/${g}`, periods.length, { start: 0, end: 0, noise: s.spec.noise / 2, decimals: 4 });
      periods.forEach((period, i) => {
        const gap = s.gaps?.get(period);
        if (gap) {
          out.push({ indicator, area: s.area, period, gender: g, value: null, status: gap });
          return;
        }
        let value = total[i];
        if (g !== 'T' && s.split) {
          value = value + s.split[g] + noise[i];
          if (s.spec.min !== undefined) value = Math.max(s.spec.min, value);
          if (s.spec.max !== undefined) value = Math.min(s.spec.max, value);
          value = round(value, s.spec.decimals);
        }
        const obs: ExampleObservation = { indicator, area: s.area, period, gender: g, value };
        if (counts) obs.n = g === 'T' ? counts[i] : Math.round(counts[i] / 2 + (g === 'K' ? 12 : -12));
        out.push(obs);
      });
    }
  }
  return out;
}

function fixedObservations(indicator: string, area: string, periods: readonly string[], values: readonly (number | null)[]): ExampleObservation[] {
  return periods.map((period, i) => {
    const value = values[i];
    return value === null
      ? { indicator, area, period, gender: 'T' as const, value: null, status: '-' as const }
      : { indicator, area, period, gender: 'T' as const, value };
  });
}

const pct = (start: number, end: number, noise = 0.8, decimals = 1): TrendSpec => ({ start, end, noise, decimals, min: 0, max: 100 });

/** Kolada KPIs delivered as Kolada API JSON files. */
function koladaJsonObservations(): ExampleObservation[] {
  const split = (k: number, m: number) => ({ K: k, M: m });
  return [
    ...seriesObservations('N15428', YEARS, [
      { area: HOME, spec: pct(83.8, 88.9, 1.0), split: split(1.6, -1.6) },
      { area: RIKET, spec: pct(85.6, 85.9, 0.4), split: split(1.3, -1.3) },
      { area: '9991', spec: pct(81.5, 83.0, 1.4), split: split(1.8, -1.8) },
      { area: '9992', spec: pct(87.9, 88.4, 1.2), split: split(1.2, -1.2) },
      { area: '9993', spec: pct(79.4, 82.6, 1.6), split: split(2.1, -2.1) },
    ]),
    ...seriesObservations('N15008', YEARS, [
      { area: HOME, spec: { start: 96_400, end: 129_800, noise: 1_200, decimals: 0, min: 0 } },
      { area: RIKET, spec: { start: 98_900, end: 134_600, noise: 500, decimals: 0, min: 0 } },
      { area: '9991', spec: { start: 101_200, end: 138_900, noise: 1_500, decimals: 0, min: 0 } },
      { area: '9992', spec: { start: 94_800, end: 127_300, noise: 1_500, decimals: 0, min: 0 } },
      { area: '9993', spec: { start: 104_500, end: 141_700, noise: 1_500, decimals: 0, min: 0 } },
    ]),
    // The tax rate moves in steps decided by the council, not along a trend.
    ...fixedObservations('N00901', HOME, YEARS, [21.34, 21.34, 21.34, 21.34, 21.59, 21.59, 21.59, 21.59, 21.84, 21.84]),
    ...fixedObservations('N00901', RIKET, YEARS, [20.65, 20.75, 20.74, 20.74, 20.70, 20.72, 20.71, 20.67, 20.68, 20.74]),
    ...fixedObservations('N00901', '9991', YEARS, [21.99, 21.99, 21.99, 21.99, 21.99, 22.24, 22.24, 22.24, 22.24, 22.24]),
    ...fixedObservations('N00901', '9992', YEARS, [20.89, 20.89, 20.89, 20.64, 20.64, 20.64, 20.64, 20.64, 20.89, 20.89]),
    ...fixedObservations('N00901', '9993', YEARS, [22.29, 22.29, 22.54, 22.54, 22.54, 22.54, 22.54, 22.54, 22.79, 22.79]),
    ...seriesObservations('N31807', YEARS, [
      { area: HOME, spec: pct(4.7, 3.1, 0.15, 1) },
      { area: RIKET, spec: pct(4.3, 2.9, 0.08, 1) },
      { area: '9991', spec: pct(5.2, 3.9, 0.2, 1) },
      { area: '9992', spec: pct(3.6, 2.4, 0.2, 1) },
      { area: '9993', spec: pct(5.8, 4.4, 0.2, 1) },
    ]),
    ...sickLeave(),
    ...allMunicipalities(),
    ...seriesObservations('N00531', ['2019', '2020', '2021', '2022', '2023', '2024'], [
      // No citizen survey in 2020: Kolada reports such a year as status "Missing" with value null.
      { area: HOME, spec: pct(73.2, 78.4, 1.2, 0), split: split(2, -2), gaps: new Map([['2020', '-']]) },
      { area: RIKET, spec: pct(75.0, 73.0, 0.6, 0), split: split(1.5, -1.5), gaps: new Map([['2020', '-']]) },
      { area: '9991', spec: pct(70.0, 72.0, 1.5, 0), split: split(2, -2), gaps: new Map([['2020', '-']]) },
      { area: '9992', spec: pct(79.0, 80.0, 1.5, 0), split: split(2, -2), gaps: new Map([['2020', '-']]) },
      { area: '9993', spec: pct(71.0, 69.0, 1.5, 0), split: split(2, -2), gaps: new Map([['2020', '-']]) },
    ]),
  ];
}

/**
 * The made-up municipalities' values for three Kolada measures — one where higher is better,
 * one where lower is better and one neutral — so the example shows a place among all 290, and
 * a position for the neutral one. Each municipality has its own level; a few have figures
 * withheld (".."); income support for 2024 is out for only 60 of them so far, so its pages
 * compare 2023 and say why.
 */
function allMunicipalities(): ExampleObservation[] {
  const years = YEARS.slice(-4);
  const out: ExampleObservation[] = [];
  OTHER_MUNICIPALITIES.forEach(({ code }, i) => {
    const level = rng(`level/${code}`);
    const school = 70 + level() * 26;
    const suppressed = level() < 0.03 ? new Map<string, StatusSymbol>([['2024', '..']]) : undefined;
    const support = 1 + level() * 6;
    const cost = 104_000 + level() * 52_000;
    out.push(
      ...seriesObservations('N15428', years, [{ area: code, spec: pct(school, school + 2.5, 1.4), ...(suppressed ? { gaps: suppressed } : {}) }]),
      ...seriesObservations('N31807', i < 60 ? years : years.slice(0, -1), [{ area: code, spec: pct(support, support * 0.85, 0.2, 1) }]),
      ...seriesObservations('N15008', years, [{ area: code, spec: { start: cost, end: cost * 1.12, noise: 1_500, decimals: 0, min: 0 } }]),
    );
  });
  return out;
}

/** Sick leave rose in the pandemic years and is falling back: hand-set totals, split by a steady gap. */
function sickLeave(): ExampleObservation[] {
  const out: ExampleObservation[] = [];
  const totals = new Map<string, number[]>([
    [HOME, [7.4, 7.3, 7.1, 7.0, 6.9, 8.8, 8.2, 8.5, 7.9, 7.5]],
    [RIKET, [7.0, 7.1, 7.0, 6.9, 6.8, 8.3, 7.7, 8.1, 7.6, 7.4]],
    ['9991', [7.9, 8.0, 7.8, 7.7, 7.6, 9.1, 8.6, 8.8, 8.4, 8.2]],
    ['9992', [6.2, 6.4, 6.1, 6.0, 6.1, 7.6, 7.0, 7.3, 6.8, 6.6]],
    ['9993', [8.1, 8.3, 8.0, 8.2, 7.9, 9.4, 8.8, 9.0, 8.7, 8.5]],
  ]);
  for (const [area, values] of totals) {
    YEARS.forEach((period, i) => {
      const t = values[i];
      out.push({ indicator: 'N00090', area, period, gender: 'T', value: t });
      out.push({ indicator: 'N00090', area, period, gender: 'K', value: round(t + 0.9, 1) });
      out.push({ indicator: 'N00090', area, period, gender: 'M', value: round(t - 2.8, 1) });
    });
  }
  return out;
}

/** Kolada KPIs delivered as one Kolada-style long CSV. */
function koladaCsvObservations(): ExampleObservation[] {
  const split = (k: number, m: number) => ({ K: k, M: m });
  const noSurvey2020 = new Map<string, StatusSymbol>([['2020', '-']]);
  return [
    ...seriesObservations('N11102', YEARS, [
      { area: HOME, spec: { start: 5.5, end: 4.9, noise: 0.12, decimals: 1, min: 0 } },
      { area: RIKET, spec: { start: 5.2, end: 5.0, noise: 0.06, decimals: 1, min: 0 } },
      { area: '9991', spec: { start: 5.4, end: 5.3, noise: 0.15, decimals: 1, min: 0 } },
      { area: '9992', spec: { start: 5.0, end: 4.8, noise: 0.15, decimals: 1, min: 0 } },
      { area: '9993', spec: { start: 5.8, end: 5.4, noise: 0.15, decimals: 1, min: 0 } },
    ]),
    ...seriesObservations('N17461', YEARS, [
      { area: HOME, spec: pct(69.8, 74.6, 1.2), split: split(3.1, -3.1) },
      { area: RIKET, spec: pct(71.0, 71.6, 0.5), split: split(3.4, -3.4) },
      { area: '9991', spec: pct(66.5, 68.9, 1.5), split: split(3.0, -3.0) },
      { area: '9992', spec: pct(75.2, 76.0, 1.5), split: split(2.8, -2.8) },
      // One year missing from the export: Kolada leaves the value empty.
      { area: '9993', spec: pct(64.1, 67.5, 1.5), split: split(3.5, -3.5), gaps: new Map([['2018', '-']]) },
    ]),
    ...seriesObservations('U23471', YEARS, [
      // The national survey of older people was not carried out in 2020.
      { area: HOME, spec: pct(79.0, 84.0, 1.2, 0), gaps: noSurvey2020 },
      { area: RIKET, spec: pct(81.0, 80.0, 0.5, 0), gaps: noSurvey2020 },
      { area: '9991', spec: pct(78.0, 79.0, 1.5, 0), gaps: noSurvey2020 },
      { area: '9992', spec: pct(83.0, 84.0, 1.5, 0), gaps: noSurvey2020 },
      { area: '9993', spec: pct(76.0, 78.0, 1.5, 0), gaps: noSurvey2020 },
    ]),
    // Annual result: hand-set, with the dip of 2023 that many municipalities had.
    ...fixedObservations('N03102', HOME, YEARS, [2.1, 3.4, 4.0, 1.2, 1.9, 5.8, 7.1, 4.3, -0.8, 1.6]),
    ...fixedObservations('N03102', RIKET, YEARS, [2.6, 4.4, 3.9, 2.3, 3.2, 5.7, 7.1, 5.0, 0.4, 2.1]),
    ...fixedObservations('N03102', '9991', YEARS, [1.1, 2.0, 2.6, 0.4, 1.0, 4.1, 5.9, 3.1, -2.4, 0.3]),
    ...fixedObservations('N03102', '9992', YEARS, [3.5, 4.8, 5.1, 3.0, 3.3, 6.9, 8.4, 5.6, 1.2, 2.8]),
    ...fixedObservations('N03102', '9993', YEARS, [0.6, 1.8, 2.2, -0.5, 0.9, 3.8, 5.2, 2.0, -1.9, -0.4]),
    ...seriesObservations('N00669', ['2021', '2022', '2023', '2024'], [
      { area: HOME, spec: pct(38.0, 42.0, 1.0, 0), split: split(-1, 1) },
      { area: RIKET, spec: pct(37.0, 37.0, 0.5, 0), split: split(-1, 1) },
      { area: '9991', spec: pct(35.0, 36.0, 1.2, 0), split: split(-1, 1) },
      { area: '9992', spec: pct(41.0, 42.0, 1.2, 0), split: split(-1, 1) },
      { area: '9993', spec: pct(33.0, 35.0, 1.2, 0), split: split(-1, 1) },
    ]),
  ];
}

/** The municipality's own measures, delivered as the Swedish-Excel long CSV. */
function localObservations(): ExampleObservation[] {
  const split = (k: number, m: number) => ({ K: k, M: m });
  const out: ExampleObservation[] = [
    ...seriesObservations('EX-FSK-01', YEARS.slice(1), [
      { area: HOME, spec: pct(87.6, 91.2, 0.8), n: { start: 1380, end: 1610 } },
    ]),
    ...seriesObservations('EX-SKO-01', SCHOOL_YEARS, [
      { area: HOME, spec: pct(81.4, 85.0, 0.8), split: split(-1.4, 1.4), n: { start: 2950, end: 3180 } },
    ]),
    ...seriesObservations('EX-ALD-02', YEARS, [
      // The home-care survey was cancelled in 2020: "-" bortfall, not a zero.
      { area: HOME, spec: pct(85.0, 89.5, 1.0), split: split(0.8, -1.2), gaps: new Map([['2020', '-']]), n: { start: 610, end: 700 } },
    ]),
    ...seriesObservations('EX-MIL-01', YEARS, [
      { area: HOME, spec: pct(38.0, 86.0, 2.5, 0) },
      { area: '9991', spec: pct(30.0, 71.0, 3.0, 0) },
      // Provstad started measuring in 2017.
      { area: '9992', spec: pct(45.0, 92.0, 3.0, 0), gaps: new Map([['2015', '-'], ['2016', '-']]) },
      // Testvik leases its cars with fuel included and cannot report fuel for 2015: "." ej tillämpligt.
      { area: '9993', spec: pct(22.0, 64.0, 3.0, 0), gaps: new Map([['2015', '.']]) },
    ]),
    ...seriesObservations('EX-MIL-02', YEARS, [
      { area: HOME, spec: { start: 27.5, end: 46.0, noise: 1.2, decimals: 1, min: 0 } },
      { area: '9991', spec: { start: 24.0, end: 38.0, noise: 1.5, decimals: 1, min: 0 } },
      { area: '9992', spec: { start: 31.0, end: 49.0, noise: 1.5, decimals: 1, min: 0 } },
      { area: '9993', spec: { start: 19.5, end: 33.0, noise: 1.5, decimals: 1, min: 0 } },
    ]),
    ...fixedObservations('EX-ALD-01', HOME, QUARTERS, [62, 58, 71, 66, 54, 49, 57, 45]),
    ...fixedObservations('EX-SOC-01', HOME, MONTHS, [9, 8, 9, 8, 7, 8, 12, 11, 8, 7, 7, 6]),
  ];
  for (const obs of out) {
    if (obs.indicator === 'EX-SOC-01' && obs.period === '2024-12') {
      obs.preliminary = true;
      obs.note = 'Preliminärt värde; december stäms av i januari.';
    }
    if (obs.indicator === 'EX-ALD-01' && obs.period === '2024Q3') {
      obs.note = 'Två avdelningar på Strandhemmet renoverades; färre lediga platser.';
    }
    if (obs.indicator === 'EX-MIL-02' && obs.area === HOME && obs.period === '2024') {
      // A note with a semicolon, so the file shows how Excel quotes a field.
      obs.note = 'Ny insamling i flerbostadshus; helårseffekt från 2025.';
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Unit-level values (the wide workbook)

interface UnitSheet {
  sheet: string;
  title: string;
  indicator: string;
  /** true: the indicator id stands in a Mått-id column; false: only in the title, as "(N15428)". */
  idColumn: boolean;
  periods: string[];
  /** School years are text headers; years are number cells, as Excel users type them. */
  units: string[];
  values: Map<string, (number | StatusSymbol)[]>;
  source: string;
  /** Cells formatted as percent hold fractions (0,83 shown as 83 %), as many exports do. */
  percentFormat?: boolean;
}

function unitSeries(key: string, n: number, spec: TrendSpec): number[] {
  return trend(key, n, spec);
}

export function unitSheets(): UnitSheet[] {
  const years = ['2021', '2022', '2023', '2024'];
  const schoolYears = SCHOOL_YEARS.slice(1);
  const behorighet = new Map<string, (number | StatusSymbol)[]>([
    ['EX-GR-01', unitSeries('N15428/EX-GR-01', 4, pct(86.0, 90.5, 1.5))],
    // F–6 schools have no year 9: "." ej tillämpligt.
    ['EX-GR-02', ['.', '.', '.', '.']],
    ['EX-GR-03', unitSeries('N15428/EX-GR-03', 4, pct(82.0, 85.5, 1.5))],
    ['EX-GR-04', unitSeries('N15428/EX-GR-04', 4, pct(91.0, 93.0, 1.5))],
    ['EX-GR-05', ['.', '.', '.', '.']],
    // Fewer than ten pupils in year 9 in 2022: suppressed "..".
    ['EX-GR-06', [...unitSeries('N15428/EX-GR-06', 1, pct(84.0, 84.0, 1.5)), '..', ...unitSeries('N15428/EX-GR-06b', 2, pct(86.0, 88.0, 1.5))]],
  ]);
  const trygghet = new Map<string, (number | StatusSymbol)[]>([
    ['EX-GR-01', unitSeries('EX-SKO-01/EX-GR-01', 4, pct(82.0, 86.0, 1.2))],
    ['EX-GR-02', unitSeries('EX-SKO-01/EX-GR-02', 4, pct(88.0, 90.0, 1.2))],
    // The survey was not run at Sjöängsskolan in 2020/21: "-" bortfall.
    ['EX-GR-03', ['-', ...unitSeries('EX-SKO-01/EX-GR-03', 3, pct(76.0, 80.0, 1.2))]],
    ['EX-GR-04', unitSeries('EX-SKO-01/EX-GR-04', 4, pct(87.0, 88.0, 1.2))],
    ['EX-GR-05', unitSeries('EX-SKO-01/EX-GR-05', 4, pct(85.0, 89.0, 1.2))],
    ['EX-GR-06', unitSeries('EX-SKO-01/EX-GR-06', 4, pct(83.0, 86.0, 1.2))],
  ]);
  const forskola = new Map<string, (number | StatusSymbol)[]>([
    ['EX-FS-01', unitSeries('EX-FSK-01/EX-FS-01', 4, pct(89.0, 92.0, 1.0))],
    ['EX-FS-02', unitSeries('EX-FSK-01/EX-FS-02', 4, pct(86.0, 90.0, 1.0))],
    ['EX-FS-03', unitSeries('EX-FSK-01/EX-FS-03', 4, pct(92.0, 93.0, 1.0))],
    ['EX-FS-04', [...unitSeries('EX-FSK-01/EX-FS-04', 3, pct(85.0, 88.0, 1.0)), '..']],
  ]);
  // Percent-formatted cells: whole percentages as fractions (0,83).
  const frac = (xs: number[]) => xs.map((x) => round(x / 100, 2));
  const helhetssyn = new Map<string, (number | StatusSymbol)[]>([
    ['EX-AB-01', frac(unitSeries('U23471/EX-AB-01', 4, pct(80.0, 85.0, 1.5, 0)))],
    ['EX-AB-02', frac(unitSeries('U23471/EX-AB-02', 4, pct(84.0, 86.0, 1.5, 0)))],
    ['EX-AB-03', frac(unitSeries('U23471/EX-AB-03', 4, pct(77.0, 83.0, 1.5, 0)))],
    // A small home: too few answers every year but one.
    ['EX-AB-04', ['..', '..', ...frac(unitSeries('U23471/EX-AB-04', 1, pct(81.0, 81.0, 1.5, 0))), '..']],
  ]);
  return [
    {
      sheet: 'Behörighet', indicator: 'N15428', idColumn: false, periods: years, units: [...behorighet.keys()], values: behorighet,
      title: 'Andel elever i årskurs 9 behöriga till yrkesprogram, %, per skola (N15428) – exempeldata',
      source: 'Källa: Skolverket via Kolada (påhittade exempelvärden). ".." = färre än tio elever, "." = skolan har ingen årskurs 9.',
    },
    {
      sheet: 'Trygghet', indicator: 'EX-SKO-01', idColumn: true, periods: schoolYears, units: [...trygghet.keys()], values: trygghet,
      title: 'Elever som känner sig trygga i skolan, %, per skola och läsår – exempeldata',
      source: 'Källa: Exempelkommuns elevenkät (påhittade exempelvärden). "-" = enkäten genomfördes inte.',
    },
    {
      sheet: 'Förskolor', indicator: 'EX-FSK-01', idColumn: true, periods: years, units: [...forskola.keys()], values: forskola,
      title: 'Vårdnadshavare som är nöjda med förskolan, %, per förskola – exempeldata',
      source: 'Källa: Exempelkommuns vårdnadshavarenkät (påhittade exempelvärden). ".." = för få svar.',
    },
    {
      sheet: 'Äldreboenden', indicator: 'U23471', idColumn: false, periods: years, units: [...helhetssyn.keys()], values: helhetssyn, percentFormat: true,
      title: 'Brukarbedömning särskilt boende – helhetssyn, %, per äldreboende (U23471) – exempeldata',
      source: 'Källa: Socialstyrelsens undersökning via Kolada (påhittade exempelvärden). ".." = för få svar.',
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------
// The indicator catalogue

type Direction = 'högre är bättre' | 'lägre är bättre' | 'neutral';
type Attribution = 'Kolada' | 'Bearbetad Kolada' | 'Egen';

interface KoladaMeta {
  name: string;
  description: string;
  operatingArea: string;
  genderSplit: boolean;
  hasUnitData: boolean;
  perspective: string;
  publicationDate: string;
  auspices: string;
}

export interface IndicatorSpec {
  id: string;
  title: string;
  question: string;
  description: string;
  definition: string;
  formula: string;
  unit: string;
  decimals: number;
  direction: Direction;
  operatingArea: string;
  source: string;
  attribution: Attribution;
  koladaId?: string;
  min?: number;
  max?: number;
  responsible: string;
  contact: string;
  frequency: string;
  lastUpdated: string;
  nextUpdate: string;
  related: string[];
  key: boolean;
  targets: { value: number; year: number; decision: string }[];
  analysis?: { period: string; interpretation: string; actions: string };
  kolada?: KoladaMeta;
  /** Lättläst: the easy-to-read summary shown first on the indicator page. */
  easyRead?: string;
  /** The English columns; some indicators have them, the rest show on /en/ in Swedish, marked so. */
  en?: { title: string; question: string; description: string; definition?: string; formula?: string; unit?: string; operatingArea: string; frequency: string };
}

const KF_2023 = 'Kommunfullmäktige 2023-06-12 § 87, Mål och budget 2024–2026';
const KF_2019 = 'Kommunfullmäktige 2019-06-17 § 102, Mål och budget 2020–2022';
const UTB = 'Utbildningsförvaltningen';
const SOC = 'Socialförvaltningen';

export const INDICATORS: readonly IndicatorSpec[] = [
  {
    id: 'N11102', title: 'Inskrivna barn per årsarbetare i förskolan', question: 'Hur många barn går det på varje vuxen i förskolan?',
    description: 'Visar hur många barn det i genomsnitt finns per heltidsanställd i förskolan. Färre barn per vuxen ger mer tid för varje barn.',
    definition: 'Antal inskrivna barn i förskola i kommunen den 15 oktober delat med antal årsarbetare i förskolan samma dag.',
    formula: 'inskrivna barn / årsarbetare', unit: 'antal', decimals: 1, direction: 'lägre är bättre', operatingArea: 'Förskola',
    source: 'Skolverket via Kolada', attribution: 'Kolada', koladaId: 'N11102', min: 0, max: 20,
    responsible: UTB, contact: 'forskola@exempelkommun.se', frequency: 'årligen', lastUpdated: '2025-04-10', nextUpdate: '2026-04-15',
    related: ['EX-FSK-01'], key: false,
    targets: [{ value: 5.0, year: 2026, decision: KF_2023 }],
    analysis: {
      period: '2024',
      interpretation: 'Antalet barn per vuxen fortsätter att minska och är nu lägre än i riket. Det beror främst på att barnkullarna blivit mindre medan personalen är kvar.',
      actions: 'Vi använder utrymmet till mindre barngrupper för de yngsta barnen och följer upp gruppstorlekarna varje höst.',
    },
    kolada: {
      name: 'Inskrivna barn per årsarbetare i förskolan, lägeskommun, antal', auspices: 'E',
      description: 'Antal barn som är inskrivna i förskolan i kommunen delat med antal årsarbetare som arbetar med barnen, mätt i oktober. Källa: Skolverket.',
      operatingArea: 'Förskoleverksamhet', genderSplit: false, hasUnitData: true, perspective: 'Resurser', publicationDate: '2025-04-10',
    },
  },
  {
    id: 'EX-FSK-01', title: 'Vårdnadshavare som är nöjda med förskolan', question: 'Är föräldrarna nöjda med förskolan?',
    easyRead: 'Varje år frågar kommunen föräldrar om förskolan. Måttet visar hur många som är nöjda. En hög siffra är bra.',
    en: {
      title: 'Parents satisfied with the preschool', question: 'Are parents satisfied with the preschool?',
      description: 'The share of parents and guardians who say in the municipality’s yearly survey that they are satisfied with their child’s preschool as a whole.',
      operatingArea: 'Preschool', frequency: 'yearly',
    },
    description: 'Andel vårdnadshavare som svarar att de är nöjda med sitt barns förskola som helhet i kommunens årliga enkät.',
    definition: 'Andel av de svarande som anger 4 eller 5 på en femgradig skala på frågan om nöjdhet med förskolan som helhet. Kommunala och fristående förskolor ingår.',
    formula: 'svar 4–5 / alla svar × 100', unit: '%', decimals: 1, direction: 'högre är bättre', operatingArea: 'Förskola',
    source: 'Exempelkommuns vårdnadshavarenkät', attribution: 'Egen',
    responsible: UTB, contact: 'forskola@exempelkommun.se', frequency: 'årligen', lastUpdated: '2025-02-20', nextUpdate: '2026-02-20',
    related: ['N11102'], key: true,
    targets: [{ value: 92, year: 2026, decision: KF_2023 }],
    analysis: {
      period: '2024',
      interpretation: 'Nio av tio vårdnadshavare är nöjda med förskolan. Resultatet är stabilt, men det skiljer mellan förskolorna och på en förskola var svaren för få för att redovisas.',
      actions: 'Förskolorna med lägst resultat går igenom svaren med föräldraråden under våren och tar fram egna förbättringsplaner.',
    },
  },
  {
    id: 'N15428', title: 'Elever i årskurs 9 som är behöriga till yrkesprogram', question: 'Hur många elever kan börja på ett yrkesprogram på gymnasiet?',
    easyRead: 'Måttet visar hur många elever som kan börja på ett yrkesprogram på gymnasiet. Då behöver eleven godkända betyg i vissa ämnen i årskurs 9. En hög siffra är bra.',
    en: {
      title: 'Year 9 pupils eligible for a vocational programme', question: 'How many pupils can start a vocational programme at upper secondary school?',
      description: 'The share of pupils leaving year 9 with grades good enough for a vocational programme at upper secondary school.',
      definition: 'Pupils registered in the municipality who are eligible for a vocational programme, divided by all year 9 pupils who received or should have received grades. Pupils at municipal and independent schools are included.',
      formula: 'eligible pupils / pupils with grades × 100', operatingArea: 'Compulsory school', frequency: 'yearly',
    },
    description: 'Andel elever som går ut årskurs 9 med tillräckliga betyg för att komma in på ett yrkesprogram på gymnasiet.',
    definition: 'Elever folkbokförda i kommunen som är behöriga till yrkesprogram, delat med alla elever i årskurs 9 som fått eller borde ha fått betyg. Elever i kommunala och fristående skolor ingår.',
    formula: 'behöriga elever / elever med betyg × 100', unit: '%', decimals: 1, direction: 'högre är bättre', operatingArea: 'Grundskola',
    source: 'Skolverket via Kolada', attribution: 'Kolada', koladaId: 'N15428',
    responsible: UTB, contact: 'grundskola@exempelkommun.se', frequency: 'årligen', lastUpdated: '2025-03-25', nextUpdate: '2026-03-25',
    related: ['N15008', 'N00531', 'EX-SKO-01'], key: true,
    targets: [{ value: 88, year: 2024, decision: KF_2019 }, { value: 90, year: 2026, decision: KF_2023 }],
    analysis: {
      period: '2024',
      interpretation: 'Andelen behöriga har ökat under de senaste tio åren och är nu högre än i riket. Flickor är fortfarande oftare behöriga än pojkar.',
      actions: 'Vi fortsätter med läxhjälp och sommarskola för elever i årskurs 8 och 9, och satsar särskilt på pojkarnas läsning.',
    },
    kolada: {
      name: 'Elever i åk 9 behöriga till yrkesprogram, hemkommun, andel (%)', auspices: 'T',
      description: 'Andel av eleverna i årskurs 9 som har godkända betyg i de ämnen som krävs för att söka ett yrkesprogram. Eleverna räknas till kommunen där de är folkbokförda. Källa: Skolverket.',
      operatingArea: 'Grundskola åk 7-9', genderSplit: true, hasUnitData: true, perspective: 'Kvalitet och resultat', publicationDate: '2025-03-25',
    },
  },
  {
    id: 'N15008', title: 'Kostnad för grundskola per elev', question: 'Vad kostar en elev i grundskolan per år?',
    en: {
      title: 'Cost of compulsory school per pupil', question: 'What does a compulsory school pupil cost per year?',
      description: 'What the municipality pays on average per pupil and year for municipal compulsory school, including premises, meals, pupil health and teaching.',
      unit: 'SEK', operatingArea: 'Compulsory school', frequency: 'yearly',
    },
    description: 'Vad kommunen i genomsnitt betalar per elev och år för kommunal grundskola, med lokaler, måltider, elevhälsa och undervisning.',
    definition: 'Kommunens totala kostnad för kommunal grundskola årskurs 1–9 delat med antal elever. Skolskjuts ingår inte.',
    formula: 'bruttokostnad / antal elever', unit: 'kr', decimals: 0, direction: 'neutral', operatingArea: 'Grundskola',
    source: 'SCB och Skolverket via Kolada, avrundat till hela kronor', attribution: 'Bearbetad Kolada', koladaId: 'N15008', min: 0, max: 400000,
    responsible: UTB, contact: 'ekonomi@exempelkommun.se', frequency: 'årligen', lastUpdated: '2025-06-12', nextUpdate: '2026-06-15',
    related: ['N15428'], key: false,
    targets: [],
    analysis: {
      period: '2024',
      interpretation: 'Kostnaden per elev ökade ungefär lika mycket som priserna och ligger något under riket.',
      actions: 'Ingen åtgärd: måttet visas för att man ska kunna jämföra resultat med resurser.',
    },
    kolada: {
      name: 'Kostnad kommunal grundskola åk 1-9, kr/elev', auspices: 'E',
      description: 'Kommunens kostnad per elev för grundskola årskurs 1–9 under året: lokaler, måltider, elevhälsa, undervisning och läromedel. Skolskjuts räknas inte med. Källa: SCB och Skolverket.',
      operatingArea: 'Grundskola åk 1-9', genderSplit: false, hasUnitData: false, perspective: 'Resurser', publicationDate: '2025-06-12',
    },
  },
  {
    id: 'N00531', title: 'Invånare som tycker att grundskolan fungerar bra', question: 'Vad tycker invånarna om grundskolan?',
    description: 'Andel av de tillfrågade invånarna som tycker att grundskolan i kommunen fungerar mycket eller ganska bra.',
    definition: 'Andel som svarat ”Mycket bra” eller ”Ganska bra” i SCB:s medborgarundersökning. De som svarat ”Vet inte” räknas inte med.',
    formula: 'bra-svar / svar med åsikt × 100', unit: '%', decimals: 0, direction: 'högre är bättre', operatingArea: 'Grundskola',
    source: 'SCB:s medborgarundersökning via Kolada', attribution: 'Kolada', koladaId: 'N00531',
    responsible: 'Kommunledningskontoret', contact: 'analys@exempelkommun.se', frequency: 'årligen', lastUpdated: '2025-01-30', nextUpdate: '2026-01-30',
    related: ['N15428'], key: false,
    targets: [{ value: 78, year: 2026, decision: KF_2023 }],
    kolada: {
      name: 'Medborgarundersökningen - Grundskolan fungerar bra, andel (%)', auspices: 'X',
      description: 'Andel av de svarande i SCB:s medborgarundersökning som tycker att grundskolan i kommunen fungerar mycket eller ganska bra. Svar som ”vet inte” räknas bort. Källa: SCB.',
      operatingArea: 'Kommunen, övergripande', genderSplit: true, hasUnitData: false, perspective: 'Kvalitet och resultat', publicationDate: '2025-01-30',
    },
  },
  {
    id: 'EX-SKO-01', title: 'Elever som känner sig trygga i skolan', question: 'Känner sig eleverna trygga i skolan?',
    description: 'Andel elever i årskurs 5 och 8 som svarar att de känner sig trygga i skolan i kommunens elevenkät. Mäts per läsår.',
    definition: 'Andel av de svarande eleverna som instämmer helt eller till stor del i påståendet ”Jag känner mig trygg i skolan”. Alla skolor i kommunen ingår.',
    formula: 'instämmer / alla svar × 100', unit: '%', decimals: 1, direction: 'högre är bättre', operatingArea: 'Grundskola',
    source: 'Exempelkommuns elevenkät', attribution: 'Egen',
    responsible: UTB, contact: 'grundskola@exempelkommun.se', frequency: 'läsårsvis', lastUpdated: '2024-08-20', nextUpdate: '2025-08-20',
    related: ['N15428'], key: true,
    targets: [{ value: 90, year: 2026, decision: KF_2023 }],
    analysis: {
      period: '2023/24',
      interpretation: 'Fler elever känner sig trygga än för fem år sedan. Pojkar svarar oftare att de är trygga än flickor, och skillnaden har inte minskat.',
      actions: 'Alla skolor har fått en trygghetsplan med fler vuxna ute på rasterna. Elevhälsan följer särskilt upp flickornas svar.',
    },
  },
  {
    id: 'N17461', title: 'Gymnasieelever med examen inom fyra år', question: 'Hur många tar examen från gymnasiet i tid?',
    description: 'Andel av de ungdomar som började gymnasiet som har tagit examen inom fyra år.',
    definition: 'Elever folkbokförda i kommunen som började gymnasieskolan och tog gymnasieexamen inom fyra år, delat med alla som började. Kommunala och fristående skolor ingår.',
    formula: 'elever med examen inom 4 år / nybörjare × 100', unit: '%', decimals: 1, direction: 'högre är bättre', operatingArea: 'Gymnasieskola',
    source: 'Skolverket via Kolada', attribution: 'Kolada', koladaId: 'N17461',
    responsible: UTB, contact: 'gymnasium@exempelkommun.se', frequency: 'årligen', lastUpdated: '2025-03-25', nextUpdate: '2026-03-25',
    related: ['N15428'], key: true,
    targets: [{ value: 76, year: 2026, decision: KF_2023 }],
    analysis: {
      period: '2024',
      interpretation: 'Tre av fyra tar examen inom fyra år, vilket är bättre än i riket. Fler unga kvinnor än män tar examen i tid.',
      actions: 'Studie- och yrkesvägledningen följer upp alla elever som riskerar att inte ta examen redan i årskurs 2.',
    },
    kolada: {
      name: 'Gymnasieelever med examen inom 4 år, hemkommun, andel (%)', auspices: 'T',
      description: 'Andel av eleverna som började gymnasieskolan och som tog examen inom fyra år. Eleverna räknas till kommunen där de är folkbokförda. Källa: Skolverket.',
      operatingArea: 'Gymnasieskola', genderSplit: true, hasUnitData: false, perspective: 'Kvalitet och resultat', publicationDate: '2025-03-25',
    },
  },
  {
    id: 'U23471', title: 'Boende i äldreboende som är nöjda med äldreboendet som helhet', question: 'Är de äldre nöjda med sitt äldreboende?',
    description: 'Andel av de boende på äldreboende som sammantaget är nöjda med sitt boende, enligt Socialstyrelsens nationella undersökning.',
    definition: 'Andel som svarat ”Mycket nöjd” eller ”Ganska nöjd” på frågan om hur nöjd man är med sitt äldreboende som helhet. Undersökningen gjordes inte 2020.',
    formula: 'nöjda / alla svar × 100', unit: '%', decimals: 0, direction: 'högre är bättre', operatingArea: 'Äldreomsorg',
    source: 'Socialstyrelsen via Kolada', attribution: 'Kolada', koladaId: 'U23471',
    responsible: SOC, contact: 'aldreomsorg@exempelkommun.se', frequency: 'årligen', lastUpdated: '2024-11-20', nextUpdate: '2025-11-20',
    related: ['EX-ALD-01', 'EX-ALD-02'], key: true,
    targets: [{ value: 85, year: 2026, decision: KF_2023 }],
    analysis: {
      period: '2024',
      interpretation: 'De flesta boende är nöjda, och resultatet är bättre än i riket. Skillnaderna mellan boendena är stora, och på ett mindre boende var svaren för få för att visas.',
      actions: 'Vi fortsätter med fler aktiviteter och utevistelse på boendena, och Strandhemmet får en egen handlingsplan.',
    },
    kolada: {
      name: 'Brukarbedömning särskilt boende äldreomsorg - helhetssyn, andel (%)', auspices: 'X',
      description: 'Andel av de boende i särskilt boende för äldre som är mycket eller ganska nöjda med sitt boende sammantaget. Källa: Socialstyrelsens undersökning om vad äldre tycker om äldreomsorgen.',
      operatingArea: 'Särskilt boende', genderSplit: true, hasUnitData: true, perspective: 'Kvalitet och resultat', publicationDate: '2024-11-20',
    },
  },
  {
    id: 'EX-ALD-01', title: 'Väntetid till äldreboende', question: 'Hur länge får man vänta på en plats på äldreboende?',
    easyRead: 'Måttet visar hur länge man väntar på en plats på ett äldreboende. Det är tiden från beslutet till att man får erbjudande om en plats. En kort väntan är bra.',
    en: {
      title: 'Waiting time for a care home place', question: 'How long do people wait for a place in a care home?',
      description: 'The median number of days from the decision on a care home place to the offer of a place. Measured every quarter.',
      operatingArea: 'Care of older people', frequency: 'quarterly',
    },
    description: 'Hur många dagar det i mitten av fördelningen (median) tar från beslut om äldreboende till erbjuden plats. Mäts varje kvartal.',
    definition: 'Median av antal kalenderdagar från beslutsdatum till det datum då den sökande erbjöds en plats, för beslut som verkställdes under kvartalet.',
    formula: 'median(erbjudandedatum − beslutsdatum)', unit: 'dagar', decimals: 0, direction: 'lägre är bättre', operatingArea: 'Äldreomsorg',
    source: 'Exempelkommuns verksamhetssystem', attribution: 'Egen', min: 0, max: 365,
    responsible: SOC, contact: 'aldreomsorg@exempelkommun.se', frequency: 'kvartalsvis', lastUpdated: '2025-01-15', nextUpdate: '2025-04-15',
    related: ['U23471'], key: true,
    targets: [{ value: 60, year: 2024, decision: KF_2019 }, { value: 45, year: 2026, decision: KF_2023 }],
    analysis: {
      period: '2024Q4',
      interpretation: 'Väntetiden har blivit kortare under året och var 45 dagar sista kvartalet. I tredje kvartalet ökade den när två avdelningar renoverades.',
      actions: 'Det nya boendet i Lindgården öppnar 2025 med 40 platser. Till dess erbjuds korttidsplats till den som väntar.',
    },
  },
  {
    id: 'EX-ALD-02', title: 'Nöjdhet med hemtjänsten', question: 'Är de som har hemtjänst nöjda?',
    description: 'Andel av dem som har hemtjänst som är nöjda med hjälpen som helhet, enligt kommunens egen enkät.',
    definition: 'Andel av de svarande som är mycket eller ganska nöjda med sin hemtjänst sammantaget. Enkäten gjordes inte 2020.',
    formula: 'nöjda / alla svar × 100', unit: '%', decimals: 1, direction: 'högre är bättre', operatingArea: 'Äldreomsorg',
    source: 'Exempelkommuns hemtjänstenkät', attribution: 'Egen',
    responsible: SOC, contact: 'aldreomsorg@exempelkommun.se', frequency: 'årligen', lastUpdated: '2025-02-05', nextUpdate: '2026-02-05',
    related: ['U23471'], key: false,
    targets: [{ value: 90, year: 2025, decision: KF_2023 }],
    analysis: {
      period: '2024',
      interpretation: 'Nästan nio av tio är nöjda med hemtjänsten. Resultatet har förbättrats sedan enkäten började igen efter 2020.',
      actions: 'Vi arbetar för att samma personal ska komma till samma personer, så att färre olika personer kommer hem till var och en.',
    },
  },
  {
    id: 'N31807', title: 'Invånare som fått ekonomiskt bistånd', question: 'Hur många behöver ekonomiskt bistånd?',
    description: 'Andel av invånarna, barn inräknade, som någon gång under året fått ekonomiskt bistånd (försörjningsstöd).',
    definition: 'Antal invånare som någon gång under året fått ekonomiskt bistånd, delat med antal invånare den 31 december.',
    formula: 'invånare med bistånd / invånare × 100', unit: '%', decimals: 1, direction: 'lägre är bättre', operatingArea: 'Socialtjänst',
    source: 'Socialstyrelsen via Kolada', attribution: 'Kolada', koladaId: 'N31807', min: 0, max: 30,
    responsible: SOC, contact: 'socialtjanst@exempelkommun.se', frequency: 'årligen', lastUpdated: '2025-05-20', nextUpdate: '2026-05-20',
    related: ['EX-SOC-01'], key: true,
    targets: [{ value: 3.0, year: 2026, decision: KF_2023 }],
    analysis: {
      period: '2024',
      interpretation: 'Färre invånare behöver ekonomiskt bistånd än för tio år sedan, men andelen är fortfarande något högre än i riket.',
      actions: 'Arbetsmarknadsenheten erbjuder alla med bistånd ett samtal om arbete eller studier inom en månad.',
    },
    kolada: {
      name: 'Invånare som någon gång under året fått ekonomiskt bistånd, andel (%) av befolkningen', auspices: 'T',
      description: 'Antal invånare, barn inräknade, som under året fått ekonomiskt bistånd, delat med antalet invånare vid årets slut. Uppgifterna kan ändras i efterhand. Källa: Socialstyrelsen.',
      operatingArea: 'Ekonomiskt bistånd', genderSplit: false, hasUnitData: false, perspective: 'Volymer', publicationDate: '2025-05-20',
    },
  },
  {
    id: 'EX-SOC-01', title: 'Handläggningstid för ekonomiskt bistånd', question: 'Hur snabbt får man beslut om ekonomiskt bistånd?',
    description: 'Hur många dagar det tar från ansökan till beslut för den som söker ekonomiskt bistånd för första gången. Mäts varje månad.',
    definition: 'Median av antal kalenderdagar från inkommen ansökan till beslut, för nybesök där beslut fattades under månaden.',
    formula: 'median(beslutsdatum − ansökningsdatum)', unit: 'dagar', decimals: 0, direction: 'lägre är bättre', operatingArea: 'Socialtjänst',
    source: 'Exempelkommuns verksamhetssystem', attribution: 'Egen', min: 0, max: 120,
    responsible: SOC, contact: 'socialtjanst@exempelkommun.se', frequency: 'månadsvis', lastUpdated: '2025-01-10', nextUpdate: '2025-02-10',
    related: ['N31807'], key: false,
    targets: [{ value: 7, year: 2024, decision: KF_2023 }],
    analysis: {
      period: '2024-12',
      interpretation: 'Handläggningstiden var längst under sommaren, när många handläggare hade semester. I december var den sex dagar, men siffran är preliminär.',
      actions: 'Till sommaren 2025 planerar vi semestrarna så att fler handläggare är i tjänst i juli och augusti.',
    },
  },
  {
    id: 'EX-MIL-01', title: 'Förnybart drivmedel i kommunens fordon', question: 'Hur mycket av kommunens bilar körs på förnybart?',
    description: 'Andel av drivmedlet till kommunens egna bilar och arbetsmaskiner som är förnybart, till exempel biogas, HVO eller el från förnybara källor.',
    definition: 'Förnybart drivmedel i energienheter (kWh) delat med allt drivmedel som kommunens fordon använt under året.',
    formula: 'förnybart kWh / totalt kWh × 100', unit: '%', decimals: 0, direction: 'högre är bättre', operatingArea: 'Miljö och klimat',
    source: 'Exempelkommuns fordonsredovisning', attribution: 'Egen',
    responsible: 'Miljöförvaltningen', contact: 'miljo@exempelkommun.se', frequency: 'årligen', lastUpdated: '2025-03-01', nextUpdate: '2026-03-01',
    related: ['EX-MIL-02'], key: true,
    targets: [{ value: 80, year: 2024, decision: KF_2019 }, { value: 100, year: 2030, decision: 'Kommunfullmäktige 2021-11-22 § 150, Klimatplan 2030' }],
    analysis: {
      period: '2024',
      interpretation: 'Mer än åtta tiondelar av drivmedlet är nu förnybart, och målet för 2024 är nått. Det som återstår är främst tunga arbetsmaskiner.',
      actions: 'Vid varje upphandling av arbetsmaskiner krävs förnybart drivmedel. Laddplatser byggs vid alla kommunens förråd.',
    },
  },
  {
    id: 'EX-MIL-02', title: 'Insamlat matavfall per invånare', question: 'Hur mycket matavfall sorteras ut?',
    easyRead: 'Matavfall kan bli biogas och gödsel. Måttet visar hur mycket matavfall som sorteras ut för varje person i kommunen. En hög siffra är bra.',
    en: {
      title: 'Food waste collected per inhabitant', question: 'How much food waste is sorted out?',
      description: 'How many kilos of food waste per inhabitant are collected separately, so that it can become biogas and fertiliser instead of being burnt.',
      unit: 'kg per inhabitant', operatingArea: 'Environment and climate', frequency: 'yearly',
    },
    description: 'Hur många kilo matavfall per invånare som samlas in separat, så att det kan bli biogas och gödsel i stället för att brännas.',
    definition: 'Separat insamlat matavfall från hushåll i kilo under året delat med antal invånare den 31 december.',
    formula: 'kg matavfall / invånare', unit: 'kg per invånare', decimals: 1, direction: 'högre är bättre', operatingArea: 'Miljö och klimat',
    source: 'Exempelkommuns avfallsbolag', attribution: 'Egen', min: 0, max: 200,
    responsible: 'Miljöförvaltningen', contact: 'miljo@exempelkommun.se', frequency: 'årligen', lastUpdated: '2025-03-01', nextUpdate: '2026-03-01',
    related: ['EX-MIL-01'], key: false,
    targets: [{ value: 50, year: 2026, decision: 'Kommunfullmäktige 2022-04-25 § 61, Avfallsplan 2022–2030' }],
    analysis: {
      period: '2024',
      interpretation: 'Insamlingen har ökat varje år sedan matavfallskärl infördes i villor 2017. Nu kommer även flerbostadshusen med.',
      actions: 'Alla flerbostadshus får sorteringskärl under 2025, och vi informerar på flera språk om hur man sorterar.',
    },
  },
  {
    id: 'N00901', title: 'Kommunal skattesats', question: 'Hur hög är kommunalskatten?',
    easyRead: 'Alla som arbetar betalar skatt till kommunen. Måttet visar hur stor del av lönen som går till kommunen.',
    en: {
      title: 'Municipal tax rate', question: 'How high is the municipal tax?',
      description: 'How many kronor of every hundred of taxable income go to the municipality. Tax to the region is not included.',
      definition: 'The municipal tax rate set for the year by the municipal council.', formula: 'tax rate set by the council',
      operatingArea: 'Finances', frequency: 'yearly',
    },
    description: 'Hur många kronor per hundralapp av den beskattningsbara inkomsten som går till kommunen. Skatt till regionen ingår inte.',
    definition: 'Den skattesats till kommunen som kommunfullmäktige beslutat för året.',
    formula: 'beslutad skattesats', unit: '%', decimals: 2, direction: 'neutral', operatingArea: 'Ekonomi',
    source: 'SCB via Kolada', attribution: 'Kolada', koladaId: 'N00901', min: 10, max: 30,
    responsible: 'Ekonomiavdelningen', contact: 'ekonomi@exempelkommun.se', frequency: 'årligen', lastUpdated: '2024-12-17', nextUpdate: '2025-12-17',
    related: ['N03102'], key: false,
    targets: [],
    kolada: {
      name: 'Skattesats till kommun (%)', auspices: 'X',
      description: 'Den kommunala skattesatsen, det vill säga hur många procent av den beskattningsbara inkomsten som betalas i skatt till kommunen. Källa: SCB.',
      operatingArea: 'Skatter och utjämning', genderSplit: false, hasUnitData: false, perspective: 'Resurser', publicationDate: '2024-12-17',
    },
  },
  {
    id: 'N03102', title: 'Årets resultat i förhållande till skatt och statsbidrag', question: 'Går kommunen med överskott?',
    description: 'Hur stort kommunens överskott eller underskott är, räknat som andel av skatteintäkter och generella statsbidrag. Ett negativt värde betyder underskott.',
    definition: 'Årets resultat delat med summan av skatteintäkter, generella statsbidrag och utjämning.',
    formula: 'årets resultat / (skatter + generella statsbidrag) × 100', unit: '%', decimals: 1, direction: 'högre är bättre', operatingArea: 'Ekonomi',
    source: 'SCB via Kolada', attribution: 'Kolada', koladaId: 'N03102', min: -20, max: 30,
    responsible: 'Ekonomiavdelningen', contact: 'ekonomi@exempelkommun.se', frequency: 'årligen', lastUpdated: '2025-08-31', nextUpdate: '2026-08-31',
    related: ['N00901'], key: true,
    targets: [{ value: 2.0, year: 2024, decision: KF_2023 }, { value: 2.0, year: 2026, decision: KF_2023 }],
    analysis: {
      period: '2024',
      interpretation: 'Efter underskottet 2023, när priser och pensionskostnader steg snabbt, blev det ett litet överskott 2024. Det räcker ännu inte till målet på 2 procent.',
      actions: 'Nämnderna har fått sparkrav för 2025 och investeringarna prövas en gång till innan de startar.',
    },
    kolada: {
      name: 'Årets resultat som andel av skatt och generella statsbidrag, kommun (%)', auspices: 'E',
      description: 'Kommunens resultat för året delat med intäkterna från skatt, generella statsbidrag och utjämning. Källa: SCB.',
      operatingArea: 'Resultaträkning, kommunen', genderSplit: false, hasUnitData: false, perspective: 'Resurser', publicationDate: '2025-08-31',
    },
  },
  {
    id: 'N00090', title: 'Sjukfrånvaro bland kommunens anställda', question: 'Hur mycket är kommunens anställda sjuka?',
    description: 'Hur stor del av den avtalade arbetstiden som kommunens anställda har varit sjukskrivna under året.',
    definition: 'Sammanlagd sjukfrånvarotid under året som andel av den sammanlagda ordinarie arbetstiden, för alla anställda i kommunen.',
    formula: 'sjukfrånvarotimmar / ordinarie arbetstimmar × 100', unit: '%', decimals: 1, direction: 'lägre är bättre', operatingArea: 'Ekonomi',
    source: 'Kommunens årsredovisning via Kolada', attribution: 'Kolada', koladaId: 'N00090', min: 0, max: 30,
    responsible: 'HR-avdelningen', contact: 'hr@exempelkommun.se', frequency: 'årligen', lastUpdated: '2025-03-06', nextUpdate: '2026-03-06',
    related: [], key: false,
    targets: [{ value: 7.0, year: 2026, decision: KF_2023 }],
    analysis: {
      period: '2024',
      interpretation: 'Sjukfrånvaron har minskat sedan toppen under pandemin men är fortfarande högre än före 2020. Kvinnor har högre sjukfrånvaro än män.',
      actions: 'Chefer i äldreomsorgen och förskolan får stöd från företagshälsovården för att tidigt fånga upp upprepad korttidsfrånvaro.',
    },
    kolada: {
      name: 'Sjukfrånvaro bland kommunens anställda, andel (%)', auspices: 'E',
      description: 'Hur stor del av den ordinarie arbetstiden som kommunens anställda varit sjukfrånvarande under året. Källa: kommunernas årsredovisningar, sammanställt av SKR.',
      operatingArea: 'Kommunen, övergripande', genderSplit: true, hasUnitData: false, perspective: 'Resurser', publicationDate: '2025-03-06',
    },
  },
  {
    id: 'N00669', title: 'Invånare som tycker att de har insyn och inflytande', question: 'Kan invånarna påverka kommunens beslut?',
    description: 'Andel av de tillfrågade invånarna som tycker att de har goda möjligheter till insyn i och inflytande över kommunens beslut och verksamheter.',
    definition: 'Andel som svarat ”Mycket bra” eller ”Ganska bra” på frågan om möjligheten till insyn och inflytande i SCB:s medborgarundersökning. ”Vet inte” räknas inte med.',
    formula: 'bra-svar / svar med åsikt × 100', unit: '%', decimals: 0, direction: 'högre är bättre', operatingArea: 'Medborgarinflytande',
    source: 'SCB:s medborgarundersökning via Kolada', attribution: 'Kolada', koladaId: 'N00669',
    responsible: 'Kommunledningskontoret', contact: 'dialog@exempelkommun.se', frequency: 'årligen', lastUpdated: '2025-01-30', nextUpdate: '2026-01-30',
    related: ['N00531'], key: true,
    targets: [{ value: 45, year: 2026, decision: KF_2023 }],
    analysis: {
      period: '2024',
      interpretation: 'Fyra av tio tycker att de har insyn och inflytande. Det är mer än i riket, men de flesta tycker ändå inte att de kan påverka.',
      actions: 'Vi publicerar våra resultat öppet på den här webbplatsen och bjuder in till dialog om varje mått. Det vi hört och gjort redovisas här.',
    },
    kolada: {
      name: 'Medborgarundersökningen - Möjlighet till insyn och inflytande över kommunens beslut, andel (%)', auspices: 'X',
      description: 'Andel av de svarande i SCB:s medborgarundersökning som tycker att invånarna har goda möjligheter till insyn och inflytande över kommunens beslut och verksamheter. Källa: SCB.',
      operatingArea: 'Kommunen, övergripande', genderSplit: true, hasUnitData: false, perspective: 'Kvalitet och resultat', publicationDate: '2025-01-30',
    },
  },
  {
    id: 'EX-MED-01', title: 'Synpunkter som besvaras inom tio arbetsdagar', question: 'Får man snabbt svar när man lämnar en synpunkt?',
    description: 'Andel av de synpunkter och klagomål som invånare lämnar till kommunen som får ett svar inom tio arbetsdagar. Mäts per halvår.',
    definition: 'Synpunkter registrerade i kommunens synpunktshantering där första svaret skickades inom tio arbetsdagar, delat med alla synpunkter som kom in under halvåret. Anonyma synpunkter utan kontaktuppgift räknas inte med.',
    formula: 'besvarade inom 10 arbetsdagar / alla synpunkter × 100', unit: '%', decimals: 0, direction: 'högre är bättre', operatingArea: 'Medborgarinflytande',
    source: 'Exempelkommuns synpunktshantering (export)', attribution: 'Egen',
    responsible: 'Kommunledningskontoret', contact: 'dialog@exempelkommun.se', frequency: 'halvårsvis', lastUpdated: '2025-01-20', nextUpdate: '2025-07-20',
    related: ['N00669'], key: false,
    targets: [{ value: 90, year: 2025, decision: KF_2023 }],
    analysis: {
      period: '2024H2',
      interpretation: 'Allt fler får svar inom tio arbetsdagar sedan vi började mäta 2022. Det är ändå en av sju som får vänta längre.',
      actions: 'Varje förvaltning har nu en ansvarig för synpunkter, och den som väntar får ett besked om när svaret kommer.',
    },
  },
];

// ---------------------------------------------------------------------------------------------------------
// Encoders

/** Windows-1252's characters in 0x80–0x9F; everything else we use maps to itself (Latin-1). */
const CP1252_HIGH = new Map<string, number>([
  ['€', 0x80], ['‚', 0x82], ['ƒ', 0x83], ['„', 0x84], ['…', 0x85], ['†', 0x86], ['‡', 0x87], ['ˆ', 0x88], ['‰', 0x89],
  ['Š', 0x8a], ['‹', 0x8b], ['Œ', 0x8c], ['Ž', 0x8e], ['‘', 0x91], ['’', 0x92], ['“', 0x93], ['”', 0x94], ['•', 0x95],
  ['–', 0x96], ['—', 0x97], ['˜', 0x98], ['™', 0x99], ['š', 0x9a], ['›', 0x9b], ['œ', 0x9c], ['ž', 0x9e], ['Ÿ', 0x9f],
]);

/** Encodes text as Windows-1252, as Swedish Excel saves "CSV (semikolonavgränsad)". */
export function encodeWindows1252(text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const high = CP1252_HIGH.get(ch);
    if (high !== undefined) bytes.push(high);
    else if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes.push(code);
    // The generator's own text is fixed: a character Windows-1252 lacks is a bug in this script.
    else throw new Error(`Cannot encode ${JSON.stringify(ch)} (U+${code.toString(16)}) as Windows-1252`);
  }
  return Buffer.from(bytes);
}

/** RFC 4180 field quoting for the given delimiter. */
function csvField(text: string, delimiter: string): string {
  return text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r')
    ? `"${text.replaceAll('"', '""')}"`
    : text;
}

function csvText(rows: readonly (readonly string[])[], delimiter: string, eol: string): string {
  return rows.map((r) => r.map((c) => csvField(c, delimiter)).join(delimiter)).join(eol) + eol;
}

const BOM = '\uFEFF';

/** Swedish Excel number text: decimal comma, no grouping (Excel's CSV export writes no thousands separator). */
function svNumber(value: number): string {
  return String(value).replace('.', ',');
}

/** Excel date serial (1900 system) of a calendar date, computed in UTC so no time zone can shift it. */
function excelSerial(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

type Cell = string | number | null | XLSX.CellObject;

function sheetFromRows(rows: readonly (readonly Cell[])[], widths?: number[]): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet(rows.map((r) => r.map((c) => (c === null ? null : c))) as unknown[][]);
  if (widths) ws['!cols'] = widths.map((wch) => ({ wch }));
  return ws;
}

function newWorkbook(title: string): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  // Fixed properties: SheetJS writes no other timestamp, so the bytes depend on the content only.
  wb.Props = {
    Title: title,
    Subject: 'Exempeldata för Öppna resultat',
    Author: 'Exempelkommun (påhittad)',
    Company: 'Exempelkommun',
    CreatedDate: WORKBOOK_DATE,
    ModifiedDate: WORKBOOK_DATE,
  };
  return wb;
}

function workbookBytes(wb: XLSX.WorkBook): Buffer {
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}

// ---------------------------------------------------------------------------------------------------------
// Files

export const CATALOGUE_HEADERS = [
  'Mått-id', 'Titel', 'Fråga', 'Vad betyder måttet', 'Definition', 'Formel', 'Enhet', 'Decimaler', 'Riktning',
  'Verksamhetsområde', 'Källa', 'Attribuering', 'Kolada-id', 'Min', 'Max', 'Ansvarig', 'Kontakt',
  'Uppdateringsfrekvens', 'Senast uppdaterad', 'Nästa uppdatering', 'Relaterade mått', 'Nyckelmått',
  'Lättläst', 'Titel (engelska)', 'Fråga (engelska)', 'Vad betyder måttet (engelska)', 'Definition (engelska)', 'Formel (engelska)',
  'Enhet (engelska)', 'Verksamhetsområde (engelska)', 'Uppdateringsfrekvens (engelska)',
] as const;

export const LONG_HEADERS = ['Mått-id', 'Kommunkod', 'Period', 'Kön', 'Värde', 'Status', 'Antal svar', 'Kommentar'] as const;

function dateCell(iso: string): XLSX.CellObject {
  return { t: 'n', v: excelSerial(iso), z: 'yyyy-mm-dd' };
}

function catalogueWorkbook(): Buffer {
  const wb = newWorkbook('Måttkatalog – Exempelkommun (exempeldata)');

  const readme: Cell[][] = [
    ['Läs mig – så fyller du i måttkatalogen (exempeldata)'],
    [EXAMPLE_NOTE],
    [],
    ['1. Bladet Mått har en rad per mått. Rubrikraden får inte ändras, men rader ovanför den går bra.'],
    ['2. Kolada-mått har Koladas id (till exempel N15428). Egna mått får ett eget id, till exempel EX-MIL-01.'],
    ['3. Riktning är ”högre är bättre”, ”lägre är bättre” eller ”neutral”.'],
    ['4. Bladet Mål har en rad per mål: måttets id, målvärdet, målåret och beslutet.'],
    ['5. Bladet Analys har en rad per mått och period med ”Så tolkar vi resultatet” och ”Det här gör vi”.'],
    ['6. Lättläst är en kort text på lättläst svenska som visas först på måttets sida. Korta meningar, vanliga ord.'],
    ['7. Kolumnerna som slutar på (engelska) är texterna för den engelska webbplatsen under /en/. Tomma visas där på svenska.'],
    ['8. Kontrollera filerna med npm run check innan du lämnar dem vidare.'],
    ['Det här bladet läses inte in; kontrollen säger bara att bladet hoppas över.'],
  ];
  XLSX.utils.book_append_sheet(wb, sheetFromRows(readme, [110]), 'Läs mig');

  const rows: Cell[][] = [
    ['Måttkatalog – Exempelkommun (exempeldata)'],
    [EXAMPLE_NOTE],
    [],
    [...CATALOGUE_HEADERS],
  ];
  for (const ind of INDICATORS) {
    rows.push([
      ind.id, ind.title, ind.question, ind.description, ind.definition, ind.formula, ind.unit, ind.decimals, ind.direction,
      ind.operatingArea, ind.source, ind.attribution, ind.koladaId ?? null, ind.min ?? null, ind.max ?? null,
      ind.responsible, ind.contact, ind.frequency, dateCell(ind.lastUpdated), dateCell(ind.nextUpdate),
      ind.related.join(', '), ind.key ? 'ja' : 'nej',
      ind.easyRead ?? null, ind.en?.title ?? null, ind.en?.question ?? null, ind.en?.description ?? null, ind.en?.definition ?? null,
      ind.en?.formula ?? null, ind.en?.unit ?? null, ind.en?.operatingArea ?? null, ind.en?.frequency ?? null,
    ]);
  }
  XLSX.utils.book_append_sheet(wb, sheetFromRows(rows, [11, 40, 40, 50, 50, 30, 14, 10, 16, 20, 30, 16, 10, 6, 8, 26, 28, 14, 14, 14, 24, 11, 60, 40, 40, 50, 50, 30, 14, 24, 14]), 'Mått');

  const targets: Cell[][] = [['Mål per mått – Exempelkommun (exempeldata)'], [], ['Mått-id', 'Mål', 'Målår', 'Beslut']];
  for (const ind of INDICATORS) for (const t of ind.targets) targets.push([ind.id, t.value, t.year, t.decision]);
  XLSX.utils.book_append_sheet(wb, sheetFromRows(targets, [11, 8, 8, 60]), 'Mål');

  const analysis: Cell[][] = [['Analys per mått och period – Exempelkommun (exempeldata)'], [], ['Mått-id', 'Period', 'Så tolkar vi resultatet', 'Det här gör vi']];
  // Periods are text: "2024" typed in Excel would become a number, and "2023/24" could become a date.
  for (const ind of INDICATORS) if (ind.analysis) analysis.push([ind.id, { t: 's', v: ind.analysis.period }, ind.analysis.interpretation, ind.analysis.actions]);
  XLSX.utils.book_append_sheet(wb, sheetFromRows(analysis, [11, 9, 80, 80]), 'Analys');

  return workbookBytes(wb);
}

function unitsWorkbook(): Buffer {
  const wb = newWorkbook('Resultat per enhet – Exempelkommun (exempeldata)');
  const unitName = new Map(UNITS.map((u) => [u.id, u.name]));
  for (const s of unitSheets()) {
    const header: Cell[] = ['Enhets-id', 'Enhetsnamn'];
    if (s.idColumn) header.push('Mått-id');
    // Years as numbers (how Excel users type them), school years as text.
    for (const p of s.periods) header.push(/^\d{4}$/.test(p) ? Number(p) : p);
    const rows: Cell[][] = [[s.title], [EXAMPLE_NOTE], [], header];
    for (const unit of s.units) {
      const row: Cell[] = [unit, unitName.get(unit) ?? unit];
      if (s.idColumn) row.push(s.indicator);
      for (const v of s.values.get(unit) ?? []) {
        if (typeof v === 'string') row.push(v);
        else row.push(s.percentFormat ? { t: 'n', v, z: '0%' } : v);
      }
      rows.push(row);
    }
    rows.push([], [s.source]);
    const widths = [11, 36, ...(s.idColumn ? [11] : []), ...s.periods.map(() => 9)];
    XLSX.utils.book_append_sheet(wb, sheetFromRows(rows, widths), s.sheet);
  }
  return workbookBytes(wb);
}

/** Half-year figures from the complaints system (synpunktshantering), as its export lays them out. */
export const FEEDBACK_EXPORT: readonly { period: string; label: string; share: number; count: number }[] = [
  { period: '2022H1', label: '2022 H1', share: 71, count: 412 },
  { period: '2022H2', label: '2022 H2', share: 74, count: 388 },
  { period: '2023H1', label: '2023 H1', share: 78, count: 455 },
  { period: '2023H2', label: '2023 H2', share: 81, count: 430 },
  { period: '2024H1', label: '2024 H1', share: 84, count: 470 },
  { period: '2024H2', label: '2024 H2', share: 86, count: 446 },
];

/**
 * A system export that fits no built-in layout on its own (its headers are the system's, and the indicator,
 * area and gender are not in it): the mapping sidecar beside it says how to read it.
 */
function feedbackExportWorkbook(): Buffer {
  const wb = newWorkbook('Synpunkter – export från synpunktshanteringen (exempeldata)');
  const rows: Cell[][] = [
    ['Export synpunktshantering – Exempelkommun (exempeldata)'],
    [],
    ['Tidsperiod', 'Andel besvarade i tid', 'Antal synpunkter'],
    ['(halvår)', '(%)', '(st)'],
    ...FEEDBACK_EXPORT.map((r) => [{ t: 's', v: r.label } as XLSX.CellObject, r.share, r.count]),
    ['Summa', null, FEEDBACK_EXPORT.reduce((sum, r) => sum + r.count, 0)],
  ];
  XLSX.utils.book_append_sheet(wb, sheetFromRows(rows, [16, 22, 18]), 'Blad1');
  return workbookBytes(wb);
}

export const FEEDBACK_MAPPING = {
  $schema: '../schemas/mapping.schema.json',
  layout: 'long',
  sheet: 'Blad1',
  headerRow: 3,
  skipRows: [4],
  lastRow: 4 + FEEDBACK_EXPORT.length,
  columns: { period: 'A', value: 'Andel besvarade i tid', n: 'C' },
  constants: { indicator: 'EX-MED-01', area: HOME, gender: 'T' },
};

function areasCsv(): Buffer {
  const rows = [['Kod', 'Namn', 'Typ'], ...AREAS.map((a) => [a.code, a.name, a.type])];
  return Buffer.from(BOM + csvText(rows, ';', '\r\n'), 'utf8');
}

function unitsCsv(): Buffer {
  const rows = [
    ['Enhets-id', 'Namn', 'Typ', 'Huvudman', 'Adress', 'Kommunkod'],
    ...UNITS.map((u) => [u.id, u.name, u.type, u.operator, u.address, HOME]),
  ];
  return Buffer.from(BOM + csvText(rows, ';', '\r\n'), 'utf8');
}

function periodRank(p: string): string {
  // Sortable key across period kinds: year, then the finer part.
  return p.replace('/', 'S');
}

function sortObservations(obs: ExampleObservation[]): ExampleObservation[] {
  const genderOrder = { T: 0, K: 1, M: 2 };
  return [...obs].sort((a, b) =>
    a.indicator.localeCompare(b.indicator, 'en') ||
    (a.area === HOME ? -1 : 0) - (b.area === HOME ? -1 : 0) ||
    a.area.localeCompare(b.area, 'en') ||
    periodRank(a.period).localeCompare(periodRank(b.period), 'en') ||
    genderOrder[a.gender] - genderOrder[b.gender]);
}

function localLongCsv(): Buffer {
  // Swedish Excel pads a title row with delimiters up to the table's width.
  const pad = (text: string) => [text, ...LONG_HEADERS.slice(1).map(() => '')];
  const rows: string[][] = [pad('Egna mått – Exempelkommun (exempeldata, påhittade värden)'), [...LONG_HEADERS]];
  for (const o of sortObservations(localObservations())) {
    const value = o.value === null ? '' : svNumber(o.value) + (o.preliminary ? '*' : '');
    rows.push([o.indicator, o.area, o.period, o.gender, value, o.status ?? '', o.n === undefined ? '' : String(o.n), o.note ?? '']);
  }
  return encodeWindows1252(csvText(rows, ';', '\r\n'));
}

function koladaTitle(id: string): string {
  const ind = INDICATORS.find((i) => i.id === id);
  return ind?.kolada?.name ?? id;
}

function koladaLongCsv(): Buffer {
  const names = new Map(AREAS.map((a) => [a.code, a.name]));
  const rows: string[][] = [['kpi', 'kpi_title', 'municipality_id', 'municipality', 'year', 'gender', 'value']];
  for (const o of sortObservations(koladaCsvObservations())) {
    rows.push([o.indicator, koladaTitle(o.indicator), o.area, names.get(o.area) ?? o.area, o.period, o.gender, o.value === null ? '' : String(o.value)]);
  }
  return Buffer.from(csvText(rows, ',', '\n'), 'utf8');
}

/** Kolada API v2 response: one entry per area and period, inner values per gender (K, M, T as Kolada orders them). */
function koladaApiJson(kpi: string, obs: readonly ExampleObservation[]): Buffer {
  const groups = new Map<string, ExampleObservation[]>();
  for (const o of obs) {
    if (o.indicator !== kpi) continue;
    const key = `${o.area}|${o.period}`;
    const g = groups.get(key);
    if (g) g.push(o);
    else groups.set(key, [o]);
  }
  const keys = [...groups.keys()].sort((a, b) => a.localeCompare(b, 'en'));
  const values = keys.map((key) => {
    const list = groups.get(key) ?? [];
    list.sort((a, b) => a.gender.localeCompare(b.gender, 'en'));
    return {
      kpi,
      municipality: list[0].area,
      period: Number(list[0].period),
      values: list.map((o) => ({ count: 1, gender: o.gender, status: o.value === null ? 'Missing' : '', value: o.value })),
    };
  });
  return Buffer.from(JSON.stringify({ count: values.length, values }) + '\n', 'utf8');
}

function koladaCatalogueCsv(): Buffer {
  const header = ['concept', 'name', 'auspices', 'description', 'definition', 'municipality_type', 'is_divided_by_gender',
    'operating_area', 'ou_publication_date', 'perspective', 'publication_date', 'has_ou_data', 'prel_publication_date'];
  const rows: string[][] = [header];
  const kpis = INDICATORS.filter((i) => i.kolada).sort((a, b) => a.id.localeCompare(b.id, 'en'));
  for (const i of kpis) {
    const k = i.kolada as KoladaMeta;
    rows.push([i.id, k.name, k.auspices, k.description, '', 'K', k.genderSplit ? '1' : '0', k.operatingArea,
      k.hasUnitData ? k.publicationDate : '', k.perspective, k.publicationDate, k.hasUnitData ? 'True' : 'False', '']);
  }
  return Buffer.from(csvText(rows, ',', '\n'), 'utf8');
}

export const SITE_CONFIG = {
  $schema: '../schemas/site.schema.json',
  name: 'Exempelkommun',
  siteName: 'Exempelkommuns resultat',
  exampleData: true,
  municipality: HOME,
  baseUrl: 'https://resultat.exempelkommun.se/',
  colors: { primary: '#1f4e79', accent: '#a4431c' },
  comparison: {
    country: RIKET,
    similar: { name: 'Liknande kommuner', members: [...SIMILAR] },
  },
  feedback: {
    url: 'https://www.exempelkommun.se/tyck-till?matt={id}',
    email: 'tyck-till@exempelkommun.se',
  },
  contact: {
    email: 'resultat@exempelkommun.se',
    phone: '0999-12 34 56',
    url: 'https://www.exempelkommun.se/kontakt',
  },
  accessibility: {
    compliance: 'partial',
    assessedOn: '2025-01-15',
    updatedOn: '2025-01-15',
    method: 'Webbplatsen har granskats av kommunen själv: automatiska tester med axe-core på alla sidmallar, manuella tester med enbart tangentbord, med skärmläsarna NVDA och VoiceOver, i 320 pixlars bredd och med 200 % förstoring.',
    knownIssues: [
      {
        issue: 'Diagrammen för mått med många jämförelseområden kan vara svåra att skilja åt för personer med nedsatt färgseende.',
        reason: 'Linjerna skiljs åt med både färg och direkta etiketter, men etiketterna kan överlappa när värdena ligger nära varandra. Samma uppgifter finns alltid i tabellen under diagrammet.',
        criterion: '1.4.1',
      },
      {
        issue: 'Analystexterna är skrivna av respektive förvaltning och är inte alltid skrivna på lättläst svenska.',
        reason: 'Texterna granskas språkligt vid nästa uppdatering av måtten.',
        criterion: '3.1.5',
      },
    ],
    exempted: [
      'Filer för nedladdning (CSV och Excel) är inte anpassade för skärmläsare utöver rubrikraden; samma uppgifter finns som tabeller på webbplatsen.',
    ],
    outOfScope: [
      'Kartor som bäddas in från tredje part omfattas inte av lagen när de inte används för navigering.',
      'Inspelade webbsändningar från kommunfullmäktige som publicerats före den 23 september 2020.',
    ],
    email: 'tillganglighet@exempelkommun.se',
  },
  licence: 'CC0-1.0',
};

function siteJson(): Buffer {
  return Buffer.from(JSON.stringify(SITE_CONFIG, null, 2) + '\n', 'utf8');
}

/** All example files, by path relative to the repository root, in sorted order. */
export function generateExampleData(): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const koladaJson = koladaJsonObservations();
  const jsonKpis = [...new Set(koladaJson.map((o) => o.indicator))].sort();
  for (const kpi of jsonKpis) files.set(`data/kolada/${kpi}.json`, koladaApiJson(kpi, koladaJson));
  files.set('data/kolada/kolada-export.csv', koladaLongCsv());
  files.set('data/kolada/kpi-katalog.csv', koladaCatalogueCsv());
  files.set('data/matt.xlsx', catalogueWorkbook());
  files.set('data/omraden.csv', areasCsv());
  files.set('data/enheter.csv', unitsCsv());
  files.set('data/resultat-lokala.csv', localLongCsv());
  files.set('data/enheter-resultat.xlsx', unitsWorkbook());
  files.set('data/site.json', siteJson());
  files.set('data/synpunkter-export.xlsx', feedbackExportWorkbook());
  files.set('data/synpunkter-export.xlsx.mapping.json', Buffer.from(JSON.stringify(FEEDBACK_MAPPING, null, 2) + '\n', 'utf8'));
  files.set('data/README.md', Buffer.from(dataReadme(), 'utf8'));
  return new Map([...files.entries()].sort(([a], [b]) => a.localeCompare(b, 'en')));
}

/** Every municipality-level observation the example data holds, for tests and for the README's figures. */
export function allMunicipalityObservations(): ExampleObservation[] {
  return [...koladaJsonObservations(), ...koladaCsvObservations(), ...localObservations()];
}

// ---------------------------------------------------------------------------------------------------------
// data/README.md (Swedish, for controllers)

/** Numbers among the example values (not status symbols), as the check counts them. */
function valueCount(): number {
  const municipal = allMunicipalityObservations().filter((o) => o.value !== null).length;
  const units = unitSheets().reduce((sum, s) => sum + [...s.values.values()].flat().filter((v) => typeof v === 'number').length, 0);
  return municipal + units + FEEDBACK_EXPORT.length;
}

/** Swedish thousands grouping with a no-break space, as the check prints counts. */
function svCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}

const dataReadme = (): string => `# Exempeldata: Exempelkommun

**Allt i den här mappen är påhittat.** Exempelkommun (kommunkod 9999) finns inte, och inte heller
jämförelsekommunerna Exempelby (9991), Provstad (9992) och Testvik (9993), de ${OTHER_MUNICIPALITIES.length} andra kommunerna
(9001–${OTHER_MUNICIPALITIES.at(-1)!.code}, med namn som Exempelvik och Övningsköping), enheterna eller siffrorna.
Filerna visar hur era egna filer ska se ut. Byt ut dem mot era egna och ändra \`site.json\`.

Filerna skapas av \`node scripts/make-example-data.ts\`. Ändra i skriptet, inte i filerna, om du vill ändra
exemplet.

## Filerna

| Fil | Vad den innehåller |
|---|---|
| \`site.json\` | Inställningar för webbplatsen: kommunens namn och kod, adress, jämförelsekommuner, var ”Tyck till” hamnar, kontaktuppgifter, tillgänglighetsredogörelsen, licens och färger. \`"exampleData": true\` gör att varje sida säger att siffrorna är påhittade – ta bort raden när ni publicerar egna siffror. |
| \`matt.xlsx\` | Måttkatalogen. Bladet **Mått** har en rad per mått: id, titel, fråga, vad måttet betyder, definition, enhet, riktning, verksamhetsområde, källa, ansvarig med mera, en kort text på lättläst svenska (**Lättläst**) och, för några mått, texterna på engelska (kolumnerna som slutar på ”(engelska)”). Bladet **Mål** har målvärden med målår och beslut. Bladet **Analys** har texterna ”Så tolkar vi resultatet” och ”Det här gör vi” per mått och period. Bladet **Läs mig** läses inte in. |
| \`omraden.csv\` | Områden: riket (0000), den egna kommunen, jämförelsekommunerna och landets övriga (påhittade) kommuner. Kolumner \`Kod;Namn;Typ\`. |
| \`enheter.csv\` | Enheter: skolor, förskolor och äldreboenden. Kolumner \`Enhets-id;Namn;Typ;Huvudman;Adress;Kommunkod\`. |
| \`resultat-lokala.csv\` | Kommunens egna mått i långt format, så som svenska Excel sparar ”CSV (semikolonavgränsad)”: semikolon, decimalkomma, teckenkodning Windows-1252. Kontrollen varnar för att filen inte är UTF-8; det är bara en upplysning. |
| \`enheter-resultat.xlsx\` | Resultat per enhet i brett format: ett blad per mått, en rad per enhet och en kolumn per år eller läsår. |
| \`synpunkter-export.xlsx\` | En export från synpunktshanteringen som inte följer något av formaten ovan: rubrikerna är systemets egna och mått, kommun och kön står inte i filen. |
| \`synpunkter-export.xlsx.mapping.json\` | Talar om hur exporten ska läsas: vilket blad, vilken rad som är rubrikrad, vilka rader som ska hoppas över, vilka kolumner som är period, värde och antal, och vilket mått, vilken kommun och vilket kön alla rader gäller. |
| \`kolada/*.json\` | Kolada-mått i samma form som Koladas API ger dem (en fil per mått). Tre av dem (N15428, N31807 och N15008) har värden för alla kommuner, så att sidorna kan visa var Exempelkommun står bland alla kommuner. |
| \`kolada/kolada-export.csv\` | Fler Kolada-mått i Koladas långa CSV-format (komma, decimalpunkt). |
| \`kolada/kpi-katalog.csv\` | Koladas beskrivning av de Kolada-mått som används, i Koladas katalogformat. |

## Så lägger du till ett mått

1. Lägg till en rad i bladet **Mått** i \`matt.xlsx\`. Ett Kolada-mått har Koladas id (till exempel
   \`N15428\`); ett eget mått får ett eget id med bokstäver, siffror och bindestreck (till exempel \`EX-MIL-03\`).
2. Fyll i **Enhet** (%, kr, antal, dagar …), **Decimaler** och **Riktning** (\`högre är bättre\`,
   \`lägre är bättre\` eller \`neutral\`).
3. Lägg in värdena: antingen som rader i en lång fil (som \`resultat-lokala.csv\`: en rad per mått, område,
   period och kön) eller som ett blad i en bred fil (som \`enheter-resultat.xlsx\`: en kolumn per period).
   Kolada-mått kan också läggas in som filer hämtade från Koladas API.
4. Lägg gärna till ett mål i bladet **Mål** och en analys för senaste perioden i bladet **Analys**.
5. Kör kontrollen (se nedan).

## Kontrollera filerna

\`\`\`sh
npm run check                          # kontrollerar data/
npm run check -- --data ../nya-filer   # kontrollerar en annan mapp
\`\`\`

Om allt är rätt skrivs till exempel \`OK: ${INDICATORS.length} mått, ${svCount(valueCount())} värden\`. Annars listas varje problem med fil, blad
och cell, vad som stod där, vad som förväntades och hur du rättar det. Fel stoppar publiceringen;
varningar gör det inte.

## Perioder

| Skriv | Betyder |
|---|---|
| \`2024\` | år |
| \`2023/24\` | läsår |
| \`2024H1\` | halvår |
| \`2024Q1\` | kvartal |
| \`2024-03\` | månad |

## Tecken för värden som saknas

Ett värde som saknas är aldrig 0. Lämna värdet tomt, eller skriv ett av tecknen nedan i värdet eller i
kolumnen Status:

| Tecken | Betyder |
|---|---|
| \`-\` | bortfall: uppgiften saknas (till exempel att enkäten inte gjordes) |
| \`.\` | ej tillämpligt: uppgiften kan inte finnas (till exempel behörighet för en skola utan årskurs 9) |
| \`..\` | sekretess eller för få svar för att redovisas |
| tomt | uppgiften saknas |

Ett preliminärt värde markeras med en stjärna efter talet, till exempel \`6*\`.

Kommunkoder skrivs som text med fyra siffror: \`0000\` för riket, \`0182\` för Nacka. Om Excel tar bort den
inledande nollan säger kontrollen till.
`;

// ---------------------------------------------------------------------------------------------------------
// Entry point

function main(): void {
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const outArg = process.argv[2];
  const outRoot = outArg ? resolve(outArg) : repoRoot;
  const files = generateExampleData();
  for (const [path, bytes] of files) {
    const target = join(outRoot, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
  console.log(`Wrote ${files.size} files under ${join(outRoot, 'data')}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
