import type { ErrorObject } from 'ajv';
import type { Language } from '../problems/catalogue.ts';
import { messageNumber } from '../problems/formatProblem.ts';
import { explainErrors, type SchemaName } from './schemas.ts';

// ajv-i18n's Swedish lacks the 2020-12 keywords, so the messages are our own,
// written from ajv's keyword and params (QUALITY.md).

function where(e: ErrorObject, lang: Language): string {
  const path = e.instancePath.replace(/^\//, '').replace(/\//g, '.');
  if (!path) return '';
  return lang === 'sv' ? `fältet ”${path}”: ` : `field "${path}": `;
}

/** A schema limit, written the reader's way (0,5 in Swedish). */
const limit = (v: unknown, lang: Language) => (typeof v === 'number' ? messageNumber(v, lang) : String(v));

function shown(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s === undefined ? '' : s.length > 60 ? s.slice(0, 59) + '…' : s;
}

/** One ajv error as a sentence a controller can read. */
export function ajvMessage(e: ErrorObject, lang: Language): string {
  const p = e.params as Record<string, unknown>;
  const sv = lang === 'sv';
  const at = where(e, lang);
  switch (e.keyword) {
    case 'required':
      return sv ? `${at}”${p.missingProperty}” saknas` : `${at}"${p.missingProperty}" is missing`;
    case 'additionalProperties':
      return sv ? `${at}”${p.additionalProperty}” känns inte igen` : `${at}"${p.additionalProperty}" is not recognised`;
    case 'type':
      return sv ? `${at}ska vara ${typeWord(String(p.type), lang)}` : `${at}must be ${typeWord(String(p.type), lang)}`;
    case 'enum':
      return sv
        ? `${at}ska vara något av: ${(p.allowedValues as unknown[]).map(shown).join(', ')}`
        : `${at}must be one of: ${(p.allowedValues as unknown[]).map(shown).join(', ')}`;
    case 'const':
      return sv ? `${at}ska vara ${shown(p.allowedValue)}` : `${at}must be ${shown(p.allowedValue)}`;
    case 'pattern':
      return sv ? `${at}”${shown(e.data)}” har inte rätt form` : `${at}"${shown(e.data)}" does not have the right form`;
    case 'minLength':
      return sv ? `${at}får inte vara tomt` : `${at}must not be empty`;
    case 'maxLength':
      return sv ? `${at}är för lång (högst ${p.limit} tecken)` : `${at}is too long (at most ${p.limit} characters)`;
    case 'minimum':
    case 'exclusiveMinimum':
      return sv ? `${at}ska vara minst ${limit(p.limit, lang)}` : `${at}must be at least ${limit(p.limit, lang)}`;
    case 'maximum':
    case 'exclusiveMaximum':
      return sv ? `${at}ska vara högst ${limit(p.limit, lang)}` : `${at}must be at most ${limit(p.limit, lang)}`;
    case 'minItems':
      return sv ? `${at}ska ha minst ${p.limit} värden` : `${at}must have at least ${p.limit} items`;
    case 'minProperties':
      return sv ? `${at}ska ha minst ${p.limit} fält` : `${at}must have at least ${p.limit} fields`;
    case 'oneOf':
      return sv ? `${at}ska ha antingen område eller enhet, inte båda` : `${at}must have either an area or a unit, not both`;
    default:
      return sv ? `${at}uppfyller inte regeln ”${e.keyword}”` : `${at}does not satisfy the rule "${e.keyword}"`;
  }
}

function typeWord(type: string, lang: Language): string {
  const words: Record<string, [string, string]> = {
    string: ['text', 'text'],
    number: ['ett tal', 'a number'],
    integer: ['ett heltal', 'a whole number'],
    boolean: ['ja eller nej (true/false)', 'true or false'],
    object: ['ett objekt', 'an object'],
    array: ['en lista', 'a list'],
    null: ['tomt', 'empty'],
  };
  return type
    .split(',')
    .map((t) => words[t]?.[lang === 'sv' ? 0 : 1] ?? t)
    .join(lang === 'sv' ? ' eller ' : ' or ');
}

/** All errors of one record, the useless ones dropped (if/then and oneOf echo their branches). */
export function ajvMessages(errors: readonly ErrorObject[], lang: Language): string {
  const useful = errors.filter((e) => e.keyword !== 'if' && !(e.keyword === 'not' && errors.some((o) => o.keyword === 'oneOf')));
  return [...new Set(useful.map((e) => ajvMessage(e, lang)))].join('; ');
}

/** Why a record fails its schema, in both languages, as finding params ("detail@sv", "detail@en"). */
export function schemaDetail(name: SchemaName, value: unknown): Record<string, string> {
  const errors = explainErrors(name, value);
  return { 'detail@sv': ajvMessages(errors, 'sv'), 'detail@en': ajvMessages(errors, 'en') };
}
