// What the dialogue pages compute: past and upcoming by the data's own date, the figures per
// year, the priorities tally, what an indicator page shows, and the day that counts as today.
import { describe, expect, it } from 'vitest';
import type { Dialogue } from '../../src/dialog/DialogData.ts';
import { asOfDate } from '../../src/dialog/asOfDate.ts';
import { comingDialogues, indicatorDialogue, outcomes, priorityYears, when, yearCounts } from '../../src/dialog/site/dialogViews.ts';
import { formatWhen } from '../../src/dialog/format/formatWhen.ts';
import type { Indicator } from '../../src/model/types.gen.ts';

const source = { file: 'dialog/logg.xlsx', sheet: 'Dialoger', cell: 'A2' };
const dialogue = (id: string, start: string, status: Dialogue['status'], more: Partial<Dialogue> = {}): Dialogue => ({
  id, title: id, start, form: 'meeting', indicators: [], operatingAreas: [], status, source, ...more,
});

describe('past, ongoing and upcoming', () => {
  it('go by the as-of date, the day itself counting as upcoming; without a date, by the status', () => {
    expect(when(dialogue('a', '2025-10-15T18:00', 'planned'), '2025-10-15')).toBe('upcoming');
    expect(when(dialogue('b', '2025-10-01', 'ongoing', { end: '2025-10-31' }), '2025-10-15')).toBe('ongoing');
    expect(when(dialogue('c', '2025-10-01', 'ongoing', { end: '2025-10-14' }), '2025-10-15')).toBe('past');
    expect(when(dialogue('d', '2025-10-14', 'planned'), '2025-10-15')).toBe('past');
    expect(when(dialogue('e', '2020-01-01', 'planned'), undefined)).toBe('upcoming');
    expect(when(dialogue('f', '2020-01-01', 'held'), undefined)).toBe('past');
  });

  it('the calendar has what is coming and going on, soonest first', () => {
    const list = [dialogue('x', '2025-12-01', 'planned'), dialogue('y', '2025-10-01', 'ongoing', { end: '2025-10-31' }), dialogue('z', '2025-01-01', 'held')];
    expect(comingDialogues({ dialogues: list, asOf: '2025-10-15' }).map((d) => d.id)).toEqual(['y', 'x']);
  });

  it('outcomes are the dialogues reported back, newest decision first', () => {
    const list = [
      dialogue('a', '2025-01-01', 'reported', { decisionDate: '2025-03-01' }),
      dialogue('b', '2025-02-01', 'held'),
      dialogue('c', '2024-05-01', 'reported', { end: '2025-05-02' }),
    ];
    expect(outcomes(list).map((d) => d.id)).toEqual(['c', 'a']);
  });
});

describe('the dialogue in figures', () => {
  it('counts per year the dialogues held, their participants and the share reported back', () => {
    const list = [
      dialogue('a', '2024-03-01', 'reported', { participants: 40 }),
      dialogue('b', '2024-09-01', 'held'),
      dialogue('c', '2025-02-01', 'reported', { participants: 10 }),
      dialogue('d', '2025-11-01', 'planned', { participants: 99 }),
    ];
    expect(yearCounts({ dialogues: list, asOf: '2025-10-15' })).toEqual([
      { year: 2024, held: 2, participants: 40, counted: 1, reported: 1, reportedShare: 0.5 },
      { year: 2025, held: 1, participants: 10, counted: 1, reported: 1, reportedShare: 1 },
    ]);
  });

  it('the priorities tally sums channels per indicator or topic, most chosen first, latest year first', () => {
    const indicators = new Map([['L1', { id: 'L1', title: 'Andel nöjda' } as Indicator]]);
    const years = priorityYears([
      { year: 2024, indicator: 'L1', count: 5, source },
      { year: 2025, indicator: 'L1', count: 86, channel: 'Webben', source },
      { year: 2025, indicator: 'L1', count: 312, channel: 'Budgetdialogen', source },
      { year: 2025, topic: 'Trygghet', count: 254, channel: 'Budgetdialogen', source },
      { year: 2025, topic: 'trygghet', count: 6, channel: 'Webben', source },
    ], indicators);
    expect(years.map((y) => y.year)).toEqual([2025, 2024]);
    expect(years[0].choices.map((c) => [c.label, c.total, c.channels.map((ch) => `${ch.channel}:${ch.count}`)])).toEqual([
      ['Andel nöjda', 398, ['Budgetdialogen:312', 'Webben:86']],
      ['Trygghet', 260, ['Budgetdialogen:254', 'Webben:6']],
    ]);
    expect(years[0].total).toBe(658);
  });

  it("an indicator's questions, dialogues and the latest year's count of residents who said it matters", () => {
    const view = indicatorDialogue({
      dialogues: [dialogue('a', '2024-01-01', 'held', { indicators: ['L1'] }), dialogue('b', '2025-01-01', 'held', { indicators: ['L1', 'L2'] }), dialogue('c', '2025-01-01', 'held', { indicators: ['L2'] })],
      questions: [
        { id: 'q1', indicator: 'L1', asked: '2025-01-01', question: '?', source },
        { id: 'q2', indicator: 'L1', asked: '2025-06-01', question: '?', source },
        { id: 'q3', indicator: 'L2', asked: '2025-06-01', question: '?', source },
      ],
      priorities: [{ year: 2024, indicator: 'L1', count: 9, source }, { year: 2025, indicator: 'L1', count: 4, channel: 'a', source }, { year: 2025, indicator: 'L1', count: 3, channel: 'b', source }],
    }, 'L1');
    expect(view.questions.map((q) => q.id)).toEqual(['q2', 'q1']);
    expect(view.dialogues.map((d) => d.id)).toEqual(['b', 'a']);
    expect(view.matters).toEqual({ year: 2025, count: 7 });
  });
});

describe('the day the dialogue regards as today', () => {
  const indicators = [{ lastUpdated: '2025-08-31' }, { lastUpdated: '2025-01-30' }] as Indicator[];
  it('is the log\'s own date, else SOURCE_DATE_EPOCH, else the latest update of the results — never the clock', () => {
    expect(asOfDate(['2025-09-01', '2025-10-15'], '1767225600', indicators)).toEqual({ asOf: '2025-10-15', asOfSource: 'log' });
    expect(asOfDate([], '1767225600', indicators)).toEqual({ asOf: '2026-01-01', asOfSource: 'source-date-epoch' });
    expect(asOfDate([], undefined, indicators)).toEqual({ asOf: '2025-08-31', asOfSource: 'data' });
    expect(asOfDate([], 'inte ett tal', [])).toEqual({});
  });
});

describe('when, in words', () => {
  it('writes days, times and spans the Swedish way (and the English)', () => {
    expect(formatWhen({ start: '2025-11-04T18:30', end: '2025-11-04T20:30' })).toBe('4 november 2025 kl. 18.30–20.30');
    expect(formatWhen({ start: '2025-11-04T18:30' })).toBe('4 november 2025 kl. 18.30');
    expect(formatWhen({ start: '2025-10-01', end: '2025-10-31' })).toBe('1 oktober – 31 oktober 2025');
    expect(formatWhen({ start: '2025-12-01', end: '2026-01-31' })).toBe('1 december 2025 – 31 januari 2026');
    expect(formatWhen({ start: '2025-03-01T18:00', end: '2025-03-02T12:00' })).toBe('1 mars 2025 kl. 18.00 – 2 mars 2025 kl. 12.00');
    expect(formatWhen({ start: '2025-11-04T18:30', end: '2025-11-04T20:30' }, 'en')).toBe('4 November 2025 at 18:30–20:30');
  });
});
