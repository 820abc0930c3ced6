import type { Indicator, SiteConfig } from '../model/types.gen.ts';
import { t, type Lang } from '../i18n/t.ts';
import { mailtoHref, safeHttpsUrl } from './safeHttpsUrl.ts';

/**
 * Where "Tyck till om måttet" goes: the configured e-service with {id} and {title} filled in
 * (URL-encoded), or a mailto: link with a prefilled subject. Undefined when neither is usable.
 */
export function feedbackHref(feedback: SiteConfig['feedback'], indicator: Pick<Indicator, 'id' | 'title'>, lang: Lang = 'sv'): string | undefined {
  if (feedback.url) {
    const filled = feedback.url
      .replaceAll('{id}', encodeURIComponent(indicator.id))
      .replaceAll('{title}', encodeURIComponent(indicator.title));
    const safe = safeHttpsUrl(filled);
    if (safe) return safe;
  }
  return mailtoHref(feedback.email, t('indicator.mailSubject', { title: indicator.title, id: indicator.id }, lang));
}
