import type { Indicator, Observation } from '../model/types.gen.ts';
import { KOLADA_KPI_ID } from '../normalise/koladaKpiId.ts';
import type { KeyCells } from '../normalise/Normalised.ts';
import type { ProblemList } from '../problems/ProblemList.ts';
import { schemaDetail } from './ajvMessage.ts';
import { at, describePlace } from './place.ts';
import { observationChecker } from './schemas.ts';

export interface ObservationContext {
  resolve(id: string): string | undefined;
  indicators: Map<string, Indicator>;
  knownAreas: Set<string>;
  knownUnits: Set<string>;
  exampleIndicator: string;
}

/** One table's observations, with where its ids stand (Normalised.keyCells). */
export interface ObservationBatch {
  observations: readonly Observation[];
  keyCells?: KeyCells;
}

/** A value as a message shows it: the number (formatted per language), or the status symbol typed for it. */
const STATUS_SYMBOL: Record<NonNullable<Observation['status']>, string> = { missing: '-', 'not-applicable': '.', suppressed: '..' };
const shown = (obs: Observation): string | number => obs.value ?? (obs.status ? STATUS_SYMBOL[obs.status] : '-');

const sameContent = (a: Observation, b: Observation) => a.value === b.value && a.status === b.status;

type Slots = [Observation | undefined, Observation | undefined, Observation | undefined];
const GENDER_SLOT = { T: 0, K: 1, M: 2 } as const;

/**
 * The first observation seen for each indicator × area (or unit) × period ×
 * gender. Nested maps rather than one map of joined keys: the normaliser hands
 * over the same string instances for repeated ids and periods, whose hashes V8
 * caches, while a joined key is a new string to build and hash for every row.
 */
class KeyIndex {
  private readonly areas = new Map<string, Map<string, Map<string, Slots>>>();
  private readonly units = new Map<string, Map<string, Map<string, Slots>>>();
  // The periods of the last indicator × area (or unit): long tables list an area's
  // periods and genders one after another, so two of the three lookups are skipped.
  private lastTop: Map<string, Map<string, Map<string, Slots>>> | undefined;
  private lastIndicator = '';
  private lastWhere = '';
  private lastPeriods: Map<string, Slots> | undefined;

  /** The observation already holding this key, or undefined after claiming it for `obs`. */
  claim(indicator: string, obs: Observation): Observation | undefined {
    const top = obs.unit !== undefined ? this.units : this.areas;
    const where = (obs.unit ?? obs.area) as string;
    let byPeriod = this.lastPeriods;
    if (byPeriod === undefined || top !== this.lastTop || indicator !== this.lastIndicator || where !== this.lastWhere) {
      let byWhere = top.get(indicator);
      if (!byWhere) top.set(indicator, (byWhere = new Map()));
      byPeriod = byWhere.get(where);
      if (!byPeriod) byWhere.set(where, (byPeriod = new Map()));
      this.lastTop = top;
      this.lastIndicator = indicator;
      this.lastWhere = where;
      this.lastPeriods = byPeriod;
    }
    let slots = byPeriod.get(obs.period);
    if (!slots) byPeriod.set(obs.period, (slots = [undefined, undefined, undefined]));
    const slot = GENDER_SLOT[obs.gender];
    const first = slots[slot];
    if (first === undefined) slots[slot] = obs;
    return first;
  }
}

/**
 * Cross-file checks on every observation, in one pass: indicator known, no key
 * given twice with different content, value within the declared range, area
 * and unit listed, and the record valid against observation.schema.json.
 * Takes the observations table by table, with the cells their ids stand in
 * (an unknown id is reported there, not at the value); returns those to
 * publish, grouped by indicator.
 */
export function checkObservations(batches: readonly ObservationBatch[], ctx: ObservationContext, problems: ProblemList): Map<string, Observation[]> {
  const byIndicator = new Map<string, Observation[]>();
  const seen = new KeyIndex();
  const reportedUnknown = new Set<string>();
  const reportedArea = new Set<string>();
  const reportedUnit = new Set<string>();
  const valid = observationChecker();
  // What was looked up for the previous observation: rows of one indicator and area come together.
  let lastRaw: string | undefined;
  let lastId: string | undefined;
  let lastRange: Indicator['range'];
  let lastList: Observation[] | undefined;
  let lastArea: string | undefined;

  for (const { observations, keyCells } of batches) for (const obs of observations) {
    if (obs.indicator !== lastRaw) {
      lastRaw = obs.indicator;
      lastId = ctx.resolve(obs.indicator);
      lastRange = lastId === undefined ? undefined : ctx.indicators.get(lastId)?.range;
      lastList = undefined;
    }
    const id = lastId;
    if (id === undefined) {
      // One report per indicator and file: a file of 10 000 rows for an unknown id is one mistake.
      const key = `${obs.indicator}\u0000${obs.source.file}`;
      if (!reportedUnknown.has(key)) {
        reportedUnknown.add(key);
        // A Kolada id that neither catalogue describes: Kolada's own description is one command away.
        const code = KOLADA_KPI_ID.test(obs.indicator) ? 'unknown-kolada-indicator' : 'unknown-indicator';
        problems.add({ code, ...at(keyCells?.indicator.get(obs.indicator) ?? obs.source), value: obs.indicator, params: { example: ctx.exampleIndicator } });
      }
      continue;
    }
    if (id !== obs.indicator) obs.indicator = id;

    const first = seen.claim(id, obs);
    if (first) {
      if (sameContent(first, obs)) {
        problems.add({ code: 'duplicate-row', ...at(obs.source), value: String(obs.value ?? obs.status), params: { otherPlace: describePlace(first.source) } });
      } else {
        problems.add({
          code: 'conflicting-value',
          ...at(obs.source),
          value: String(obs.value ?? obs.status),
          params: { here: shown(obs), other: shown(first), otherPlace: describePlace(first.source) },
        });
      }
      continue;
    }

    const range = lastRange;
    if (obs.value !== null && range && ((range.min !== undefined && obs.value < range.min) || (range.max !== undefined && obs.value > range.max))) {
      problems.add({
        code: 'out-of-range',
        ...at(obs.source),
        value: String(obs.value),
        params: { number: obs.value, min: range.min ?? '−∞', max: range.max ?? '∞', indicator: id },
      });
    }
    if (obs.area !== undefined && obs.area !== lastArea) {
      if (!ctx.knownAreas.has(obs.area) && !reportedArea.has(obs.area)) {
        reportedArea.add(obs.area);
        problems.add({ code: 'unlisted-area', ...at(keyCells?.area.get(obs.area) ?? obs.source), value: obs.area });
      }
      lastArea = obs.area;
    }
    if (obs.unit !== undefined && !ctx.knownUnits.has(obs.unit) && !reportedUnit.has(obs.unit)) {
      reportedUnit.add(obs.unit);
      problems.add({ code: 'unknown-unit', ...at(keyCells?.unit.get(obs.unit) ?? obs.source), value: obs.unit });
    }
    if (!valid(obs)) {
      problems.add({ code: 'schema-error', ...at(obs.source), params: schemaDetail('observation', obs) });
      continue;
    }
    let list = lastList ?? byIndicator.get(id);
    if (!list) byIndicator.set(id, (list = []));
    lastList = list;
    list.push(obs);
  }
  return byIndicator;
}
