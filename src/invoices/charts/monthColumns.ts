// A year's months as columns on a calendar axis (January to December, a gap where a month has no
// invoices), with a value axis in round amounts. The exact figures are in the table that follows.
import { scaleLinear } from 'd3-scale';
import { formatValue } from '../../format/formatValue.ts';
import type { Lang } from '../../i18n/languages.ts';
import { FONT_SIZE } from '../../charts/timeSeries.ts';

export interface MonthColumn {
  month: string;
  /** Short name under the axis: "jan". */
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MonthColumnsGeometry {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  zeroY: number;
  ticks: { y: number; label: string }[];
  columns: MonthColumn[];
  labels: { x: number; y: number; text: string }[];
}

const SHORT = { sv: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'], en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] };
const r = (n: number) => Math.round(n * 10) / 10;

/** An axis amount in the unit that keeps it short: "12 mnkr", "450 tkr", "800 kr" ("12 SEK million" in English). */
export function axisAmount(value: number, step: number, lang: Lang = 'sv'): string {
  const abs = Math.max(Math.abs(step), 1);
  const [div, unit] = abs >= 1e6 ? [1e6, 'mnkr'] : abs >= 1e3 ? [1e3, 'tkr'] : [1, 'kr'];
  const decimals = Number.isInteger(step / div) ? 0 : 1;
  return formatValue(value / div, unit, decimals, lang);
}

export function monthColumns(year: string, months: readonly { month: string; total: number }[], width = 640, lang: Lang = 'sv'): MonthColumnsGeometry {
  const height = width < 480 ? 220 : 260;
  const plot = { left: width < 480 ? 62 : 78, right: width - 8, top: 10, bottom: height - 26 };
  const values = months.map((m) => m.total);
  const y = scaleLinear()
    .domain([Math.min(0, ...values), Math.max(0, ...values, 1)])
    .range([plot.bottom, plot.top])
    .nice(4);
  const tickValues = y.ticks(4);
  const step = tickValues.length > 1 ? tickValues[1] - tickValues[0] : tickValues[0] || 1;
  const slot = (plot.right - plot.left) / 12;
  const byMonth = new Map(months.map((m) => [m.month, m.total]));
  const columns: MonthColumn[] = [];
  const labels: { x: number; y: number; text: string }[] = [];
  for (let i = 0; i < 12; i++) {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`;
    const x = plot.left + i * slot;
    // Three letters need about 24 px: a phone-sized chart gets initials, as printed calendars do.
    labels.push({ x: r(x + slot / 2), y: plot.bottom + FONT_SIZE + 6, text: slot < 30 ? SHORT[lang][i][0].toUpperCase() : SHORT[lang][i] });
    const total = byMonth.get(month);
    if (total === undefined) continue;
    const top = y(Math.max(total, 0));
    const bottom = y(Math.min(total, 0));
    columns.push({ month, label: SHORT[lang][i], x: r(x + slot * 0.15), y: r(top), width: r(slot * 0.7), height: r(Math.max(bottom - top, 1)) });
  }
  return {
    width,
    height,
    plot,
    zeroY: r(y(0)),
    ticks: tickValues.map((v) => ({ y: r(y(v)), label: axisAmount(v, step, lang) })),
    columns,
    labels,
  };
}
