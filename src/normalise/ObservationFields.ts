import type { Cell } from '../read/RawTable.ts';
import type { AreaDirectory } from './AreaDirectory.ts';
import type { KeyCells } from './Normalised.ts';
import { cellText } from './cellText.ts';
import { cleanText } from './cleanText.ts';
import { parseAreaCode } from './parseAreaCode.ts';
import { parseGender, type Gender } from './parseGender.ts';
import { parsePeriod } from './parsePeriod.ts';
import type { TableScope } from './TableScope.ts';

// Readers for the key fields of an observation row. Each caches by the cell's
// text, because a long table repeats the same few ids, areas and periods a
// million times: the work (and any regex) happens once per distinct text.
// Each also remembers the last text it read: sorted exports repeat the row
// above, and comparing with it is cheaper than hashing the text for the map.

function isSpace(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 0xa0 || ch === 0x202f;
}

type IdResult = { id: string; trimmed: boolean; control: boolean } | null;
type AreaCached = { ok: true; code: string } | { ok: false; code: 'area-code' | 'unknown-area'; hint: string } | null;

export class ObservationFields {
  private readonly scope: TableScope;
  private readonly areas: AreaDirectory;
  private readonly ids: Record<'indicator' | 'unit', Map<string, IdResult>> = { indicator: new Map(), unit: new Map() };
  private readonly areaCache = new Map<string, AreaCached>();
  private readonly periods = new Map<string, string | null>();
  private readonly genders = new Map<string, Gender | null>();
  private readonly lastId: Record<'indicator' | 'unit', { text: string | undefined; result: IdResult }> = {
    indicator: { text: undefined, result: null },
    unit: { text: undefined, result: null },
  };
  private readonly lastArea: { text: string | undefined; result: AreaCached } = { text: undefined, result: null };
  private readonly lastPeriod: { text: string | undefined; period: string | undefined } = { text: undefined, period: undefined };
  private readonly lastPeriodNumber: { v: number; z: string | undefined; period: string | undefined } = { v: Number.NaN, z: undefined, period: undefined };
  private readonly lastGender: { text: string | undefined; gender: Gender | undefined } = { text: undefined, gender: undefined };

  constructor(scope: TableScope, areas: AreaDirectory) {
    this.scope = scope;
    this.areas = areas;
  }

  private missing(field: string, r: number, c: number): undefined {
    this.scope.report('missing-cell', r, c, undefined, { field });
    return undefined;
  }

  private errorCell(cell: Cell, r: number, c: number): boolean {
    if (cell !== null && typeof cell === 'object' && cell.t === 'e') {
      this.scope.report('formula-error-cell', r, c, cell.w);
      return true;
    }
    return false;
  }

  /** Notes the first cell holding an id or code (KeyCells), for validation to point at. */
  private keyCell(field: keyof KeyCells, id: string, r: number, c: number): void {
    const cells = this.scope.out.keyCells[field];
    if (!cells.has(id)) cells.set(id, this.scope.source(r, c));
  }

  /** An indicator or unit id: trimmed text (warned when it had spaces). */
  id(field: 'indicator' | 'unit', cell: Cell, r: number, c: number): string | undefined {
    if (typeof cell !== 'string') {
      if (cell === null) return this.missing(field, r, c);
      if (this.errorCell(cell, r, c)) return undefined;
      const text = cellText(cell).trim();
      if (text === '') return this.missing(field, r, c);
      this.keyCell(field, text, r, c);
      return text;
    }
    const last = this.lastId[field];
    let result: IdResult | undefined;
    if (cell === last.text) result = last.result;
    else {
      result = this.ids[field].get(cell);
      if (result === undefined) {
        const clean = cleanText(cell);
        result = clean.text === '' ? null : { id: clean.text, trimmed: clean.trimmed, control: clean.controlRemoved };
        this.ids[field].set(cell, result);
        if (result) this.keyCell(field, result.id, r, c);
      }
      last.text = cell;
      last.result = result;
    }
    if (result === null) return this.missing(field, r, c);
    if (result.trimmed) this.scope.report('trailing-space', r, c, cell);
    if (result.control) this.scope.report('control-character', r, c, cell);
    return result.id;
  }

