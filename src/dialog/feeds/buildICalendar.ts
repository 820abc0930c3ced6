import type { Dialogue } from '../DialogData.ts';
import { dateOf } from '../localDateTime.ts';
import { icalLines, icalText } from './icalText.ts';

export const TZID = 'Europe/Stockholm';

/**
 * Sweden's time zone as a VTIMEZONE (the EU rule since 1996: summer time from the last Sunday
 * of March at 02:00 to the last Sunday of October at 03:00), so calendars that do not know
 * the TZID still place a meeting at the right hour.
 */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  `X-LIC-LOCATION:${TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const basicDate = (date: string) => date.replace(/-/g, '');
/** 2025-10-18T18:00 → 20251018T180000 (local time in TZID). */
const basicDateTime = (value: string) => `${basicDate(value.slice(0, 10))}T${value.slice(11, 13)}${value.slice(14, 16)}00`;

/** The day after a YYYY-MM-DD date (DTEND of an all-day event is exclusive). */
function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export interface CalendarEvent {
  dialogue: Dialogue;
  /** Absolute URL of the dialogue's page. */
  url: string;
  /** Further text for DESCRIPTION (the form, the question, who organises it). */
  description: string;
  /** The form in words (CATEGORIES). */
  category: string;
}

export interface CalendarInput {
  /** Calendar name (X-WR-CALNAME, NAME). */
  name: string;
  /** The host part of every UID: the site's host, so a dialogue's UID is the same in every calendar. */
  host: string;
  /** YYYY-MM-DD: DTSTAMP of every event, from the data (never the clock). */
  stamp: string;
  events: readonly CalendarEvent[];
  /** The language of the log's own texts (title, place) when it is not the calendar's: LANGUAGE=sv on them. */
  dataLanguage?: string;
}

/** DTSTART/DTEND: timed (with TZID) when the start has a time and the end, if any, too; else all-day dates. */
function times(d: Dialogue): string[] {
  const timed = d.start.length > 10 && (d.end === undefined || d.end.length > 10);
  if (timed) {
    const lines = [`DTSTART;TZID=${TZID}:${basicDateTime(d.start)}`];
    if (d.end !== undefined && d.end !== d.start) lines.push(`DTEND;TZID=${TZID}:${basicDateTime(d.end)}`);
    return lines;
  }
  return [`DTSTART;VALUE=DATE:${basicDate(dateOf(d.start))}`, `DTEND;VALUE=DATE:${basicDate(nextDay(dateOf(d.end ?? d.start)))}`];
}

/**
 * An iCalendar (RFC 5545) calendar of dialogues: one VEVENT per dialogue with a UID that is
 * stable per dialogue, DTSTAMP from the data, local times in Europe/Stockholm with its
 * VTIMEZONE, escaped text and folded lines. Deterministic: the same input gives the same bytes.
 */
export function buildICalendar(input: CalendarInput): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Oppna resultat//Dialog//SV',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${icalText(input.name)}`,
    `X-WR-CALNAME:${icalText(input.name)}`,
    `X-WR-TIMEZONE:${TZID}`,
    ...VTIMEZONE,
  ];
  const stamp = `${basicDate(input.stamp)}T000000Z`;
  const language = input.dataLanguage ? `;LANGUAGE=${input.dataLanguage}` : '';
  for (const { dialogue: d, url, description, category } of input.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${icalText(`${d.id}@${input.host}`)}`,
      `DTSTAMP:${stamp}`,
      ...times(d),
      `SUMMARY${language}:${icalText(d.title)}`,
    );
    if (d.place !== undefined) lines.push(`LOCATION${language}:${icalText(d.place)}`);
    if (description !== '') lines.push(`DESCRIPTION:${icalText(description)}`);
    lines.push(`CATEGORIES:${icalText(category)}`, `URL:${url}`, 'CLASS:PUBLIC', 'TRANSP:OPAQUE', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return icalLines(lines);
}
