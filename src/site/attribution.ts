import type { Indicator } from '../model/types.gen.ts';
import { t } from '../i18n/t.ts';

/** "Källa: Kolada", "Bearbetning av data från Kolada", or "Källa: <the municipality>" for local figures. */
export function attribution(indicator: Pick<Indicator, 'attribution' | 'source'>, municipality: string): string {
  if (indicator.attribution === 'local') return t('attribution.local', { name: indicator.source || municipality });
  return t(`attribution.${indicator.attribution}`);
}
