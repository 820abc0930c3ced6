// Single-byte encodings a text file can be read in, by WHATWG label, with the name a controller
// knows them by (the encoding-suspect warning says which one was used, in words).

export interface EncodingName {
  /** The technical name, as in machine-readable reports. */
  name: string;
  sv: string;
  en: string;
}

const named = (name: string, sv: string, en: string): EncodingName => ({ name, sv: `${name} (${sv})`, en: `${name} (${en})` });

export const WINDOWS_1252: EncodingName = {
  name: 'Windows-1252',
  sv: 'Windows-1252, som svenska Excel sparar ”CSV (semikolonavgränsad)”',
  en: 'Windows-1252, as Swedish Excel saves "CSV (semicolon delimited)"',
};

/** chardet's names → WHATWG label and the name to show. ISO-8859-1 is decoded as Windows-1252 (WHATWG does so anyway). */
export const SINGLE_BYTE: ReadonlyMap<string, { label: string; shown: EncodingName }> = new Map([
  ['ISO-8859-1', { label: 'windows-1252', shown: WINDOWS_1252 }],
  ['windows-1252', { label: 'windows-1252', shown: WINDOWS_1252 }],
  ['ISO-8859-2', { label: 'iso-8859-2', shown: named('ISO-8859-2', 'centraleuropeiska bokstäver, t.ex. polska och tjeckiska', 'Central European letters, e.g. Polish and Czech') }],
  ['windows-1250', { label: 'windows-1250', shown: named('Windows-1250', 'centraleuropeiska bokstäver, t.ex. polska och tjeckiska', 'Central European letters, e.g. Polish and Czech') }],
  ['ISO-8859-5', { label: 'iso-8859-5', shown: named('ISO-8859-5', 'kyrilliska bokstäver', 'Cyrillic letters') }],
  ['windows-1251', { label: 'windows-1251', shown: named('Windows-1251', 'kyrilliska bokstäver', 'Cyrillic letters') }],
  ['KOI8-R', { label: 'koi8-r', shown: named('KOI8-R', 'kyrilliska bokstäver', 'Cyrillic letters') }],
  ['ISO-8859-7', { label: 'iso-8859-7', shown: named('ISO-8859-7', 'grekiska bokstäver', 'Greek letters') }],
  ['windows-1253', { label: 'windows-1253', shown: named('Windows-1253', 'grekiska bokstäver', 'Greek letters') }],
  ['ISO-8859-9', { label: 'windows-1254', shown: named('Windows-1254', 'turkiska bokstäver', 'Turkish letters') }],
  ['windows-1254', { label: 'windows-1254', shown: named('Windows-1254', 'turkiska bokstäver', 'Turkish letters') }],
  ['ISO-8859-8', { label: 'iso-8859-8', shown: named('ISO-8859-8', 'hebreiska bokstäver', 'Hebrew letters') }],
  ['windows-1255', { label: 'windows-1255', shown: named('Windows-1255', 'hebreiska bokstäver', 'Hebrew letters') }],
  ['ISO-8859-6', { label: 'iso-8859-6', shown: named('ISO-8859-6', 'arabiska bokstäver', 'Arabic letters') }],
  ['windows-1256', { label: 'windows-1256', shown: named('Windows-1256', 'arabiska bokstäver', 'Arabic letters') }],
  ['windows-1257', { label: 'windows-1257', shown: named('Windows-1257', 'baltiska bokstäver', 'Baltic letters') }],
  ['windows-1258', { label: 'windows-1258', shown: named('Windows-1258', 'vietnamesiska bokstäver', 'Vietnamese letters') }],
  ['windows-874', { label: 'windows-874', shown: named('Windows-874', 'thailändska bokstäver', 'Thai letters') }],
]);
