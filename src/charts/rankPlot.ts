import { scaleLinear } from 'd3-scale';
import { formatValue } from '../format/formatValue.ts';
import type { Lang } from '../i18n/languages.ts';
import { markersPath } from './seriesStyle.ts';
import { textWidth } from './textWidth.ts';
import { FONT_SIZE, tickDecimals, type Tick } from './timeSeries.ts';

export interface RankPlotInput {
  unit: string;
  decimals: number;
  /** Every municipality's value in plotting order: best first (neutral measure: highest first). */
  values: readonly number[];
  /** The home municipality: its index in `values`, and its label ("Nacka: plats 38"). */
  home?: { index: number; label: string };
  /** Indexes in `values` of the similar municipalities. */
  members: readonly number[];
  /** Riket's value in the same period, drawn as a line across, and its label. */
  country?: { value: number; label: string };
  /** Labels at the two ends of the x axis: "Plats 1" and "Plats 290", or "Högst värde" and "Lägst värde". */
  first: string;
  last: string;
  /** viewBox size; the SVG scales to its container's width. */
  width?: number;
  height?: number;
  /** The language of the tick labels' numbers (default Swedish). */
  lang?: Lang;
}

export interface PlacedText {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

export interface RankPlotGeometry {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  yTicks: Tick[];
  /** Every municipality as a dot: one path of zero-length segments, drawn with round caps. */
  dots: string;
  /** Triangles on the similar municipalities, as one path. */
  members: string;
  home?: { x: number; y: number; marker: string; label: PlacedText };
  country?: { y: number; x1: number; x2: number; label: PlacedText };
  axis: { first: PlacedText; last: PlacedText };
}

const round = (n: number): number => Math.round(n * 10) / 10;

/**
 * A dot plot of every municipality's value, ordered by place: x is the place (best, or
 * highest, at the left), y the value. Ordered, the dots form one falling or rising curve
 * whatever the number of municipalities, so nothing overlaps and every municipality stays
 * visible on a phone. The home municipality gets a large dot, a vertical line through it
 * and its label above the plot (a vertical line meets a monotonic curve once, so the label
 * never sits on other dots); the similar municipalities get triangles; riket a dashed line
 * across with its value. Pure numbers and strings; RankChart.astro draws them.
 */
export function rankPlot(input: RankPlotInput): RankPlotGeometry {
  const width = input.width ?? 640;
  const height = input.height ?? 260;
  const fmt = (v: number, d = input.decimals) => formatValue(v, input.unit, d, input.lang ?? 'sv');
  const domainValues = input.country ? [...input.values, input.country.value] : [...input.values];

  // Dots, not bars: no zero baseline is needed, so the values get the whole height.
  const low = Math.min(...domainValues);
  const high = Math.max(...domainValues);
  const pad = low === high ? Math.abs(high) * 0.1 || 1 : 0;
  const y = scaleLinear().domain(domainValues.length > 0 ? [low - pad, high + pad] : [0, 1]).nice(5);
  const ticks = y.ticks(5);
  const step = ticks.length > 1 ? ticks[1] - ticks[0] : 1;
  const tickLabels = ticks.map((v) => fmt(v, tickDecimals(step, input.decimals)));

  const left = Math.max(...tickLabels.map((l) => textWidth(l, FONT_SIZE)), 10) + 10;
  const right = width - 8;
  // Room above the plot for the home municipality's label, below it for the axis labels.
  const top = FONT_SIZE + 14;
  const bottom = height - (FONT_SIZE + 14);
  y.range([bottom, top]);

  const n = input.values.length;
  const x = scaleLinear()
    .domain([0, Math.max(1, n - 1)])
    .range(n > 1 ? [left + 6, right - 6] : [(left + right) / 2, (left + right) / 2]);
  const point = (i: number) => ({ x: round(x(i)), y: round(y(input.values[i])) });

  const dots = input.values.map((_, i) => point(i)).map((p) => `M${p.x},${p.y}h0`);

  // The home label (bold, so measured a size up) starts right of its line, or ends left of it
  // when it would run off the right edge.
  const homeText = (text: string, at: number): PlacedText => {
    const w = textWidth(text, FONT_SIZE * 1.1);
    return at + 4 + w <= width || at - 4 - w < 0
      ? { text, x: round(at + 4), y: FONT_SIZE, anchor: 'start' }
      : { text, x: round(at - 4), y: FONT_SIZE, anchor: 'end' };
  };

  const geometry: RankPlotGeometry = {
    width,
    height,
    plot: { left, top, right, bottom },
    yTicks: ticks.map((v, i) => ({ value: v, y: round(y(v)), label: tickLabels[i] })),
    dots: dots.join(''),
    members: markersPath('triangle', input.members.filter((i) => i >= 0 && i < n).map(point), 64),
    axis: {
      first: { text: input.first, x: round(left), y: round(bottom + FONT_SIZE + 8), anchor: 'start' },
      last: { text: input.last, x: round(right), y: round(bottom + FONT_SIZE + 8), anchor: 'end' },
    },
  };

  if (input.home && input.home.index >= 0 && input.home.index < n) {
    const p = point(input.home.index);
    geometry.home = { ...p, marker: markersPath('circle', [p], 110), label: homeText(input.home.label, p.x) };
  }

  if (input.country) {
    const cy = round(y(input.country.value));
    // The label goes at the end where the curve runs below the line, above the line (below it
    // when the line is at the top of the plot), so it does not sit on the dots.
    const falling = n > 1 && input.values[0] > input.values[n - 1];
    const labelY = cy - 6 - FONT_SIZE < top - FONT_SIZE ? cy + FONT_SIZE + 4 : cy - 6;
    const w = textWidth(input.country.label, FONT_SIZE);
    const label: PlacedText = falling
      ? { text: input.country.label, x: round(right), y: round(labelY), anchor: 'end' }
      : { text: input.country.label, x: round(Math.min(left + 4, right - w)), y: round(labelY), anchor: 'start' };
    geometry.country = { y: cy, x1: round(left), x2: round(right), label };
  }
  return geometry;
}
