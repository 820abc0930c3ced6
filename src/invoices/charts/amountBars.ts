// Horizontal bars for amounts (per month, per förvaltning, per account class), laid out at build
// time like the units chart: each name above its bar, so long names keep the full width on a phone,
// and the amount after the bar. A negative total (a month of credit notes) gets a bar to the left
// of a zero line.
import { scaleLinear } from 'd3-scale';
import type { Lang } from '../../i18n/languages.ts';
import { textWidth } from '../../charts/textWidth.ts';
import { FONT_SIZE } from '../../charts/timeSeries.ts';

export interface AmountItem {
  key: string;
  label: string;
  /** The label's language when it is data in Swedish (a förvaltning's name) on a page in another language. */
  labelLang?: Lang;
  value: number;
  valueLabel: string;
}

export interface AmountBar extends AmountItem {
  nameY: number;
  barX: number;
  barY: number;
  barWidth: number;
  barHeight: number;
  labelX: number;
  labelY: number;
}

export interface AmountBarsGeometry {
  width: number;
  height: number;
  zeroX: number;
  negative: boolean;
  bars: AmountBar[];
}

const NAME_LINE = FONT_SIZE + 4;
const BAR_HEIGHT = 14;
const ROW_GAP = 10;
const ROW = NAME_LINE + BAR_HEIGHT + ROW_GAP;

const r = (n: number) => Math.round(n * 10) / 10;

/** Bars in the order given (a chart of months keeps the calendar's order). */
export function amountBars(items: readonly AmountItem[], width = 640): AmountBarsGeometry {
  const labelRoom = Math.max(0, ...items.map((i) => textWidth(i.valueLabel, FONT_SIZE))) + 8;
  const min = Math.min(0, ...items.map((i) => i.value));
  const max = Math.max(0, ...items.map((i) => i.value));
  const x = scaleLinear()
    .domain([min, max === min ? min + 1 : max])
    .range([1, Math.max(40, width - labelRoom)]);
  const zeroX = x(0);
  const bars = items.map((item, i): AmountBar => {
    const top = i * ROW;
    const end = x(item.value);
    return {
      ...item,
      nameY: r(top + FONT_SIZE),
      barX: r(Math.min(zeroX, end)),
      barY: r(top + NAME_LINE),
      barWidth: r(Math.max(Math.abs(end - zeroX), 1)),
      barHeight: BAR_HEIGHT,
      labelX: r(Math.max(end, zeroX) + 6),
      labelY: r(top + NAME_LINE + BAR_HEIGHT - 3),
    };
  });
  return { width, height: Math.max(ROW, bars.length * ROW), zeroX: r(zeroX), negative: min < 0, bars };
}
