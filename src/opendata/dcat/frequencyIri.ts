const FREQUENCY = 'http://publications.europa.eu/resource/authority/frequency/';

/** Swedish update-frequency words (indicator `frequency`) → EU frequency authority codes. */
const RULES: readonly (readonly [RegExp, string])[] = [
  [/vartannat år|varannat år|två år/, 'BIENNIAL'],
  [/vart tredje år/, 'TRIENNIAL'],
  [/halvår/, 'ANNUAL_2'],
  [/kvartal/, 'QUARTERLY'],
  [/månad|månatlig/, 'MONTHLY'],
  [/vecka|veckovis/, 'WEEKLY'],
  [/dag|daglig/, 'DAILY'],
  [/oregelbund/, 'IRREG'],
  [/år|årlig|årsvis/, 'ANNUAL'],
];

/** The EU frequency IRI for a Swedish frequency text, or undefined when it is not recognised. */
export function frequencyIri(frequency: string | undefined): string | undefined {
  if (!frequency) return undefined;
  const text = frequency.toLowerCase();
  const code = RULES.find(([pattern]) => pattern.test(text))?.[1];
  return code ? FREQUENCY + code : undefined;
}
