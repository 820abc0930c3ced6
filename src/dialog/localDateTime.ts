// Local date-times of the dialogue log: YYYY-MM-DD or YYYY-MM-DDTHH:MM, Swedish time.

/** The calendar date of a local date-time. */
export const dateOf = (value: string): string => value.slice(0, 10);

/**
 * a before b? Two date-times compare by time; when either is a date only, by date,
 * so a meeting that ends on the day it starts at 18:00 is not "before" it.
 */
export function isBefore(a: string, b: string): boolean {
  return a.length > 10 && b.length > 10 ? a < b : dateOf(a) < dateOf(b);
}
