// What period a file's name says it holds: exports are named by month (leverantorsreskontra-2024-03.csv,
// 202403.xlsx, mars-2024.csv), by a span of months (jan-mar-2018.csv) or by year (2024.xlsx). A row
// outside it is a row in the wrong file, or a file with the wrong name: either way the totals per
// month would be wrong, so it is an error.

export interface FilePeriod {
  /** First and last month, YYYY-MM. */
  from: string;
  to: string;
  /** As said in messages: "mars 2024", "januari–mars 2018", "2024". */
  label: { sv: string; en: string };
}

const MONTHS_SV = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Month words in Swedish and English, full or abbreviated (maj/may, okt/oct). */
const MONTH_WORDS: [RegExp, number][] = [
  [/^(jan|januari|january)$/, 1],
  [/^(feb|februari|february)$/, 2],
  [/^(mar|mars|march)$/, 3],
  [/^(apr|april)$/, 4],
  [/^(maj|may)$/, 5],
  [/^(jun|juni|june)$/, 6],
  [/^(jul|juli|july)$/, 7],
  [/^(aug|augusti|august)$/, 8],
  [/^(sep|sept|september)$/, 9],
  [/^(okt|oct|oktober|october)$/, 10],
  [/^(nov|november)$/, 11],
  [/^(dec|december)$/, 12],
];

const pad = (m: number) => String(m).padStart(2, '0');

function monthWord(word: string): number | undefined {
  return MONTH_WORDS.find(([re]) => re.test(word))?.[1];
}

function span(year: number, from: number, to: number): FilePeriod {
  if (from === 1 && to === 12) return { from: `${year}-01`, to: `${year}-12`, label: { sv: String(year), en: String(year) } };
  const sv = from === to ? `${MONTHS_SV[from - 1]} ${year}` : `${MONTHS_SV[from - 1]}–${MONTHS_SV[to - 1]} ${year}`;
  const en = from === to ? `${MONTHS_EN[from - 1]} ${year}` : `${MONTHS_EN[from - 1]}–${MONTHS_EN[to - 1]} ${year}`;
  return { from: `${year}-${pad(from)}`, to: `${year}-${pad(to)}`, label: { sv, en } };
}

/** The period a file name says, or undefined when it says none (or more than one year). */
export function filePeriod(path: string): FilePeriod | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '').toLowerCase();
  const numeric = /(?<!\d)((?:19|20)\d{2})[-_ .]?(0[1-9]|1[0-2])(?!\d)/.exec(name);
  if (numeric) return span(Number(numeric[1]), Number(numeric[2]), Number(numeric[2]));
  const years = [...name.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)].map((m) => Number(m[1]));
  if (years.length === 0 || years.some((y) => y !== years[0])) return undefined;
  const months = name
    .split(/[^a-zåäö]+/)
    .map(monthWord)
    .filter((m): m is number => m !== undefined);
  if (months.length === 0) return span(years[0], 1, 12);
  const from = Math.min(...months);
  const to = Math.max(...months);
  return span(years[0], from, to);
}

/** Whether a YYYY-MM-DD date is inside the period. */
export function inPeriod(date: string, period: FilePeriod): boolean {
  const month = date.slice(0, 7);
  return month >= period.from && month <= period.to;
}

/** The period as data: 2024-03 for a month, 2024 for a whole year, 2018-01/2018-03 for a span. */
export function periodText(period: FilePeriod): string {
  if (period.from === period.to) return period.from;
  const year = period.from.slice(0, 4);
  if (period.from === `${year}-01` && period.to === `${year}-12`) return year;
  return `${period.from}/${period.to}`;
}
