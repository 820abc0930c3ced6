import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import type { Observation } from '../model/types.gen.ts';
import { comparePeriods } from '../model/comparePeriods.ts';
import { formatValue } from '../format/formatValue.ts';
import { t, type Lang } from '../i18n/t.ts';
import { avoidCollisions } from './avoidCollisions.ts';
import { axisPeriodLabel } from './axisPeriodLabel.ts';
import { markersPath, SERIES_STYLES, type SeriesRole, type SeriesStyle } from './seriesStyle.ts';
import { textWidth } from './textWidth.ts';
import { wrapLabel } from './wrapLabel.ts';

export interface SeriesPoint {
  period: string;
  value: number | null;
  status?: Observation['status'];
}

export interface SeriesInput {
  key: string;
  /** Direct label text, e.g. "Exempelkommun", "Riket". */
  label: string;
  role: SeriesRole;
  points: SeriesPoint[];
}

export interface TargetInput {
  value: number;
  year: number;
}

export interface TimeSeriesInput {
  unit: string;
  decimals: number;
  series: SeriesInput[];
  target?: TargetInput;
  /** viewBox size; the SVG scales to its container's width. */
  width?: number;
  height?: number;
  /** Language of the numbers, periods and target label (default Swedish). */
  lang?: Lang;
}

export interface PlottedPoint {
  period: string;
  value: number;
  x: number;
  y: number;
}

export interface GapPoint {
  period: string;
  x: number;
  status?: Observation['status'];
}

export interface DirectLabel {
  text: string;
  /** The text wrapped to the margin's width; drawn as one tspan per line. */
  lines: string[];
  x: number;
  y: number;
  /** A short leader from the line end to a label that had to move, so it stays attached. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

export interface SeriesGeometry extends SeriesStyle {
  key: string;
  label: string;
  /** Line path with breaks where a value is missing (d3 line().defined()). */
  path: string;
  /** The markers of all points, as one path. */
  markers: string;
  points: PlottedPoint[];
  gaps: GapPoint[];
  directLabel?: DirectLabel;
}

export interface Tick {
  value: number;
  y: number;
  label: string;
}

export interface PeriodTick {
  period: string;
  x: number;
  label: string;
}

export interface TimeSeriesGeometry {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  periods: string[];
  xTicks: PeriodTick[];
  yTicks: Tick[];
  yDomain: [number, number];
  series: SeriesGeometry[];
  target?: { value: number; year: number; y: number; x1: number; x2: number; label: string; labelX: number; labelY: number };
}

export const FONT_SIZE = 13;
/** Line height of direct labels; also the least distance between two labels. */
export const LABEL_GAP = FONT_SIZE + 3;

/** Units where 0 is a meaningful baseline: shares and counts. */
export function includesZero(unit: string): boolean {
  return /^(%|procent|andel|antal|st\.?)$/i.test(unit.trim());
}

/** Decimals needed to tell tick values apart at this step. */
export function tickDecimals(step: number, max: number): number {
  if (!(step > 0)) return 0;
  return Math.min(max, Math.max(0, -Math.floor(Math.log10(step) + 1e-9)));
}

/** y domain: the values and the target; 0 where sensible; never empty. */
export function yDomainFor(values: readonly number[], unit: string): [number, number] {
  if (values.length === 0) return [0, 1];
  let min = Math.min(...values);
  let max = Math.max(...values);
  // Zero as baseline where it is meaningful and does not squash the lines into a thin band:
  // shares and counts whose values reach down towards zero, or any positive series close to it.
  if (min >= 0 && min <= max * (includesZero(unit) ? 0.6 : 0.3)) min = 0;
  if (min === max) {
    const pad = Math.abs(max) > 0 ? Math.abs(max) * 0.1 : 1;
    min -= pad;
    max += pad;
  }
  return [min, max];
}

/** Every n-th period so that labels of this width fit, always keeping the latest. */
function thinTicks(periods: readonly string[], room: number, lang: Lang): string[] {
  const widest = Math.max(...periods.map((p) => textWidth(axisPeriodLabel(p, lang), FONT_SIZE)), 1) + 10;
  const fit = Math.max(1, Math.floor(room / widest));
  const step = Math.ceil(periods.length / fit);
  if (step <= 1) return [...periods];
  const last = periods.length - 1;
  const chosen = periods.filter((_, i) => (last - i) % step === 0);
  return chosen;
}

/**
 * Geometry of a line chart over periods: scales, paths with gaps for missing values, ticks,
 * target line and direct labels at the line ends. Pure numbers and strings; the component draws.
 */
