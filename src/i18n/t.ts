import sv from './sv.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };

export type Lang = 'sv' | 'en';
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
  const text = resolve(lang, key);
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
