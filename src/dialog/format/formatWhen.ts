import { formatDate } from '../../format/formatDate.ts';
import type { Lang } from '../../i18n/t.ts';
import type { Dialogue } from '../DialogData.ts';

/** The text with its first letter in upper case: a form ("möte") at the start of a line. */
export const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const english = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A YYYY-MM-DD date in words: "4 november 2025" (sv) or "4 November 2025" (en). */
export function dayText(date: string, lang: Lang = 'sv'): string {
  if (lang === 'sv') return formatDate(date);
  const [y, m, d] = date.split('-').map(Number);
  return english.format(new Date(Date.UTC(y, m - 1, d)));
}

/** HH:MM of a local date-time, the way each language writes a time: 18.30 (sv), 18:30 (en). */
function clock(value: string, lang: Lang): string {
  const time = value.slice(11, 16);
  return lang === 'sv' ? time.replace(':', '.') : time;
}

const at = (lang: Lang) => (lang === 'sv' ? ' kl. ' : ' at ');

/**
 * When a dialogue takes place, in words: "4 november 2025 kl. 18.30–20.30", "1 oktober –
 * 31 oktober 2025", "1 december 2025 – 31 januari 2026". Dates and times are local (Swedish) time.
 */
export function formatWhen(d: Pick<Dialogue, 'start' | 'end'>, lang: Lang = 'sv'): string {
  const startDay = d.start.slice(0, 10);
  const startText = dayText(startDay, lang) + (d.start.length > 10 ? at(lang) + clock(d.start, lang) : '');
  if (d.end === undefined || d.end === d.start) return startText;
  const endDay = d.end.slice(0, 10);
  if (endDay === startDay) return d.end.length > 10 && d.start.length > 10 ? `${startText}–${clock(d.end, lang)}` : startText;
  const endText = dayText(endDay, lang) + (d.end.length > 10 ? at(lang) + clock(d.end, lang) : '');
  // "1 oktober – 31 oktober 2025": the year once when both days are in it and neither has a time.
  const sameYear = startDay.slice(0, 4) === endDay.slice(0, 4) && d.start.length === 10 && d.end.length === 10;
  const first = sameYear ? startText.replace(/\s\d{4}$/, '') : startText;
  return `${first} – ${endText}`;
}
