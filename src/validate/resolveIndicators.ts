import type { Indicator, Provenance } from '../model/types.gen.ts';
import type { AnalysisRow, IndicatorDraft, KoladaKpi, TargetRow } from '../normalise/Normalised.ts';
import type { Finding } from '../problems/Finding.ts';
import { schemaDetail } from './ajvMessage.ts';
import { at, describePlace } from './place.ts';
import { validateIndicator } from './schemas.ts';

/** Operating area for measures whose catalogue row names none. */
const FALLBACK_OPERATING_AREA = 'Övrigt';

export interface IndicatorResolution {
  /** Published indicators by id. */
  byId: Map<string, Indicator>;
  /** Observation indicator id → published id (a Kolada id maps to the local id that names it). */
  resolve(id: string): string | undefined;
  findings: Finding[];
}

/**
 * Kolada titles carry the unit ("…, andel (%)", "…, kr/inv"); used only for
 * Kolada KPIs that the municipality's own catalogue does not describe.
 */
export function unitFromKoladaTitle(title: string): string {
  if (/\(%\)|andel|procent/i.test(title)) return '%';
  if (/kr\/inv/i.test(title)) return 'kr/inv';
  if (/\bkr\b/i.test(title)) return 'kr';
  if (/dagar/i.test(title)) return 'dagar';
  if (/antal/i.test(title)) return 'antal';
  return 'värde';
}

function defaultAttribution(d: IndicatorDraft, kpi: KoladaKpi | undefined): Indicator['attribution'] {
  if (d.attribution) return d.attribution;
  return kpi && (d.source === undefined || /kolada/i.test(d.source)) ? 'kolada' : 'local';
}

/** Complete a catalogue draft with defaults and what Kolada's catalogue knows. */
function complete(draft: IndicatorDraft, kpi: KoladaKpi | undefined): Indicator {
  const { relatedSource: _, ...d } = draft;
  const unit = d.unit ?? (kpi ? unitFromKoladaTitle(kpi.title) : 'värde');
  const ind: Indicator = {
    ...d,
    id: d.id,
    title: d.title ?? kpi?.title ?? d.id,
    unit,
    decimals: d.decimals ?? (unit === '%' ? 1 : 0),
    direction: d.direction ?? 'neutral',
    operatingArea: d.operatingArea ?? kpi?.operatingArea ?? FALLBACK_OPERATING_AREA,
    attribution: defaultAttribution(d, kpi),
    targets: [...(d.targets ?? [])],
    analysis: [...(d.analysis ?? [])],
    related: [...(d.related ?? [])],
    metadata: d.metadata,
  };
  if (ind.description === undefined && kpi?.description) ind.description = kpi.description;
  if (ind.source === undefined && kpi) ind.source = 'Kolada';
  return ind;
}

/** An indicator made from Kolada's catalogue alone, for Kolada data the local catalogue does not list. */
function fromKolada(kpi: KoladaKpi): Indicator {
  const unit = unitFromKoladaTitle(kpi.title);
  const ind: Indicator = {
    id: kpi.id,
    title: kpi.title,
    unit,
    decimals: unit === '%' ? 1 : 0,
    direction: 'neutral',
    operatingArea: kpi.operatingArea ?? FALLBACK_OPERATING_AREA,
    attribution: 'kolada',
    koladaId: kpi.id,
    source: 'Kolada',
    targets: [],
    analysis: [],
    related: [],
    metadata: kpi.source,
  };
  if (kpi.description) ind.description = kpi.description;
  return ind;
}

/**
 * Builds the published indicators from the local catalogue, Kolada's catalogue,
 * target rows and analysis rows, and says which id each observation belongs to.
 * Kolada KPIs are published only when data for them exists (`usedIds`).
 */
export function resolveIndicators(
  drafts: IndicatorDraft[],
  koladaKpis: KoladaKpi[],
  targets: TargetRow[],
  analysis: AnalysisRow[],
  usedIds: Set<string>,
): IndicatorResolution {
  const findings: Finding[] = [];
  const kolada = new Map<string, KoladaKpi>();
  for (const k of koladaKpis) if (!kolada.has(k.id)) kolada.set(k.id, k);

  const byId = new Map<string, Indicator>();
  const byKoladaId = new Map<string, string>();
  /** Where each indicator's related ids were listed: the cell to name when one is unknown. */
  const relatedSources = new Map<string, Provenance>();
  for (const d of drafts) {
    const existing = byId.get(d.id);
    if (existing) {
      findings.push({ code: 'duplicate-indicator', ...at(d.metadata), value: d.id, params: { otherPlace: describePlace(existing.metadata) } });
      continue;
    }
    const ind = complete(d, kolada.get(d.koladaId ?? d.id));
    byId.set(ind.id, ind);
    if (d.relatedSource) relatedSources.set(ind.id, d.relatedSource);
    if (ind.koladaId && ind.koladaId !== ind.id) byKoladaId.set(ind.koladaId, ind.id);
  }

  const resolve = (id: string): string | undefined => {
    if (byId.has(id)) return id;
    const local = byKoladaId.get(id);
    if (local) return local;
    const kpi = kolada.get(id);
    if (kpi) {
      byId.set(id, fromKolada(kpi));
      return id;
    }
    return undefined;
  };
  for (const id of [...usedIds].sort()) resolve(id);

  const example = [...byId.keys()].sort()[0] ?? 'N15428';
  for (const t of targets) {
    const id = resolve(t.indicator);
    if (!id) {
      findings.push({ code: 'unknown-indicator', ...at(t.indicatorSource), value: t.indicator, params: { example } });
      continue;
    }
    const target: Indicator['targets'][number] = { value: t.value, year: t.year, source: t.source };
    if (t.decision !== undefined) target.decision = t.decision;
    byId.get(id)!.targets.push(target);
  }
  for (const a of analysis) {
    const id = resolve(a.indicator);
    if (!id) {
      findings.push({ code: 'unknown-indicator', ...at(a.indicatorSource), value: a.indicator, params: { example } });
      continue;
    }
    const { indicator: _, indicatorSource: _source, ...row } = a;
    byId.get(id)!.analysis.push(row);
  }

  for (const ind of byId.values()) {
    ind.targets.sort((a, b) => a.year - b.year || a.value - b.value);
    ind.analysis.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
    for (const rel of ind.related) {
      if (!resolve(rel)) findings.push({ code: 'unknown-indicator', ...at(relatedSources.get(ind.id) ?? ind.metadata), value: rel, params: { example } });
    }
    ind.related = ind.related.map((r) => resolve(r) ?? r).filter((r) => r !== ind.id && byId.has(r));
    if (!validateIndicator(ind)) {
      findings.push({ code: 'schema-error', ...at(ind.metadata), value: ind.id, params: schemaDetail('indicator', ind) });
    }
  }
  return { byId, resolve, findings };
}
