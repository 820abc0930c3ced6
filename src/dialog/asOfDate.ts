import type { Indicator } from '../model/types.gen.ts';
import { epochDate } from '../opendata/dcat/catalogueDates.ts';
import type { DialogMeta } from './DialogData.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The day the dialogue pages regard as today, which splits past from upcoming — never the
 * clock, so two builds of one commit give the same bytes: the log's own "Senast uppdaterad"
 * date (the latest, with several logs); else SOURCE_DATE_EPOCH (CI pins it to the commit);
 * else the latest date the results were updated. Absent when none of them gives a date.
 */
export function asOfDate(logDates: readonly string[], sourceDateEpoch: string | undefined, indicators: readonly Indicator[]): DialogMeta {
  const log = logDates.filter((d) => DATE.test(d)).sort().at(-1);
  if (log) return { asOf: log, asOfSource: 'log' };
  const epoch = epochDate(sourceDateEpoch);
  if (epoch) return { asOf: epoch, asOfSource: 'source-date-epoch' };
  const data = indicators.map((i) => i.lastUpdated).filter((d): d is string => d !== undefined && DATE.test(d)).sort().at(-1);
  return data ? { asOf: data, asOfSource: 'data' } : {};
}
