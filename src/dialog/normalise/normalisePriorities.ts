import type { DialoguePriority } from '../../model/types.gen.ts';
import type { DialogContext } from './DialogContext.ts';
import type { DialogRows } from './DialogRows.ts';
import { headerOf } from './dialogLayouts.ts';

/** The priorities tally: per year, indicator or topic and channel, how many residents chose it. */
export function normalisePriorities(rows: DialogRows, context: DialogContext, out: DialoguePriority[]): void {
  const { scope } = rows;
  rows.each('year', () => {
    const year = rows.need('year') ? rows.year('year') : undefined;
    const indicator = rows.text('indicator', 'short');
    if (indicator !== undefined && !context.indicators.has(indicator)) rows.report('unknown-indicator', 'indicator');
    const topic = rows.published('topic', 'short');
    const channel = rows.published('channel', 'short');
    const count = rows.need('count') ? rows.count('count') : undefined;
    if (indicator === undefined && topic === undefined && rows.ok) {
      const field = rows.column('topic') >= 0 ? 'topic' : 'indicator';
      scope.report('missing-cell', rows.r, rows.column(field), undefined, { field: `${headerOf('priorities', 'indicator')} eller ${headerOf('priorities', 'topic')}`, example: 'N15428' });
      rows.ok = false;
    }
    if (!rows.ok || year === undefined || count === undefined) return;
    const record: DialoguePriority = { year, count, source: scope.source(rows.r, rows.column('count')) };
    if (indicator !== undefined) record.indicator = indicator;
    if (topic !== undefined) record.topic = topic;
    if (channel !== undefined) record.channel = channel;
    out.push(record);
  });
}
