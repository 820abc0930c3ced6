import type { Observation, Provenance } from '../model/types.gen.ts';

/**
 * Observations as the import cache stores them: a column per member, texts that repeat (ids,
 * periods, files) held once in `strings` and named by number. V8 serialises an array of objects
 * member by member and makes every object, and every copy of every text, again when it reads it:
 * a country's 5.4 million values took ~16 s and ~2.3 GB to read back that way, and ~7 s and
 * ~1.5 GB as columns (most of what is left is making the objects themselves).
 */
export interface PackedObservations {
  /** The texts that repeat; index 0 stands for "absent", so a text's number is its index + 1. */
  strings: string[];
  indicator: Uint32Array;
  area: Uint32Array;
  unit: Uint32Array;
  period: Uint32Array;
  status: Uint32Array;
  note: Uint32Array;
  file: Uint32Array;
  sheet: Uint32Array;
  gender: Uint8Array;
  /** VALUE_NULL, HAS_N and PRELIMINARY by row. */
  flags: Uint8Array;
  value: Float64Array;
  n: Float64Array;
  /**
   * Texts of their own on nearly every row (HAS_CELL, HAS_POINTER), one after another in one string,
   * each ending at its row's offset: V8 reads one string back far faster than millions of small ones.
   */
  cells: string;
  cellEnd: Uint32Array;
  pointers: string;
  pointerEnd: Uint32Array;
}

const GENDERS = ['T', 'K', 'M'] as const;
const GENDER_INDEX = { T: 0, K: 1, M: 2 } as const;
const VALUE_NULL = 1;
const HAS_N = 2;
const PRELIMINARY = 4;
const HAS_CELL = 8;
const HAS_POINTER = 16;
const POOLED = ['indicator', 'area', 'unit', 'period', 'status', 'note', 'file', 'sheet'] as const;

export function packObservations(observations: readonly Observation[]): PackedObservations {
  const count = observations.length;
  const strings: string[] = [];
  const numbers = new Map<string, number>();
  const number = (text: string | undefined): number => {
    if (text === undefined) return 0;
    let i = numbers.get(text);
    if (i === undefined) numbers.set(text, (i = strings.push(text)));
    return i;
  };
  const cells: string[] = [];
  const pointers: string[] = [];
  let cellEnd = 0;
  let pointerEnd = 0;
  const packed: PackedObservations = {
    strings,
    indicator: new Uint32Array(count),
    area: new Uint32Array(count),
    unit: new Uint32Array(count),
    period: new Uint32Array(count),
    status: new Uint32Array(count),
    note: new Uint32Array(count),
    file: new Uint32Array(count),
    sheet: new Uint32Array(count),
    gender: new Uint8Array(count),
    flags: new Uint8Array(count),
    value: new Float64Array(count),
    n: new Float64Array(count),
    cells: '',
    cellEnd: new Uint32Array(count),
    pointers: '',
    pointerEnd: new Uint32Array(count),
  };
  for (let i = 0; i < count; i++) {
    const o = observations[i];
    packed.indicator[i] = number(o.indicator);
    packed.area[i] = number(o.area);
    packed.unit[i] = number(o.unit);
    packed.period[i] = number(o.period);
    packed.status[i] = number(o.status);
    packed.note[i] = number(o.note);
    packed.file[i] = number(o.source.file);
    packed.sheet[i] = number(o.source.sheet);
    packed.gender[i] = GENDER_INDEX[o.gender];
    const { cell, pointer } = o.source;
    packed.flags[i] = (o.value === null ? VALUE_NULL : 0) | (o.n !== undefined ? HAS_N : 0) | (o.preliminary ? PRELIMINARY : 0) | (cell !== undefined ? HAS_CELL : 0) | (pointer !== undefined ? HAS_POINTER : 0);
    packed.value[i] = o.value ?? 0;
    packed.n[i] = o.n ?? 0;
    if (cell !== undefined) cellEnd += cells[cells.push(cell) - 1].length;
    if (pointer !== undefined) pointerEnd += pointers[pointers.push(pointer) - 1].length;
    packed.cellEnd[i] = cellEnd;
    packed.pointerEnd[i] = pointerEnd;
  }
  packed.cells = cells.join('');
  packed.pointers = pointers.join('');
  return packed;
}

/**
 * The observations again, each with the members it was packed with and no others, made as the
 * normaliser makes them (the same object shapes, so later stages run as they do on a fresh import).
 * Undefined when `packed` is not what packObservations makes (a damaged or foreign entry: a miss).
 */
export function unpackObservations(packed: unknown): Observation[] | undefined {
  if (!isPacked(packed)) return undefined;
  const { strings, indicator, area, unit, period, status, note, file, sheet, gender, flags, value, n, cells, cellEnd, pointers, pointerEnd } = packed;
  // Index 0 is "absent"; a number past the end reads as absent too, and fails validation downstream.
  const text = [undefined, ...strings];
  const out: Observation[] = new Array(indicator.length);
  let cellStart = 0;
  let pointerStart = 0;
  for (let i = 0; i < out.length; i++) {
    const f = flags[i];
    const source: Provenance = { file: text[file[i]]! };
    if (sheet[i] !== 0) source.sheet = text[sheet[i]];
    if (f & HAS_CELL) source.cell = cells.slice(cellStart, cellEnd[i]);
    if (f & HAS_POINTER) source.pointer = pointers.slice(pointerStart, pointerEnd[i]);
    cellStart = cellEnd[i];
    pointerStart = pointerEnd[i];
    const v = f & VALUE_NULL ? null : value[i];
    const g = GENDERS[gender[i]];
    const obs: Observation = area[i] !== 0
      ? { indicator: text[indicator[i]]!, area: text[area[i]], period: text[period[i]]!, gender: g, value: v, source }
      : { indicator: text[indicator[i]]!, unit: text[unit[i]], period: text[period[i]]!, gender: g, value: v, source };
    if (status[i] !== 0) obs.status = text[status[i]] as Observation['status'];
    if (f & HAS_N) obs.n = n[i];
    if (f & PRELIMINARY) obs.preliminary = true;
    if (note[i] !== 0) obs.note = text[note[i]];
    out[i] = obs;
  }
  return out;
}

function isPacked(v: unknown): v is PackedObservations {
  if (typeof v !== 'object' || v === null) return false;
  const p = v as Record<string, unknown>;
  const count = (p.indicator as Uint32Array | undefined)?.length;
  if (!Array.isArray(p.strings) || !p.strings.every((s) => typeof s === 'string') || count === undefined) return false;
  const columns: [string, new (n: number) => ArrayLike<number>][] = [...POOLED.map((k) => [k, Uint32Array] as [string, typeof Uint32Array]), ['gender', Uint8Array], ['flags', Uint8Array], ['value', Float64Array], ['n', Float64Array]];
  const ends = (texts: unknown, end: unknown) => typeof texts === 'string' && end instanceof Uint32Array && end.length === count && (count === 0 || end[count - 1] === texts.length) && end.every((e, i) => i === 0 || e >= end[i - 1]);
  return (
    columns.every(([k, type]) => p[k] instanceof type && (p[k] as ArrayLike<number>).length === count) &&
    ends(p.cells, p.cellEnd) &&
    ends(p.pointers, p.pointerEnd) &&
    (p.gender as Uint8Array).every((g) => g < GENDERS.length)
  );
}
