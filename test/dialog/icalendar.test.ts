// The calendar of dialogues (RFC 5545), parsed back with a real iCalendar parser (ical.js,
// Mozilla's) and compared with what went in: stable UIDs, DTSTAMP from the data, local times in
// Europe/Stockholm with its VTIMEZONE (summer and winter time), all-day spans, escaped text
// and lines folded at 75 octets without splitting a character.
import { describe, expect, it } from 'vitest';
import type { Dialogue } from '../../src/dialog/DialogData.ts';
import { buildICalendar, type CalendarEvent } from '../../src/dialog/feeds/buildICalendar.ts';
import { foldLine, icalText } from '../../src/dialog/feeds/icalText.ts';
import { calendarProblem } from '../../src/dialog/validate/verifyDialog.ts';
import { parseCalendar as parse } from '../support/icalendar.ts';

const source = { file: 'dialog/logg.xlsx', cell: 'A2' };
const HOSTILE = 'Möte <script>window.__pwned=1</script> a\\b; c, d "><svg onload=x>';
const LONG = 'Åäö '.repeat(40) + '€ – ett tecken i taget';

const event = (d: Partial<Dialogue> & Pick<Dialogue, 'id' | 'start'>, description = ''): CalendarEvent => ({
  dialogue: { title: d.id, form: 'meeting', indicators: [], operatingAreas: [], status: 'planned', source, ...d },
  url: `https://resultat.exempelkommun.se/dialog/${d.id}/`,
  description,
  category: 'möte',
});

const EVENTS = [
  event({ id: 'vinter', start: '2025-11-04T18:30', end: '2025-11-04T20:30', title: HOSTILE, place: 'Stadshuset, sal 1; plan 2' }, `Fråga: ${HOSTILE}\nandra raden`),
  event({ id: 'sommar', start: '2026-06-10T18:00', title: LONG }, LONG),
  event({ id: 'enkat', start: '2025-12-01', end: '2026-01-31', title: 'Enkät' }),
  event({ id: 'en-dag', start: '2026-02-02' }),
];


describe('the iCalendar of dialogues', () => {
  const text = buildICalendar({ name: 'Exempelkommun: kommande dialoger, bl.a. möten', host: 'resultat.exempelkommun.se', stamp: '2025-10-15', events: EVENTS });
  const { calendar, events } = parse(text);

  it('parses back with ical.js into the same events, text for text', () => {
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('name')).toBe('Exempelkommun: kommande dialoger, bl.a. möten');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Exempelkommun: kommande dialoger, bl.a. möten');
    expect(events.map((e) => e.uid)).toEqual(['vinter@resultat.exempelkommun.se', 'sommar@resultat.exempelkommun.se', 'enkat@resultat.exempelkommun.se', 'en-dag@resultat.exempelkommun.se']);
    expect(events[0].summary).toBe(HOSTILE);
    expect(events[0].location).toBe('Stadshuset, sal 1; plan 2');
    expect(events[0].description).toBe(`Fråga: ${HOSTILE}\nandra raden`);
    expect(events[1].summary).toBe(LONG);
    expect(events[1].description).toBe(LONG);
    expect(events[0].component.getFirstPropertyValue('url')).toBe('https://resultat.exempelkommun.se/dialog/vinter/');
    expect(events.every((e) => e.component.getFirstPropertyValue('dtstamp')!.toString() === '2025-10-15T00:00:00Z')).toBe(true);
  });

  it('places meetings in Swedish time, winter and summer, through its own VTIMEZONE', () => {
    expect(events[0].startDate.zone?.tzid).toBe('Europe/Stockholm');
    expect(events[0].startDate.toJSDate().toISOString()).toBe('2025-11-04T17:30:00.000Z');
    expect(events[0].endDate.toJSDate().toISOString()).toBe('2025-11-04T19:30:00.000Z');
    expect(events[1].startDate.toJSDate().toISOString()).toBe('2026-06-10T16:00:00.000Z');
  });

  it('gives surveys and other spans whole days, the end exclusive as RFC 5545 says', () => {
    expect([events[2].startDate.isDate, events[2].startDate.toString(), events[2].endDate.toString()]).toEqual([true, '2025-12-01', '2026-02-01']);
    expect([events[3].startDate.toString(), events[3].endDate.toString()]).toEqual(['2026-02-02', '2026-02-03']);
  });

  it('has CRLF lines of at most 75 octets, balanced components, and the same bytes every time', () => {
    expect(calendarProblem(text)).toBeUndefined();
    expect(text.split('\r\n').some((l) => Buffer.byteLength(l) > 70)).toBe(true); // something was folded
    expect(buildICalendar({ name: 'Exempelkommun: kommande dialoger, bl.a. möten', host: 'resultat.exempelkommun.se', stamp: '2025-10-15', events: EVENTS })).toBe(text);
  });

  it('folds between characters, never inside one', () => {
    const line = `SUMMARY:${'ö'.repeat(100)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) {
      expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
      expect(part).not.toContain('\uFFFD');
    }
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(icalText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('the gate check finds a bare LF, a long line and an unclosed component (self-test)', () => {
    expect(calendarProblem('BEGIN:VCALENDAR\nEND:VCALENDAR\r\n')).toMatch(/bare LF/);
    expect(calendarProblem(`BEGIN:VCALENDAR\r\nX:${'a'.repeat(80)}\r\nEND:VCALENDAR\r\n`)).toMatch(/longer than 75/);
    expect(calendarProblem('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n')).toMatch(/does not close/);
  });
});
