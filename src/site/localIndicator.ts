import type { Indicator } from '../model/types.gen.ts';
import { unitIn } from '../format/formatValue.ts';
import type { Lang } from '../i18n/languages.ts';
import { localText, optionalText, type LocalText } from '../i18n/localText.ts';

/** An indicator's texts as a page in one language shows them, each with the language it is in. */
export interface LocalIndicator {
  title: LocalText;
  question?: LocalText;
  /** The page heading: the question when there is one, else the title (English first on English pages). */
  heading: LocalText;
  /** Whether the heading is the question, so the title goes under it. */
  headingIsQuestion: boolean;
  description?: LocalText;
  definition?: LocalText;
  formula?: LocalText;
  operatingArea: LocalText;
  frequency?: LocalText;
  /** The unit as written on this language's pages: "Enhet (engelska)", else unitIn's translation. */
  unit: string;
}

/**
 * The unit an indicator's values are written with on a page in `lang`: its English column when
 * given (formatValue translates the common Swedish units otherwise).
 */
export function unitOf(indicator: Pick<Indicator, 'unit' | 'en'>, lang: Lang): string {
  return (lang === 'en' && indicator.en?.unit) || indicator.unit;
}

function build(indicator: Indicator, lang: Lang): LocalIndicator {
  const en = lang === 'en' ? indicator.en : undefined;
  const title = localText(lang, indicator.title, en?.title);
  const question = optionalText(lang, indicator.question, en?.question);
  // An English title beats a Swedish question on an English page: readers get as much English as there is.
  const headingIsQuestion = question !== undefined && (question.lang === lang || title.lang !== lang);
  const local: LocalIndicator = {
    title,
    heading: headingIsQuestion ? question : title,
    headingIsQuestion,
    operatingArea: localText(lang, indicator.operatingArea, en?.operatingArea),
    unit: unitIn(unitOf(indicator, lang), lang),
  };
  if (question) local.question = question;
  for (const field of ['description', 'definition', 'formula', 'frequency'] as const) {
    const text = optionalText(lang, indicator[field], en?.[field]);
    if (text) local[field] = text;
  }
  return local;
}

const memo: Record<Lang, WeakMap<Indicator, LocalIndicator>> = { sv: new WeakMap(), en: new WeakMap() };

/** The indicator's texts for a page in `lang`, made once per indicator and language. */
export function localIndicator(indicator: Indicator, lang: Lang): LocalIndicator {
  let local = memo[lang].get(indicator);
  if (!local) {
    local = build(indicator, lang);
    memo[lang].set(indicator, local);
  }
  return local;
}
