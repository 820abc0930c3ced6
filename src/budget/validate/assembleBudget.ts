// Every budget table's amounts → one budget: a line per operating area and period, amounts
// given twice agree (or it is an error), the residents of each year from the budget files or
// from Kolada's N01951 in the results, and the whole checked against schemas/budget.schema.json.
import type { AmountSource, Budget, BudgetLine, Indicator, Observation, Population } from '../../model/types.gen.ts';
import { formatNumber } from '../../format/formatNumber.ts';
import { formatList } from '../../format/formatList.ts';
import type { Finding } from '../../problems/Finding.ts';
import { ajvMessage } from '../../validate/ajvMessage.ts';
import { at, describePlace } from '../../validate/place.ts';
import { explainErrors, validateBudget } from '../../validate/schemas.ts';
import { budgetSlug } from '../budgetSlug.ts';
import { AMOUNT_FIELDS } from '../normalise/budgetHeaders.ts';
import type { BudgetEntry, BudgetPart } from '../normalise/normaliseBudgetTable.ts';

/** Kolada's residents (Folkmängd 31 december), the source of cost per resident when the budget files have none. */
export const RESIDENTS_KPI = 'N01951';

export interface BudgetContext {
  indicators: readonly Indicator[];
  observations: ReadonlyMap<string, readonly Observation[]>;
  /** The home municipality (site.json); without it, Kolada's residents cannot be looked up. */
  municipality?: string;
}

const collator = new Intl.Collator('sv-SE');
const kr = (value: number) => `${formatNumber(value, Number.isInteger(value) ? 0 : 2)} kr`;

/** Residents per year from N01951 (or the local indicator carrying it) for the home municipality. */
function koladaResidents(context: BudgetContext): Population[] {
  const indicator = context.indicators.find((i) => i.id === RESIDENTS_KPI || i.koladaId === RESIDENTS_KPI);
  if (!indicator || context.municipality === undefined) return [];
  return (context.observations.get(indicator.id) ?? [])
    .filter((o) => o.area === context.municipality && o.gender === 'T' && /^\d{4}$/.test(o.period) && typeof o.value === 'number' && o.value >= 1)
    .map((o) => ({ year: o.period, residents: Math.round(o.value as number), indicator: indicator.id, source: o.source }));
}

/** Merges the parts, reports what disagrees, and returns the budget (valid against its schema when no finding is an error). */
export function assembleBudget(parts: readonly BudgetPart[], context: BudgetContext): { budget: Budget; findings: Finding[] } {
  const findings: Finding[] = [];
  const lines = new Map<string, BudgetLine>();
  const names = new Map<string, { name: string; period: string }>();

  for (const entry of parts.flatMap((p) => p.entries)) {
    const slug = budgetSlug(entry.area);
    const key = `${slug}|${entry.period}`;
    // The latest period's spelling names the area everywhere.
    const named = names.get(slug);
    if (!named || entry.period > named.period) names.set(slug, { name: entry.area, period: entry.period });
    let line = lines.get(key);
    if (!line) {
      line = { area: entry.area, period: entry.period, sources: {} };
      lines.set(key, line);
    }
    if (line.committee === undefined && entry.committee !== undefined) line.committee = entry.committee;
    mergeAmount(line, entry, findings);
  }

  const population = new Map<string, Population>();
  for (const p of parts.flatMap((part) => part.population)) {
    const seen = population.get(p.year);
    if (!seen) population.set(p.year, p);
    else if (seen.residents !== p.residents) {
      findings.push({ code: 'conflicting-value', ...at(p.source), value: String(p.residents), params: { other: String(seen.residents), otherPlace: describePlace(seen.source) } });
    }
  }
  for (const p of koladaResidents(context)) if (!population.has(p.year)) population.set(p.year, p);

  const sorted = [...lines.values()].sort((a, b) => collator.compare(names.get(budgetSlug(a.area))!.name, names.get(budgetSlug(b.area))!.name) || (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  for (const line of sorted) line.area = names.get(budgetSlug(line.area))!.name;

  // Cost per resident needs the residents of each year with an outcome: say which go without.
  const yearly = sorted.filter((l) => /^\d{4}$/.test(l.period) && l.outcome !== undefined);
  const without = [...new Set(yearly.map((l) => l.period))].filter((y) => !population.has(y)).sort();
  if (without.length > 0) {
    const first = yearly.find((l) => l.period === without[0])!;
    const source = first.sources.outcome ?? first.sources.budget!;
    findings.push({ code: 'budget-no-population', file: source.file, ...(source.sheet !== undefined ? { sheet: source.sheet } : {}), params: { period: formatList(without) } });
  }

  const budget: Budget = { currency: 'SEK', lines: sorted, population: [...population.values()].sort((a, b) => (a.year < b.year ? -1 : 1)) };
  if (!validateBudget(budget)) findings.push(...schemaFindings(budget));
  return { budget, findings };
}

function mergeAmount(line: BudgetLine, entry: BudgetEntry, findings: Finding[]): void {
  const field = entry.field;
  const existing = line[field];
  const seenAt = line.sources[field];
  if (existing === undefined || seenAt === undefined) {
    line[field] = entry.value;
    line.sources[field] = entry.source;
    return;
  }
  const place = { ...at(entry.source), value: kr(entry.value) };
  if (existing === entry.value) findings.push({ code: 'duplicate-row', ...place, params: { otherPlace: describePlace(seenAt) } });
  else findings.push({ code: 'conflicting-value', ...place, params: { other: kr(existing), otherPlace: describePlace(seenAt) } });
}

/** The schema's objections, each at the line it concerns. */
function schemaFindings(budget: Budget): Finding[] {
  const out: Finding[] = [];
  for (const error of explainErrors('budget', budget).slice(0, 50)) {
    const index = /^\/lines\/(\d+)/.exec(error.instancePath)?.[1];
    const line = index !== undefined ? budget.lines[Number(index)] : undefined;
    const source: AmountSource | undefined = line && AMOUNT_FIELDS.map((f) => line.sources[f]).find((s) => s !== undefined);
    out.push({
      code: 'schema-error',
      ...(source ? at(source) : { file: 'budget' }),
      ...(line ? { value: line.area } : {}),
      params: { 'detail@sv': ajvMessage(error, 'sv'), 'detail@en': ajvMessage(error, 'en') },
    });
  }
  return out;
}
