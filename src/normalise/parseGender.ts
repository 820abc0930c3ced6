import type { Observation } from '../model/types.gen.ts';

export type Gender = Observation['gender'];

const GENDERS = new Map<string, Gender>([
  ['t', 'T'], ['totalt', 'T'], ['total', 'T'], ['tot', 'T'], ['alla', 'T'], ['båda könen', 'T'], ['samtliga', 'T'], ['all', 'T'],
  ['k', 'K'], ['kvinnor', 'K'], ['kvinna', 'K'], ['flickor', 'K'], ['flicka', 'K'], ['women', 'K'], ['woman', 'K'], ['female', 'K'], ['f', 'K'],
  ['m', 'M'], ['män', 'M'], ['man', 'M'], ['pojkar', 'M'], ['pojke', 'M'], ['men', 'M'], ['male', 'M'],
]);

/** Kolada's T/K/M and the words controllers write instead; undefined when not recognised (gender-code). */
export function parseGender(text: string): Gender | undefined {
  if (text === 'T' || text === 'K' || text === 'M') return text;
  return GENDERS.get(text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase());
}
