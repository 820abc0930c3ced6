import type { Unit } from '../model/types.gen.ts';
import { emptyNormalised, type KoladaKpi, type Normalised } from './Normalised.ts';

// Kolada API v2 metadata responses, as `npm run kolada` saves them beside the data:
//   /v2/kpi/…            {"values":[{"id","title","description","operating_area","is_divided_by_gender","has_ou_data",…}]}
//   /v2/ou?municipality= {"values":[{"id","municipality","title"}]}
// A KPI list describes Kolada ids like Kolada's catalogue CSV does; a unit list names the units
// whose values Kolada has. Entries that are neither are json-shape problems at their pointer.

type Entry = Record<string, unknown>;

const isEntry = (v: unknown): v is Entry => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/** A metadata response: entries with an "id" and a "title" and no "kpi" (which data values have). */
export function isKoladaEntityList(values: readonly unknown[]): boolean {
  const first = values[0];
  return isEntry(first) && 'id' in first && 'title' in first && !('kpi' in first);
}

export function normaliseKoladaEntities(values: readonly unknown[], file: string): Normalised {
  const out = emptyNormalised();
  values.forEach((item, i) => {
    const pointer = `/values/${i}`;
    const id = isEntry(item) ? text(item.id) : undefined;
    const title = isEntry(item) ? text(item.title) : undefined;
    if (!isEntry(item) || id === undefined || title === undefined) {
      const sv = 'posten saknar "id" eller "title"';
      out.findings.push({ code: 'json-shape', file, pointer, params: { detail: sv, 'detail@sv': sv, 'detail@en': 'the entry lacks "id" or "title"' } });
      return;
    }
    const source = { file, pointer };
    if ('municipality' in item) {
      const unit: Unit = { id, name: title, metadata: source };
      const area = text(item.municipality);
      if (area !== undefined && /^\d{4}$/.test(area)) unit.area = area;
      out.units.push(unit);
      return;
    }
    const kpi: KoladaKpi = {
      id,
      title,
      genderSplit: item.is_divided_by_gender === 1 || item.is_divided_by_gender === true,
      hasUnitData: item.has_ou_data === true,
      source,
    };
    const description = text(item.description);
    if (description !== undefined) kpi.description = description;
    const operatingArea = text(item.operating_area);
    if (operatingArea !== undefined) kpi.operatingArea = operatingArea;
    const publicationDate = text(item.publication_date);
    if (publicationDate !== undefined) kpi.publicationDate = publicationDate;
    out.koladaKpis.push(kpi);
  });
  return out;
}
