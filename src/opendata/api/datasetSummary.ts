import type { Indicator } from '../../model/types.gen.ts';
import type { Coverage } from '../../site/coverage.ts';
import { INTL_LOCALE, type Lang } from '../../i18n/languages.ts';
import { indicatorPath, sitePath } from '../../site/sitePath.ts';
import { OPEN_DATA_PATHS } from './apiDocuments.ts';

/** What the data page says about one indicator as a dataset. */
export interface DatasetSummary {
  indicator: Indicator;
  /** First and last period with a value or a status, in time order; undefined without observations. */
  periods?: { first: string; last: string };
  /** Observations with a number. */
  values: number;
  /** The download formats and the API document, as [label key, site path]. */
  formats: { key: 'formatCsv' | 'formatExcelCsv' | 'formatXlsx' | 'formatJson' | 'formatApi'; path: string; download: boolean }[];
}

export function datasetSummary(indicator: Indicator, coverage: Coverage, base?: string): DatasetSummary {
  const { periods } = coverage;
  return {
    indicator,
    periods: periods.length > 0 ? { first: periods[0], last: periods[periods.length - 1] } : undefined,
    values: coverage.values,
    formats: [
      { key: 'formatCsv', path: indicatorPath(indicator.id, 'data.csv', base), download: true },
      { key: 'formatExcelCsv', path: indicatorPath(indicator.id, 'data-excel.csv', base), download: true },
      { key: 'formatXlsx', path: indicatorPath(indicator.id, 'data.xlsx', base), download: true },
      { key: 'formatJson', path: indicatorPath(indicator.id, 'data.json', base), download: true },
      { key: 'formatApi', path: sitePath(OPEN_DATA_PATHS.indicator(indicator.id), base), download: false },
    ],
  };
}

/** "Exempelkommun (2025). Title. URL" — the citation the data page and README suggest. */
export function citation(publisher: string, title: string, url: string, date?: string): string {
  return `${publisher}${date ? ` (${date.slice(0, 4)})` : ''}. ${title}${date ? `, version ${date}` : ''}. ${url}`;
}

/** A byte count as Swedish text: "870 byte", "48 kB", "1,2 MB"; in English "870 bytes", "1.2 MB". */
export function formatBytes(bytes: number, lang: Lang = 'sv'): string {
  const nf = (n: number, d: number) => new Intl.NumberFormat(INTL_LOCALE[lang], { maximumFractionDigits: d }).format(n);
  if (bytes < 1000) return `${nf(bytes, 0)} ${lang === 'sv' ? 'byte' : 'bytes'}`;
  if (bytes < 1_000_000) return `${nf(bytes / 1000, 0)} kB`;
  return `${nf(bytes / 1_000_000, 1)} MB`;
}
