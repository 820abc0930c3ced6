import type { Indicator } from '../model/types.gen.ts';
import { t, type Lang } from '../i18n/t.ts';

/** "Källa: Kolada", "Bearbetning av data från Kolada", or "Källa: <the municipality>" for local figures. */
export function attribution(indicator: Pick<Indicator, 'attribution' | 'source'>, municipality: string, lang: Lang = 'sv'): string {
  if (indicator.attribution === 'local') return t('attribution.local', { name: indicator.source || municipality }, lang);
  return t(`attribution.${indicator.attribution}`, undefined, lang);
}