export function timeSeries(input: TimeSeriesInput): TimeSeriesGeometry {
  const width = input.width ?? 640;
  const height = input.height ?? 320;
  const lang = input.lang ?? 'sv';
  const fmt = (v: number, d = input.decimals) => formatValue(v, input.unit, d, lang);

  const periods = [...new Set(input.series.flatMap((s) => s.points.map((p) => p.period)))].sort(comparePeriods);
  const values = input.series.flatMap((s) => s.points.flatMap((p) => (typeof p.value === 'number' && Number.isFinite(p.value) ? [p.value] : [])));
  if (input.target) values.push(input.target.value);

  const y = scaleLinear().domain(yDomainFor(values, input.unit)).nice(5);
  const ticks = y.ticks(5);
  const step = ticks.length > 1 ? ticks[1] - ticks[0] : 1;
  const yTickLabels = ticks.map((v) => fmt(v, tickDecimals(step, input.decimals)));

  // The right margin takes the widest direct label, up to 35 % of the width; longer labels wrap.
  const labelled = input.series.filter((s) => s.points.some((p) => typeof p.value === 'number'));
  const maxLabelWidth = Math.round(width * 0.35) - 12;
  // The home label is bold, so it is measured a size up.
  const sizeOf = (role: SeriesRole) => (role === 'home' ? FONT_SIZE * 1.1 : FONT_SIZE);
  const wrapped = new Map(labelled.map((s) => [s.key, wrapLabel(s.label, maxLabelWidth, sizeOf(s.role))]));
  const labelWidth = Math.max(0, ...labelled.flatMap((s) => (wrapped.get(s.key) ?? []).map((l) => textWidth(l, sizeOf(s.role)))));
  const left = Math.max(...yTickLabels.map((l) => textWidth(l, FONT_SIZE)), 10) + 10;
  const right = width - Math.min(labelWidth, maxLabelWidth) - 12;
  const top = FONT_SIZE;
  const bottom = height - (FONT_SIZE + 14);
  y.range([bottom, top]);

  // The latest period sits at the plot's right edge, so the direct labels follow straight on.
  const x = scalePoint<string>().domain(periods).range([left + 16, right]).padding(0);
  const xOf = (period: string) => x(period) ?? left;

  const series: SeriesGeometry[] = input.series.map((s) => {
    const style = SERIES_STYLES[s.role];
    const sorted = [...s.points].sort((a, b) => comparePeriods(a.period, b.period));
    const isValue = (p: SeriesPoint): p is SeriesPoint & { value: number } => typeof p.value === 'number' && Number.isFinite(p.value);
    const path =
      line<SeriesPoint>()
        .defined(isValue)
        .x((p) => round(xOf(p.period)))
        .y((p) => round(y(p.value as number)))(sorted) ?? '';
    const points = sorted.filter(isValue).map((p) => ({ period: p.period, value: p.value, x: round(xOf(p.period)), y: round(y(p.value)) }));
    return {
      ...style,
      key: s.key,
      label: s.label,
      path,
      markers: markersPath(style.marker, points),
      points,
      gaps: sorted.filter((p) => !isValue(p)).map((p) => ({ period: p.period, x: round(xOf(p.period)), ...(p.status ? { status: p.status } : {}) })),
    };
  });

  // Direct labels at the line ends, in the right margin, pushed apart where lines end close together.
  const ends = series.filter((s) => s.points.length > 0);
  const wanted = ends.map((s) => s.points[s.points.length - 1].y + FONT_SIZE / 3);
  const maxLines = Math.max(1, ...ends.map((s) => wrapped.get(s.key)?.length ?? 1));
  const placed = avoidCollisions(wanted, LABEL_GAP * maxLines, top + FONT_SIZE / 3, bottom + FONT_SIZE / 3);
  ends.forEach((s, i) => {
    const end = s.points[s.points.length - 1];
    const labelX = round(right + 8);
    const label: DirectLabel = { text: s.label, lines: wrapped.get(s.key) ?? [s.label], x: labelX, y: round(placed[i]) };
    if (Math.abs(placed[i] - wanted[i]) > 2 || end.x < right - 1) {
      label.leader = { x1: round(end.x + 4), y1: end.y, x2: round(labelX - 2), y2: round(placed[i] - FONT_SIZE / 3) };
    }
    s.directLabel = label;
  });

  const geometry: TimeSeriesGeometry = {
    width,
    height,
    plot: { left, top, right, bottom },
    periods,
    xTicks: thinTicks(periods, right - left, lang).map((p) => ({ period: p, x: round(xOf(p)), label: axisPeriodLabel(p, lang) })),
    yTicks: ticks.map((v, i) => ({ value: v, y: round(y(v)), label: yTickLabels[i] })),
    yDomain: y.domain() as [number, number],
    series,
  };
  if (input.target) {
    const ty = round(y(input.target.value));
    const label = t('chart.targetLabel', { year: input.target.year, value: fmt(input.target.value, targetDecimals(input.target.value, input.decimals)) }, lang);
    // The label sits above the line, or below it when the line is at the very top.
    const labelY = ty - 6 - FONT_SIZE < top - FONT_SIZE ? ty + FONT_SIZE + 4 : ty - 6;
    geometry.target = { ...input.target, y: ty, x1: left, x2: right, label, labelX: left + 4, labelY: round(labelY) };
  }
  return geometry;
}

/** A round target reads "90 %", not "90,0 %"; others keep the indicator's decimals. */
export function targetDecimals(value: number, decimals: number): number {
  return Number.isInteger(value) ? 0 : decimals;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
