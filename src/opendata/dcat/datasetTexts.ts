import type { Indicator, SiteConfig } from '../../model/types.gen.ts';

/**
 * Swedish and English texts for one indicator's dataset: the catalogue's English columns where it has
 * them ("Titel (engelska)", "Vad betyder måttet (engelska)"), else an English template.
 */
export interface DatasetTexts {
  titleSv: string;
  titleEn: string;
  descriptionSv: string;
  descriptionEn: string;
}

export function datasetTexts(site: SiteConfig, indicator: Indicator): DatasetTexts {
  const descriptionSv = indicator.description?.trim() || indicator.question?.trim() || `Måttet ”${indicator.title}” som ${site.name} publicerar.`;
  const en = indicator.en;
  return {
    titleSv: indicator.title,
    titleEn: en?.title ?? `Indicator ${indicator.id} (${site.name})`,
    descriptionSv,
    // Without an English text, a generic template: machine translation would be guesswork, and
    // dataportal.se wants an English text.
    descriptionEn:
      en?.description?.trim() ||
      en?.question?.trim() ||
      `Indicator ${indicator.id} published by ${site.name}. Swedish title: “${indicator.title}”. ` +
        `Operating area (Swedish): ${indicator.operatingArea}. Unit: ${indicator.unit}.` +
        (indicator.koladaId ? ` Kolada KPI ${indicator.koladaId}.` : ''),
  };
}
