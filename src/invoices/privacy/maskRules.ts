// Which suppliers are published only inside the one unnamed group. The export decides first
// (an empty id, a name it has already masked), then the identity number itself (a sole trader
// trades under the owner's personnummer), then what the municipality says in a mask list or
// a mapping: extra ids, and name patterns such as "MR *" for refunds to private persons.
import { findPersonalData } from '../../privacy/findPersonalData.ts';
import { isOrganisationNumber, isPersonalIdentityNumber } from '../../privacy/identityNumbers.ts';

/** Why a supplier is masked (kept for the controller's report, never published per supplier). */
export type MaskReason = 'empty-id' | 'masked-by-export' | 'personal-identity-number' | 'mask-list' | 'identity-number-in-name';

export interface MaskRules {
  /** Supplier ids to mask, compared as digits and letters only (556123-4567 = 5561234567). */
  ids: ReadonlySet<string>;
  /** Whole-name patterns, case-insensitive, `*` standing for any text. */
  names: readonly RegExp[];
}

export const NO_RULES: MaskRules = { ids: new Set(), names: [] };

/** An id as compared with the mask list: letters and digits only, upper case. */
export function idKey(id: string): string {
  return id.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
}

/** "MR *" → /^MR .*$/i. Only `*` is special, so a pattern can never be a slow regular expression. */
export function namePattern(pattern: string): RegExp {
  const parts = pattern.trim().split('*').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return new RegExp(`^${parts.join('.*')}$`, 'is');
}

export function combineRules(...rules: MaskRules[]): MaskRules {
  return { ids: new Set(rules.flatMap((r) => [...r.ids])), names: rules.flatMap((r) => r.names) };
}

// How exports mark a name they have masked: "[innehåller personuppgifter]" (Varberg, Borås),
// "[Kan innehålla personuppgifter]" (Borås), "*" in the name (Umeå), "ANONYMERAD" (OpenUp).
const EXPORT_MASKED = /\[[^\]]*personuppgift[^\]]*\]|\*|^anonymiserad$|^anonymerad$/i;

export function maskedByExport(name: string): boolean {
  return EXPORT_MASKED.test(name);
}

/** At least ten digits: the cheapest test that text cannot hold a personnummer, run first. */
export function mayHoldIdentityNumber(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch >= 48 && ch <= 57 && ++digits >= 10) return true;
  }
  return false;
}

export function holdsIdentityNumber(text: string): boolean {
  return mayHoldIdentityNumber(text) && findPersonalData(text).some((m) => m.kind === 'personnummer');
}

/** Why the supplier with this id and name must not be named, or undefined when it may be. */
export function maskReason(id: string, name: string, rules: MaskRules): MaskReason | undefined {
  if (id === '') return 'empty-id';
  if (maskedByExport(name)) return 'masked-by-export';
  if (isPersonalIdentityNumber(id)) return 'personal-identity-number';
  if (rules.ids.has(idKey(id))) return 'mask-list';
  for (const pattern of rules.names) if (pattern.test(name)) return 'mask-list';
  if (holdsIdentityNumber(name)) return 'identity-number-in-name';
  // An id with more than the number in it ("SE191212121201", a VAT number made of a personnummer).
  if (!isOrganisationNumber(id) && holdsIdentityNumber(id)) return 'identity-number-in-name';
  return undefined;
}

/** How a published supplier's id reads. */
export type IdKind = 'orgnr' | 'internal';

/**
 * A published supplier's id: an organisationsnummer (with check digit), or — when the mapping
 * says the export carries its own supplier numbers — that number. Ten digits that are not a valid
 * organisationsnummer are refused when they could be a mistyped personnummer (the first six digits
 * a date), and always unless the mapping declares internal numbers.
 */
export function classifyId(id: string, internalIds: boolean): { kind: IdKind } | { error: 'check-digit' | 'format' } {
  if (isOrganisationNumber(id)) return { kind: 'orgnr' };
  const ten = /^\s*(?:\d{2})?(\d{6})-?\d{4}\s*$/.exec(id);
  if (ten) return internalIds && !birthDateLike(ten[1]) ? { kind: 'internal' } : { error: 'check-digit' };
  return internalIds ? { kind: 'internal' } : { error: 'format' };
}

/** YYMMDD (or a samordningsnummer's day + 60) that is a date in some century. */
function birthDateLike(six: string): boolean {
  const month = Number(six.slice(2, 4));
  let day = Number(six.slice(4, 6));
  if (day > 60) day -= 60;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** An organisationsnummer as written: 5561234567 → 556123-4567 (16-prefixed forms too). */
export function formatOrgNumber(id: string): string {
  const digits = id.replace(/\D/g, '').slice(-10);
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
}
