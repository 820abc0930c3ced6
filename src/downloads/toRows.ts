import type { Area, Indicator, Observation, Unit } from '../model/types.gen.ts';
import { comparePeriods } from '../model/comparePeriods.ts';
import { STATUS_SYMBOLS, type DownloadRow } from './columns.ts';

const GENDER_ORDER: Record<string, number> = { T: 0, K: 1, M: 2 };

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Compare rows deterministically: areas before units, then by code/id, period (chronological),
 * gender (T, K, M). Input order never matters, so two builds give the same bytes.
 */
export type RowKey = Pick<DownloadRow, 'areaCode' | 'unitId' | 'period' | 'gender'>;

export function compareRows(a: RowKey, b: RowKey): number {
  const kindA = a.unitId === '' ? 0 : 1;
  const kindB = b.unitId === '' ? 0 : 1;
  return (
    kindA - kindB ||
    compareText(a.areaCode, b.areaCode) ||
    compareText(a.unitId, b.unitId) ||
    comparePeriods(a.period, b.period) ||
    (GENDER_ORDER[a.gender] ?? 9) - (GENDER_ORDER[b.gender] ?? 9) ||
    compareText(a.gender, b.gender)
  );
}

/** One download row per observation of the indicator, sorted (see compareRows). */
export function toRows(
  indicator: Indicator,
  observations: readonly Observation[],
  areas: readonly Area[],
  units: readonly Unit[],
): DownloadRow[] {
  const areaNames = new Map(areas.map((a) => [a.code, a.name]));
  const unitNames = new Map(units.map((u) => [u.id, u.name]));
  const rows = observations
    .filter((o) => o.indicator === indicator.id)
    .map((o): DownloadRow => {
      const status = o.value === null && o.status ? STATUS_SYMBOLS[o.status] : undefined;
      return {
        indicatorId: indicator.id,
        indicatorTitle: indicator.title,
        areaCode: o.area ?? '',
        unitId: o.unit ?? '',
        name: (o.unit !== undefined ? unitNames.get(o.unit) : o.area !== undefined ? areaNames.get(o.area) : undefined) ?? '',
        period: o.period,
        gender: o.gender,
        value: typeof o.value === 'number' && Number.isFinite(o.value) ? o.value : null,
        statusSymbol: status?.symbol ?? '',
        status: status?.word ?? '',
        n: o.n ?? null,
        preliminary: o.preliminary ? 'ja' : '',
        note: o.note ?? '',
        sourceFile: o.source?.file ?? '',
        sourceSheet: o.source?.sheet ?? '',
        sourceCell: o.source?.cell ?? '',
      };
    });
  return rows.sort(compareRows);
}