  area(cell: Cell, r: number, c: number): string | undefined {
    let result: AreaCached | undefined;
    if (typeof cell === 'string') {
      if (cell === this.lastArea.text) result = this.lastArea.result;
      else {
        result = this.areaCache.get(cell);
        if (result === undefined) {
          const parsed = parseAreaCode(cell, this.areas);
          result = parsed.ok ? parsed : parsed.code === 'missing' ? null : parsed.code === 'area-code' ? parsed : { ok: false, code: 'unknown-area', hint: '' };
          this.areaCache.set(cell, result);
          if (result?.ok) this.keyCell('area', result.code, r, c);
        }
        this.lastArea.text = cell;
        this.lastArea.result = result;
      }
    } else {
      if (cell !== null && this.errorCell(cell, r, c)) return undefined;
      const parsed = parseAreaCode(cell, this.areas);
      result = parsed.ok ? parsed : parsed.code === 'missing' ? null : parsed.code === 'area-code' ? parsed : { ok: false, code: 'unknown-area', hint: '' };
      if (result?.ok) this.keyCell('area', result.code, r, c);
    }
    if (result === null) return this.missing('area', r, c);
    if (result.ok) {
      if (typeof cell === 'string' && (isSpace(cell.charCodeAt(0)) || isSpace(cell.charCodeAt(cell.length - 1)))) this.scope.report('trailing-space', r, c, cell);
      return result.code;
    }
    if (result.code === 'area-code') this.scope.report('area-code', r, c, cellText(cell), { hint: result.hint });
    else this.scope.report('unknown-area', r, c, cellText(cell).trim());
    return undefined;
  }

  period(cell: Cell, r: number, c: number): string | undefined {
    let period: string | undefined;
    if (typeof cell === 'string') {
      if (cell === this.lastPeriod.text) period = this.lastPeriod.period;
      else {
        // One lookup per cell: null caches "not a period".
        const cached = this.periods.get(cell);
        if (cached !== undefined) period = cached ?? undefined;
        else {
          period = parsePeriod(cell);
          this.periods.set(cell, period ?? null);
        }
        this.lastPeriod.text = cell;
        this.lastPeriod.period = period;
      }
      if (period === undefined && cell.trim() === '') return this.missing('period', r, c);
    } else {
      if (cell === null) return this.missing('period', r, c);
      if (this.errorCell(cell, r, c)) return undefined;
      // A year typed as a number (2024): the same value and format as the row above gives the same
      // period, and the same string, so observations share it.
      const last = this.lastPeriodNumber;
      if (cell.t === 'n' && cell.v === last.v && cell.z === last.z) period = last.period;
      else {
        period = parsePeriod(cell, this.scope.table.date1904);
        if (cell.t === 'n') {
          last.v = cell.v;
          last.z = cell.z;
          last.period = period;
        }
      }
    }
    if (period === undefined) this.scope.report('period-format', r, c, cellText(cell));
    return period;
  }

  /** Gender; an empty cell is the total (T), as in exports that only split some rows. */
  gender(cell: Cell, r: number, c: number): Gender | undefined {
    if (cell === null) return 'T';
    if (typeof cell !== 'string') {
      if (this.errorCell(cell, r, c)) return undefined;
      this.scope.report('gender-code', r, c, cellText(cell));
      return undefined;
    }
    let gender: Gender | undefined;
    if (cell === this.lastGender.text) gender = this.lastGender.gender;
    else {
      const cached = this.genders.get(cell);
      if (cached !== undefined) gender = cached ?? undefined;
      else {
        gender = cell.trim() === '' ? 'T' : parseGender(cell);
        this.genders.set(cell, gender ?? null);
      }
      this.lastGender.text = cell;
      this.lastGender.gender = gender;
    }
    if (gender === undefined) this.scope.report('gender-code', r, c, cell);
    return gender;
  }
}
