// Its own module: the sections name it, and a page's or a data file's cache key takes in every
// module it imports — the search step's code is none of theirs.
import type { Lang } from '../../i18n/languages.ts';

/** A search hit that is not a page of its own in the index (a supplier, say), with the URL it leads to. */
export interface SearchRecord {
  /** The URL path as served, base path included. */
  url: string;
  title: string;
  content: string;
  /** The index it goes into: the language of the page it leads to (Swedish unless said). */
  lang?: Lang;
}
