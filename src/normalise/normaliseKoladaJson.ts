import type { Observation } from '../model/types.gen.ts';
import type { Finding } from '../problems/Finding.ts';
import { emptyNormalised, type Normalised } from './Normalised.ts';
import { isKoladaEntityList, normaliseKoladaEntities } from './normaliseKoladaEntities.ts';
import { parseGender } from './parseGender.ts';
import { parsePeriodText } from './parsePeriod.ts';

// Kolada API v2 data responses (metadata responses: normaliseKoladaEntities.ts):
// {"count":N,"values":[{"kpi","municipality"|"ou","period","values":[{"count","gender","status","value"}]}]}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** One observation per inner value; anything not shaped like Kolada's response is json-shape at its pointer. */
export function normaliseKoladaJson(data: unknown, file: string): Normalised {
  const out = emptyNormalised();
  const shape = (pointer: string, sv: string, en: string, value?: unknown) => {
    const f: Finding = { code: 'json-shape', file, pointer, params: { detail: sv, 'detail@sv': sv, 'detail@en': en } };
    if (value !== undefined) f.value = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
    out.findings.push(f);
  };
  if (!isObject(data) || !Array.isArray(data.values)) {
    shape('', 'listan "values" saknas', 'the list "values" is missing');
    return out;
  }
  // A KPI or unit list (`npm run kolada` saves both) rather than data values.
  if (isKoladaEntityList(data.values)) return normaliseKoladaEntities(data.values, file);
  const periods = new Map<string, string | undefined>();
  const values = data.values;
  for (let i = 0; i < values.length; i++) {
    const item = values[i];
    const at = `/values/${i}`;
    if (!isObject(item)) {
      shape(at, 'posten är inget objekt', 'the entry is not an object', item);
      continue;
    }
    const { kpi, municipality, ou, period } = item;
    if (typeof kpi !== 'string' || kpi === '') {
      shape(at + '/kpi', '"kpi" saknas eller är inte text', '"kpi" is missing or not text', kpi);
      continue;
    }
    const area = typeof municipality === 'string' && municipality !== '' ? municipality : undefined;
    const unit = typeof ou === 'string' && ou !== '' ? ou : undefined;
    if ((area === undefined) === (unit === undefined)) {
      shape(at, 'posten ska ha antingen "municipality" eller "ou"', 'the entry must have either "municipality" or "ou"');
      continue;
    }
    if (typeof period !== 'number' && typeof period !== 'string') {
      shape(at + '/period', '"period" saknas', '"period" is missing', period);
      continue;
    }
    const periodKey = String(period);
    let canonical = periods.get(periodKey);
    if (canonical === undefined && !periods.has(periodKey)) {
      canonical = parsePeriodText(periodKey);
      periods.set(periodKey, canonical);
    }
    if (canonical === undefined) {
      out.findings.push({ code: 'period-format', file, pointer: at + '/period', value: periodKey });
      continue;
    }
    if (!Array.isArray(item.values)) {
      shape(at + '/values', '"values" saknas eller är ingen lista', '"values" is missing or not a list');
      continue;
    }
    const inner = item.values;
    // The first place of each id, for validation to point at when it is unknown.
    if (!out.keyCells.indicator.has(kpi)) out.keyCells.indicator.set(kpi, { file, pointer: at + '/kpi' });
    if (area !== undefined && !out.keyCells.area.has(area)) out.keyCells.area.set(area, { file, pointer: at + '/municipality' });
    if (unit !== undefined && !out.keyCells.unit.has(unit)) out.keyCells.unit.set(unit, { file, pointer: at + '/ou' });
    for (let j = 0; j < inner.length; j++) {
      const v = inner[j];
      const pointer = `${at}/values/${j}`;
      if (!isObject(v)) {
        shape(pointer, 'värdet är inget objekt', 'the value is not an object', v);
        continue;
      }
      const gender = typeof v.gender === 'string' ? parseGender(v.gender) : undefined;
      if (gender === undefined) {
        out.findings.push({ code: 'gender-code', file, pointer: pointer + '/gender', value: String(v.gender) });
        continue;
      }
      const value = v.value;
      if (value !== null && value !== undefined && (typeof value !== 'number' || !Number.isFinite(value))) {
        shape(pointer + '/value', '"value" är inget tal', '"value" is not a number', value);
        continue;
      }
      const status = typeof v.status === 'string' ? v.status : '';
      const obs: Observation = area !== undefined
        ? { indicator: kpi, area, period: canonical, gender, value: null, source: { file, pointer } }
        : { indicator: kpi, unit: unit!, period: canonical, gender, value: null, source: { file, pointer } };
      if (typeof value === 'number' && status !== 'Missing') obs.value = value;
      else obs.status = 'missing';
      // Kolada's count: the number of units or areas behind the figure.
      if (typeof v.count === 'number' && Number.isInteger(v.count) && v.count >= 0) obs.n = v.count;
      out.observations.push(obs);
    }
  }
  return out;
}
