// One formatter for the process: constructing Intl.ListFormat costs more than using it, and
// charts call this for every page.
const conjunction = new Intl.ListFormat('sv', { type: 'conjunction' });

/** Items joined the Swedish way: "a, b och c". */
export function formatList(items: readonly string[]): string {
  return conjunction.format(items);
}
