import sv from './sv.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import type { Lang } from './languages.ts';
import type { LocalText } from './localText.ts';

export type { Lang } from './languages.ts';
type Dictionary = { [key: string]: string | Dictionary };

const dictionaries: Record<Lang, Dictionary> = { sv, en };

/** Looks up a dotted key ("indicator.latest") in a nested dictionary; undefined when absent or not a string. */
export function lookup(dictionary: Dictionary, key: string): string | undefined {
  let node: string | Dictionary | undefined = dictionary;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string' || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** The text of `key` in one language's dictionary only (no fallback), or undefined. */
export function lookupIn(lang: Lang, key: string): string | undefined {
  return lookup(dictionaries[lang], key);
}

// Resolved texts by language and key: a site's pages ask for the same few hundred keys
// hundreds of thousands of times.
const resolved: Record<Lang, Map<string, string>> = { sv: new Map(), en: new Map() };

function resolve(lang: Lang, key: string): string {
  let text = resolved[lang].get(key);
  if (text === undefined) {
    text = lookup(dictionaries[lang], key) ?? lookup(dictionaries.sv, key) ?? key;
    resolved[lang].set(key, text);
  }
  return text;
}

/**
 * The UI text for `key`, with `{name}` placeholders filled from `params`.
 * A missing key returns the key itself so a gap shows up on the page instead of crashing the build;
 * the dictionary test makes sure no such gap reaches a release. Swedish falls back to nothing,
 * English falls back to Swedish (en.json may lag behind).
 */
export function t(key: string, params?: Record<string, string | number>, lang: Lang = 'sv'): string {
  if (!params) return resolve(lang, key);
  const parts = template(lang, key);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    out += (Object.hasOwn(params, name) ? String(params[name]) : `{${name}}`) + parts[i + 1];
  }
  return out;
}

// Each text split once at its placeholders: [text, name, text, name, …, text].
const templates: Record<Lang, Map<string, string[]>> = { sv: new Map(), en: new Map() };

function template(lang: Lang, key: string): string[] {
  let parts = templates[lang].get(key);
  if (parts === undefined) {
    parts = resolve(lang, key).split(/\{(\w+)\}/);
    templates[lang].set(key, parts);
  }
  return parts;
}

/** A placeholder's value in tParts: plain text, or a text that carries its own language. */
export type PartParam = string | number | LocalText;

/**
 * t() in parts, for templates that place a text of another language inside a sentence ("Tyck till
 * om {title}" with a Swedish title on an English page): the filled template as a list of strings
 * and LocalTexts, so the page can wrap each LocalText in an element with its lang. Adjacent
 * strings are joined.
 */
export function tParts(key: string, params: Record<string, PartParam>, lang: Lang = 'sv'): (string | LocalText)[] {
  const out: (string | LocalText)[] = [];
  const push = (part: string | LocalText) => {
    if (typeof part === 'string') {
      if (part === '') return;
      if (typeof out[out.length - 1] === 'string') out[out.length - 1] += part;
      else out.push(part);
    } else out.push(part);
  };
  const text = resolve(lang, key);
  let last = 0;
  for (const m of text.matchAll(/\{(\w+)\}/g)) {
    push(text.slice(last, m.index));
    const name = m[1];
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    push(value === undefined ? m[0] : typeof value === 'object' ? value : String(value));
    last = m.index + m[0].length;
  }
  push(text.slice(last));
  return out;
}
