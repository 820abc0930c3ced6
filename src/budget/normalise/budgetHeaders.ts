// The header words of controllers' budget/outcome exports ("budget/utfall per nämnd"):
// each field with its Swedish and English synonyms (the first is the README's), the
// amount units (kr, tkr, mnkr) and the periods a header can carry ("Utfall 2024",
// "Budget jan–aug 2025"). Matching ignores case and treats _ - and space alike.
import { headerKey } from '../../normalise/headers.ts';
import { parsePeriodText } from '../../normalise/parsePeriod.ts';

/** The kinds of amount a budget line has. */
export const AMOUNT_FIELDS = ['budget', 'outcome', 'annualBudget', 'forecast'] as const;
export type AmountField = (typeof AMOUNT_FIELDS)[number];

/** Columns whose amount is per period: the amounts, the deviation (checked) and the residents. */
export type PeriodField = AmountField | 'deviation' | 'population';
export type BudgetField = 'area' | 'committee' | 'period' | 'year' | 'month' | 'measure' | 'amount' | PeriodField;

export type AmountUnit = 'kr' | 'tkr' | 'mnkr';
export const UNIT_SCALE: Record<AmountUnit, number> = { kr: 1, tkr: 1_000, mnkr: 1_000_000 };

const FIELDS: ReadonlyArray<readonly [BudgetField, readonly string[]]> = [
  ['area', ['Verksamhet', 'Verksamhetsområde', 'Verksamhetsnamn', 'Budgetområde', 'Ansvarsområde', 'Område', 'Program', 'Operating area', 'Area']],
  ['committee', ['Nämnd', 'Nämnd/styrelse', 'Styrelse/nämnd', 'Styrelse och nämnd', 'Förvaltning', 'Committee', 'Board']],
  ['period', ['Period', 'Budgetår', 'Räkenskapsår', 'Bokslutsår']],
  ['year', ['År', 'Year']],
  ['month', ['Månad', 'T.o.m. månad', 'Till och med månad', 'Month']],
  ['budget', ['Budget', 'Budget ack', 'Budget ackumulerat', 'Ack budget', 'Ackumulerad budget', 'Periodbudget', 'Budget perioden', 'Budget hittills', 'Nettobudget']],
  ['outcome', ['Utfall', 'Utfall ack', 'Utfall ackumulerat', 'Ack utfall', 'Ackumulerat utfall', 'Utfall perioden', 'Utfall hittills', 'Bokslut', 'Redovisat', 'Outcome', 'Actual']],
  ['annualBudget', ['Årsbudget', 'Helårsbudget', 'Budget helår', 'Budget år', 'Annual budget']],
  ['forecast', ['Prognos', 'Prognos helår', 'Helårsprognos', 'Årsprognos', 'Prognos år', 'Forecast']],
  ['deviation', ['Avvikelse', 'Budgetavvikelse', 'Avvikelse mot budget', 'Avvikelse budget', 'Differens', 'Diff', 'Deviation']],
  ['population', ['Invånare', 'Antal invånare', 'Befolkning', 'Folkmängd', 'Invånarantal', 'Residents', 'Population']],
  ['measure', ['Typ', 'Beloppstyp', 'Värdetyp', 'Budget/utfall', 'Utfall/budget', 'Measure', 'Type']],
  ['amount', ['Belopp', 'Värde', 'Nettokostnad', 'Amount', 'Value']],
];

/** Columns exports carry that are known and not read (percentages are computed, texts not published). */
const IGNORED = ['Avvikelse %', 'Avvikelse procent', 'Avvikelse i procent', 'Prognosavvikelse', 'Avvikelse prognos', 'Avvikelse mot prognos', 'Kommentar', 'Kommentarer', 'Analys', 'Kod', 'Nämndkod', 'Verksamhetskod', 'Ansvar', 'Ansvarskod', 'Id'];

/** The kinds of amount in a long table's Typ column. */
const MEASURES: ReadonlyArray<readonly [AmountField, readonly string[]]> = [
  ['budget', ['Budget', 'Budget ack', 'Ack budget', 'Periodbudget', 'Nettobudget']],
  ['outcome', ['Utfall', 'Utfall ack', 'Ack utfall', 'Bokslut', 'Redovisat', 'Outcome', 'Actual']],
  ['annualBudget', ['Årsbudget', 'Helårsbudget', 'Budget helår', 'Annual budget']],
  ['forecast', ['Prognos', 'Prognos helår', 'Helårsprognos', 'Årsprognos', 'Forecast']],
];

/** Header words as compared: headerKey, with punctuation around words (", ( ) : .") gone. */
export function wordsKey(text: string): string {
  return headerKey(text.replace(/[(),:;[\]]/g, ' ').replace(/\.(?=\s|$)/g, ' '));
}

function lookup<F extends string>(entries: ReadonlyArray<readonly [F, readonly string[]]>): Map<string, F> {
  const map = new Map<string, F>();
  for (const [field, synonyms] of entries) for (const s of synonyms) if (!map.has(wordsKey(s))) map.set(wordsKey(s), field);
  return map;
}
const FIELD_LOOKUP = lookup(FIELDS);
const MEASURE_LOOKUP = lookup(MEASURES);
const IGNORED_KEYS = new Set(IGNORED.map(wordsKey));

/** The field a header names (its unit and period already taken out), or undefined. */
export function matchBudgetField(words: string): BudgetField | undefined {
  return FIELD_LOOKUP.get(wordsKey(words));
}

