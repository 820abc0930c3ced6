import type { Area, Indicator, Observation, Provenance, Unit } from '../model/types.gen.ts';
import type { Finding } from '../problems/Finding.ts';

/** A catalogue row as read: only id and provenance are certain; validate fills defaults and checks the rest. */
export type IndicatorDraft = Partial<Omit<Indicator, 'id' | 'metadata'>> & { id: string; metadata: Provenance };

/** A target on its own row (a "Mål" sheet); targets on the catalogue row go straight into the draft. */
export interface TargetRow {
  indicator: string;
  value: number;
  year: number;
  decision?: string;
  source: Provenance;
}

/** Per-period analysis text on its own row (an "Analys" sheet). */
export interface AnalysisRow {
  indicator: string;
  period: string;
  interpretation?: string;
  actions?: string;
  source: Provenance;
}

/** A KPI from Kolada's catalogue: a metadata source for Kolada ids that appear in the data, never published on its own. */
export interface KoladaKpi {
  id: string;
  title: string;
  description?: string;
  operatingArea?: string;
  genderSplit: boolean;
  hasUnitData: boolean;
  publicationDate?: string;
  source: Provenance;
}

/** What the normalise stage makes of one file: records in the canonical model, plus what went wrong. */
export interface Normalised {
  observations: Observation[];
  indicators: IndicatorDraft[];
  targets: TargetRow[];
  analysis: AnalysisRow[];
  areas: Area[];
  units: Unit[];
  koladaKpis: KoladaKpi[];
  findings: Finding[];
}

export function emptyNormalised(): Normalised {
  return { observations: [], indicators: [], targets: [], analysis: [], areas: [], units: [], koladaKpis: [], findings: [] };
}
