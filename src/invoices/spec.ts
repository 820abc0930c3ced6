// The national specification for open supplier invoices (Specifikation för leverantörsreskontra,
// lankadedata.se v1.1): fifteen columns, the first nine mandatory, detected by name, never by order.
// One row is one booking line (kontering); a purchase booked on three accounts is three rows.

/** The specification's columns in the order the published files use. */
export const SPEC_COLUMNS = [
  'kopare_id',
  'kopare',
  'verifikationsnummer',
  'leverantor',
  'leverantor_id',
  'konto_nr',
  'konto_text',
  'datum',
  'belopp',
  'forvaltning',
  'fakturanummer',
  'grund',
  'avtal',
  'kommun_id',
  's_kod_nr',
] as const;

export type SpecColumn = (typeof SPEC_COLUMNS)[number];

/** Columns every export must have (the specification's mandatory nine). */
export const REQUIRED_COLUMNS: readonly SpecColumn[] = SPEC_COLUMNS.slice(0, 9);

/**
 * Header names accepted for each column, first the specification's own. Real publications use
 * `bokforingsdatum` and `nettobelopp` (Västra Götalandsregionen) and older drafts `faktura_nr`;
 * the Swedish words are what a controller's own export may say.
 */
export const COLUMN_ALIASES: ReadonlyMap<SpecColumn, readonly string[]> = new Map<SpecColumn, readonly string[]>([
  ['kopare_id', ['kopare_id', 'köpare id', 'köparens organisationsnummer']],
  ['kopare', ['kopare', 'köpare', 'kopare_text']],
  ['verifikationsnummer', ['verifikationsnummer', 'verifikationsnr', 'verifikation', 'ver nr']],
  ['leverantor', ['leverantor', 'leverantör', 'leverantörsnamn', 'leverantor_namn']],
  ['leverantor_id', ['leverantor_id', 'leverantör id', 'leverantörens organisationsnummer', 'organisationsnummer']],
  ['konto_nr', ['konto_nr', 'konto', 'kontonummer']],
  ['konto_text', ['konto_text', 'kontotext', 'kontonamn', 'kontobenämning']],
  ['datum', ['datum', 'bokforingsdatum', 'bokföringsdatum']],
  ['belopp', ['belopp', 'nettobelopp', 'belopp exkl moms']],
  ['forvaltning', ['forvaltning', 'förvaltning', 'nämnd']],
  ['fakturanummer', ['fakturanummer', 'faktura_nr', 'fakturanr']],
  ['grund', ['grund', 'upphandlingsgrund']],
  ['avtal', ['avtal', 'avtalsreferens']],
  ['kommun_id', ['kommun_id', 'kommunkod']],
  ['s_kod_nr', ['s_kod_nr', 's kod', 'skod']],
]);

/**
 * What a masked supplier is called in the published files: the marker Swedish publishers already
 * use (Varberg, Borås), so tools that know it treat the row the same way.
 */
export const MASKED_SUPPLIER_TEXT = '[innehåller personuppgifter]';

/** What replaces a personal identity number found in any other text of a row. */
export const REMOVED_TEXT = '[personuppgift borttagen]';
