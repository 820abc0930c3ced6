import type { Area, Indicator, Observation, Provenance, Unit } from '../model/types.gen.ts';
import type { Finding } from '../problems/Finding.ts';

/** A catalogue row as read: only id and provenance are certain; validate fills defaults and checks the rest. */
export type IndicatorDraft = Partial<Omit<Indicator, 'id' | 'metadata'>> & {
  id: string;
  metadata: Provenance;
  /** The cell listing the related indicators (not published). */
  relatedSource?: Provenance;
};

/** A target on its own row (a "Mål" sheet); targets on the catalogue row go straight into the draft. */
export interface TargetRow {
  indicator: string;
  /** The cell holding the indicator id (not published: the target's own provenance is `source`). */
  indicatorSource: Provenance;
  value: number;
  year: number;
  decision?: string;
  source: Provenance;
}

/** Per-period analysis text on its own row (an "Analys" sheet). */
export interface AnalysisRow {
  indicator: string;
  /** The cell holding the indicator id (not published). */
  indicatorSource: Provenance;
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

/**
 * Where each indicator id, area code and unit id read from one file first stands. Observations
 * carry the provenance of their value; when validation finds an id unknown, this is the cell to
 * name instead, the one whose content is wrong. Recorded once per distinct id, so it costs nothing
 * per row.
 */
export interface KeyCells {
  indicator: Map<string, Provenance>;
  area: Map<string, Provenance>;
  unit: Map<string, Provenance>;
}

/** What the normalise stage makes of one file: records in the canonical model, plus what went wrong. */
export interface Normalised {
  observations: Observation[];
  keyCells: KeyCells;
  indicators: IndicatorDraft[];
  targets: TargetRow[];
  analysis: AnalysisRow[];
  areas: Area[];
  units: Unit[];
  koladaKpis: KoladaKpi[];
  findings: Finding[];
}

export function emptyNormalised(): Normalised {
  return {
    observations: [],
    keyCells: { indicator: new Map(), area: new Map(), unit: new Map() },
    indicators: [],
    targets: [],
    analysis: [],
    areas: [],
    units: [],
    koladaKpis: [],
    findings: [],
  };
}