export function isIgnoredBudgetHeader(words: string): boolean {
  return IGNORED_KEYS.has(wordsKey(words));
}

/** The kind of amount a long table's Typ cell names; the mapping's own words first. */
export function matchMeasure(text: string, own?: ReadonlyMap<string, AmountField>): AmountField | undefined {
  return own?.get(wordsKey(text)) ?? MEASURE_LOOKUP.get(wordsKey(text));
}

/** A few synonyms of a field, for missing-label's text. */
export function budgetLabels(field: BudgetField): string {
  const entry = FIELDS.find(([f]) => f === field);
  return entry ? entry[1].slice(0, 3).map((s) => `”${s}”`).join(', ') : field;
}

// Unit words, longest first so "miljoner kronor" is not read as "kronor". Letters on either side
// make a word of their own ("Skr", "kretsar"), so the tokens stand alone.
const L = '\\p{L}';
const UNIT_WORDS: ReadonlyArray<readonly [AmountUnit, RegExp]> = [
  ['mnkr', new RegExp(`(?<!${L})(?:mnkr|mkr|mn\\.? ?kr|msek|miljoner kronor|miljontals kronor|mn kronor)(?!${L})`, 'giu')],
  ['tkr', new RegExp(`(?<!${L})(?:tkr|kkr|tsek|ksek|tusental kronor|tusentals kronor|tusen kronor)(?!${L})`, 'giu')],
  ['kr', new RegExp(`(?<!${L})(?:kr|kronor|sek)(?!${L})`, 'giu')],
];

/** Units named in a text, and the text without them. */
export function findUnits(text: string): { units: AmountUnit[]; rest: string } {
  let rest = text.normalize('NFC');
  const units: AmountUnit[] = [];
  for (const [unit, pattern] of UNIT_WORDS) {
    rest = rest.replace(pattern, () => {
      if (!units.includes(unit)) units.push(unit);
      return ' ';
    });
  }
  // "Belopp i tkr": the "i" left behind is part of the unit phrase.
  rest = rest.replace(/(?<!\p{L})i(?=\s*[)\],]?\s*$)/u, ' ');
  return { units, rest };
}

const MONTH = '(?:jan(?:uari)?|feb(?:ruari)?|mars?|apr(?:il)?|maj|juni?|juli?|aug(?:usti)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const THROUGH = '(?:t\\.? ?o\\.? ?m\\.?|tom|till och med|per)';
// "jan–aug 2025", "t.o.m. augusti 2025", "aug 2025", "2025-08", "2025": a year, or the year up to a month.
const PERIOD_IN_TEXT = new RegExp(
  `(?<!${L})(?:(?:${THROUGH}\\s+)?(?:(${MONTH})\\.?\\s*[-–—]\\s*)?(${MONTH})\\.?\\s+((?:19|20)\\d{2})|((?:19|20)\\d{2})(?:\\s*[-–]\\s*(0?[1-9]|1[0-2]))?)(?![\\d\\p{L}])`,
  'giu',
);

/**
 * Every period a text names, with the text left when it is taken out: "Utfall jan–aug 2025"
 * → 2025-08 and "Utfall". A month range must start in January: the figures are accumulated.
 */
export function findPeriods(text: string): { periods: string[]; rest: string } {
  const periods: string[] = [];
  const rest = text.replace(PERIOD_IN_TEXT, (whole, from: string | undefined, month: string | undefined, year1: string | undefined, year2: string | undefined, m2: string | undefined) => {
    if (from !== undefined && !/^jan/i.test(from)) return whole;
    const period = month !== undefined ? parsePeriodText(`${month.toLowerCase().replace(/\.$/, '')} ${year1}`) : parsePeriodText(m2 !== undefined ? `${year2}-${m2}` : (year2 ?? ''));
    if (period === undefined) return whole;
    if (!periods.includes(period)) periods.push(period);
    return ' ';
  });
  return { periods, rest };
}

/** A budget period: a year, or a month (the year up to and including it). */
export function isBudgetPeriod(period: string): boolean {
  return /^\d{4}(-(0[1-9]|1[0-2]))?$/.test(period);
}

/** What one header cell says: the field, the period it is for, and the unit of its amounts. */
export interface BudgetHeader {
  field?: BudgetField;
  ignored?: boolean;
  period?: string;
  units: AmountUnit[];
}

/** Reads a header cell: "Budget 2024 (tkr)" → budget, 2024, tkr; "Tkr" alone → the amount column. */
export function parseBudgetHeader(text: string): BudgetHeader {
  if (text.trim() === '') return { units: [] };
  const { units, rest: noUnit } = findUnits(text);
  if (isIgnoredBudgetHeader(noUnit)) return { ignored: true, units };
  const direct = matchBudgetField(noUnit);
  if (direct !== undefined) return { field: direct, units };
  if (wordsKey(noUnit) === '' && units.length > 0) return { field: 'amount', units };
  const { periods, rest } = findPeriods(noUnit);
  if (periods.length !== 1) return { units };
  const field = matchBudgetField(rest);
  if (field === undefined) return isIgnoredBudgetHeader(rest) ? { ignored: true, units } : { units };
  if (field === 'period' || field === 'year' || field === 'month' || field === 'measure' || field === 'area' || field === 'committee') return { units };
  return { field, period: periods[0], units };
}
