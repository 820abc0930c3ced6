import type { Dialogue } from '../../model/types.gen.ts';
import { slug } from '../../site/slug.ts';
import { FORM_WORDS, RESERVED_IDS, STATUS_WORDS } from '../DialogData.ts';
import type { DialogContext } from './DialogContext.ts';
import type { DialogRows } from './DialogRows.ts';
import { headerOf } from './dialogLayouts.ts';
import { dateOf, isBefore } from '../localDateTime.ts';

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const FORMS = 'möte, enkät, medborgarpanel, e-förslag, webbdialog, samråd, workshop, fokusgrupp, öppet hus eller annat';
const STATUSES = 'planerad, pågår, genomförd eller återkopplad';

/**
 * The dialogue log ("Vi hörde – vi gjorde"): one dialogue per row. With the log's own date
 * (`asOf`), a status that contradicts the dates — planned but over, held but still to come — is
 * a warning: the pages go by the dates, the log should say the same.
 */
export function normaliseDialogues(rows: DialogRows, context: DialogContext, out: Dialogue[], asOf?: string): void {
  const { scope } = rows;
  const name = (field: string) => headerOf('dialogues', field);
  const knownAreas = [...new Set(context.operatingAreas.values())].sort((a, b) => a.localeCompare(b, 'sv'));
  rows.each('id', () => {
    const id = rows.required('id');
    if (id !== undefined && !ID.test(id)) rows.report('invalid-value', 'id', { field: name('id'), allowed: 'Små bokstäver a–z, siffror och bindestreck (högst 64 tecken), t.ex. 2025-trygghet-centrum.' });
    else if (id !== undefined && RESERVED_IDS.has(id)) rows.report('invalid-value', 'id', { field: name('id'), allowed: `Ett id som inte är namnet på en annan sida under /dialog/ (${[...RESERVED_IDS].join(', ')}).` });
    const title = rows.published('title', 'short', true);
    const form = rows.need('form') ? rows.choice('form', FORM_WORDS, FORMS) : undefined;
    const status = rows.need('status') ? rows.choice('status', STATUS_WORDS, STATUSES) : undefined;
    const start = rows.need('start') ? rows.dateTime('start') : undefined;
    const end = rows.dateTime('end');
    if (start !== undefined && end !== undefined && isBefore(end, start)) {
      rows.report('date-order', 'end', { later: name('end'), laterDate: end.replace('T', ' '), earlier: name('start'), earlierDate: start.replace('T', ' ') });
    }
    const decisionDate = rows.dateTime('decisionDate', true);
    if (start !== undefined && decisionDate !== undefined && decisionDate < dateOf(start)) {
      rows.report('date-order', 'decisionDate', { later: name('decisionDate'), laterDate: decisionDate, earlier: name('start'), earlierDate: dateOf(start) });
    }
    const indicators: string[] = [];
    for (const indicator of rows.list('indicators')) {
      if (context.indicators.has(indicator)) indicators.push(indicator);
      else rows.reportValue('unknown-indicator', 'indicators', indicator);
    }
    const operatingAreas: string[] = [];
    for (const area of rows.list('operatingAreas')) {
      const known = context.operatingAreas.get(slug(area));
      if (known !== undefined) operatingAreas.push(known);
      else rows.reportValue('invalid-value', 'operatingAreas', area, { field: name('operatingAreas'), allowed: knownAreas.join(', ') });
    }
    // A dialogue about an indicator concerns its operating area too (the calendars per area use this).
    for (const indicator of indicators) operatingAreas.push(context.indicators.get(indicator)!.operatingArea);
    const texts = {
      place: rows.published('place', 'short'),
      organiser: rows.published('organiser', 'short'),
      invited: rows.published('invited'),
      missing: rows.published('missing'),
      question: rows.published('question'),
      heard: rows.published('heard'),
      did: rows.published('did'),
      decision: rows.published('decision', 'short'),
    };
    const counts = { invitedCount: rows.count('invitedCount'), participants: rows.count('participants') };
    const link = rows.https('link');
    if (asOf !== undefined && start !== undefined && status !== undefined) {
      const over = dateOf(end ?? start) < asOf;
      const ahead = dateOf(start) > asOf;
      if ((status === 'planned' && over) || ((status === 'held' || status === 'reported') && ahead)) {
        rows.report('status-date-mismatch', 'status', { asOf, when: dateOf(over ? (end ?? start) : start), 'state@sv': over ? 'slutade' : 'börjar', 'state@en': over ? 'ended' : 'starts' });
      }
    }
    // Reported back means there is something to report: "Vi gjorde" says what.
    if (status === 'reported' && texts.did === undefined && rows.ok) {
      scope.report('missing-cell', rows.r, rows.column('did'), undefined, { field: name('did'), example: 'Belysningen längs gångvägen byts ut under hösten.' });
      rows.ok = false;
    }
    if (!rows.ok || id === undefined || title === undefined || form === undefined || status === undefined || start === undefined) return;
    // Absent fields stay absent (not undefined), so the written JSON has no empty keys.
    const given = Object.fromEntries(Object.entries({ end, ...texts, ...counts, decisionDate, link }).filter(([, v]) => v !== undefined)) as Partial<Dialogue>;
    out.push({ id, title, start, form, indicators, operatingAreas: [...new Set(operatingAreas)], status, source: scope.source(rows.r, rows.column('id')), ...given });
  });
}
