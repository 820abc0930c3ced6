import type { Area, SiteConfig, Unit } from '../model/types.gen.ts';
import type { Normalised } from '../normalise/Normalised.ts';
import type { ProblemList } from '../problems/ProblemList.ts';
import { schemaDetail } from './ajvMessage.ts';
import { checkObservations } from './checkObservations.ts';
import type { Dataset } from './Dataset.ts';
import { at } from './place.ts';
import { resolveIndicators } from './resolveIndicators.ts';
import { validateArea, validateUnit } from './schemas.ts';

/** Riket is always known, whether or not an area file lists it. */
const RIKET: Area = { code: '0000', name: 'Riket', type: 'country' };

const byKey = <T>(key: (t: T) => string) => (a: T, b: T) => {
  const x = key(a);
  const y = key(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * The validate stage: joins what every file contributed into one dataset and
 * runs the checks that need more than one file. Findings go to `problems`; the
 * caller publishes the dataset only if there are no errors. `origins` names what
 * each part is made from (by `parts`' index); when every part has one, the dataset
 * says what each indicator's observations are made from (Dataset.madeFrom).
 */
export function assembleDataset(parts: Normalised[], config: SiteConfig | undefined, problems: ProblemList, origins?: readonly (string | undefined)[]): Dataset {
  const areas = new Map<string, Area>([[RIKET.code, RIKET]]);
  for (const p of parts) {
    for (const a of p.areas) {
      if (!validateArea(a)) {
        problems.add({ code: 'schema-error', ...at(a.metadata ?? { file: '?' }), value: a.code, params: schemaDetail('area', a) });
        continue;
      }
      // The first file to name an area wins; Riket's built-in name yields to a listed one.
      if (!areas.has(a.code) || areas.get(a.code) === RIKET) areas.set(a.code, a);
    }
  }
  const units = new Map<string, Unit>();
  for (const p of parts) {
    for (const u of p.units) {
      if (!validateUnit(u)) {
        problems.add({ code: 'schema-error', ...at(u.metadata ?? { file: '?' }), value: u.id, params: schemaDetail('unit', u) });
        continue;
      }
      if (!units.has(u.id)) units.set(u.id, u);
    }
  }

  const usedIds = new Set<string>();
  for (const p of parts) {
    let last: string | undefined;
    for (const o of p.observations) {
      // Rows of one indicator come together: skip the set for a run of them.
      if (o.indicator !== last) usedIds.add((last = o.indicator));
    }
  }
  const resolution = resolveIndicators(
    parts.flatMap((p) => p.indicators),
    parts.flatMap((p) => p.koladaKpis),
    parts.flatMap((p) => p.targets),
    parts.flatMap((p) => p.analysis),
    usedIds,
  );
  problems.addAll(resolution.findings);
  // Before the checks, which set each observation's id to the one it resolves to.
  const madeFrom = origins && parts.every((_, i) => origins[i] !== undefined) ? observationOrigins(parts, origins as string[], resolution.resolve) : undefined;

  const observations = checkObservations(
    parts,
    {
      resolve: resolution.resolve,
      indicators: resolution.byId,
      knownAreas: new Set(areas.keys()),
      knownUnits: new Set(units.keys()),
      exampleIndicator: [...resolution.byId.keys()].sort()[0] ?? 'N15428',
    },
    problems,
  );

  const dataset: Dataset = {
    indicators: [...resolution.byId.values()].sort(byKey((i) => i.id)),
    observations,
    areas: [...areas.values()].sort(byKey((a) => a.code)),
    units: [...units.values()].sort(byKey((u) => u.id)),
  };
  if (config) dataset.config = config;
  if (madeFrom) dataset.madeFrom = madeFrom;
  return dataset;
}

/**
 * For each indicator, the parts its observations come from and the ids they have there, sorted:
 * its published observations are those parts' rows of those ids, whatever else changes.
 */
function observationOrigins(parts: readonly Normalised[], origins: readonly string[], resolve: (id: string) => string | undefined): Map<string, string[]> {
  const byIndicator = new Map<string, Set<string>>();
  parts.forEach((part, i) => {
    let last: string | undefined;
    for (const o of part.observations) {
      if (o.indicator === last) continue;
      const id = resolve((last = o.indicator));
      if (id === undefined) continue;
      let from = byIndicator.get(id);
      if (!from) byIndicator.set(id, (from = new Set()));
      from.add(`${origins[i]} ${last}`);
    }
  });
  return new Map([...byIndicator].map(([id, from]) => [id, [...from].sort()]));
}
