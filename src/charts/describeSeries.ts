import { formatList } from '../format/formatList.ts';
import { formatPeriod } from '../format/formatPeriod.ts';
import { sentenceValue } from '../format/formatValue.ts';
import { t, type Lang } from '../i18n/t.ts';
import { comparePeriods } from '../model/comparePeriods.ts';
import { includesZero, targetDecimals } from './timeSeries.ts';
import type { SeriesPoint, TargetInput } from './timeSeries.ts';

export interface DescribedComparison {
  /** Name as it starts a sentence: "Riket", "Liknande kommuner". */
  name: string;
  /** A group shown as its mean ("låg i genomsnitt på"). */
  group?: boolean;
  points: readonly SeriesPoint[];
}

export interface DescribeInput {
  unit: string;
  decimals: number;
  /** Name of the main series, used when nothing else is said. */
  name: string;
  /** Sentence subject, e.g. "Andelen i Exempelkommun"; default from the unit ("Andelen", "Värdet"). */
  subject?: string;
  points: readonly SeriesPoint[];
  comparisons?: readonly DescribedComparison[];
  target?: TargetInput;
  /** The language of the sentences (default Swedish). */
  lang?: Lang;
}

/** "Andelen" for shares, "Antalet" for counts, "Värdet" otherwise. */
export function subjectFor(unit: string, lang: Lang = 'sv'): string {
  const u = unit.trim().toLowerCase();
  if (u === '%' || u === 'procent' || u === 'andel') return t('chart.subject.percent', undefined, lang);
  if (includesZero(u)) return t('chart.subject.count', undefined, lang);
  return t('chart.subject.value', undefined, lang);
}

type Valued = SeriesPoint & { value: number };
const isValued = (p: SeriesPoint): p is Valued => typeof p.value === 'number' && Number.isFinite(p.value);

function rounded(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/**
 * What a time-series chart shows, in sentences (Swedish, or the input's language): the trend of the main series from its
 * first to its latest value, where the comparisons stood, the target, and which periods have no
 * value and why. Used as the SVG <desc> and as visible text, so it must stand on its own.
 */
export function describeSeries(input: DescribeInput): string {
  const lang = input.lang ?? 'sv';
  const tr = (key: string, params?: Record<string, string | number>) => t(key, params, lang);
  const period = (p: string) => formatPeriod(p, lang);
  const fmt = (v: number) => sentenceValue(v, input.unit, input.decimals, lang);
  const subject = input.subject ?? subjectFor(input.unit, lang);
  const sorted = [...input.points].sort((a, b) => comparePeriods(a.period, b.period));
  const valued = sorted.filter(isValued);
  const sentences: string[] = [];

  if (valued.length === 0) {
    sentences.push(tr('chart.describe.none', { name: input.name }));
  } else {
    const first = valued[0];
    const last = valued[valued.length - 1];
    const params = {
      subject,
      from: fmt(first.value),
      fromPeriod: period(first.period),
      to: fmt(last.value),
      toPeriod: period(last.period),
    };
    if (valued.length === 1) {
      sentences.push(tr('chart.describe.single', params));
    } else {
      // Compared as displayed: a change too small to show is no change to the reader.
      const a = rounded(first.value, input.decimals);
      const b = rounded(last.value, input.decimals);
      sentences.push(tr(b > a ? 'chart.describe.up' : b < a ? 'chart.describe.down' : 'chart.describe.flat', params));
    }

    for (const c of input.comparisons ?? []) {
      const same = c.points.find((p) => p.period === last.period && isValued(p));
      const theirs = same ?? [...c.points].filter(isValued).sort((x, y) => comparePeriods(x.period, y.period)).pop();
      if (!theirs || !isValued(theirs)) continue;
      sentences.push(
        tr(c.group ? 'chart.describe.group' : 'chart.describe.comparison', {
          name: c.name,
          value: fmt(theirs.value),
          period: period(theirs.period),
        }),
      );
    }
  }

  if (input.target) {
    sentences.push(
      tr('chart.describe.target', {
        year: input.target.year,
        value: sentenceValue(input.target.value, input.unit, targetDecimals(input.target.value, input.decimals), lang),
      }),
    );
  }

  const gaps = sorted.filter((p) => !isValued(p));
  if (gaps.length > 0) {
    const items = gaps.map((p) =>
      tr('chart.describe.gap', {
        period: period(p.period),
        status: p.status ? tr(`status.${p.status}.label`) : tr('chart.describe.noStatus'),
      }),
    );
    sentences.push(tr('chart.describe.gaps', { list: formatList(items, lang) }));
  }
  return sentences.join(' ');
}
