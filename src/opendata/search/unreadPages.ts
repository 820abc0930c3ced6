/**
 * Folders of pages with nothing to index (no data-pagefind-body), several per indicator: Pagefind
 * need not read them, and they are not copied for it (makeSearchCopies). At 2 000 indicators they
 * are 8 000 of the site's 16 000 pages and half of the search stage's time. `*` is any indicator. The search test
 * (test/site/opendata-search.test.ts) fails if a page under one of them is searchable.
 */
export const UNREAD_PAGES: readonly string[] = [
  // The embed page: a chart and a table for another site, without the site's chrome.
  '/matt/*/inbaddning/',
  // The tables sorted by name: the same text as the pages sorted by value, which are indexed.
  '/matt/*/enheter/namn/',
  '/matt/*/kommuner/namn/',
];

