import type { Indicator, SiteConfig } from '../../model/types.gen.ts';

/** Swedish and English texts for one indicator's dataset. The data has Swedish only, so English is a template. */
export interface DatasetTexts {
  titleSv: string;
  titleEn: string;
  descriptionSv: string;
  descriptionEn: string;
}

export function datasetTexts(site: SiteConfig, indicator: Indicator): DatasetTexts {
  const descriptionSv = indicator.description?.trim() || indicator.question?.trim() || `Måttet ”${indicator.title}” som ${site.name} publicerar.`;
  return {
    titleSv: indicator.title,
    titleEn: `Indicator ${indicator.id} (${site.name})`,
    descriptionSv,
    // A generic template: machine translation would be guesswork, and dataportal.se wants an English text.
    descriptionEn:
      `Indicator ${indicator.id} published by ${site.name}. Swedish title: “${indicator.title}”. ` +
      `Operating area (Swedish): ${indicator.operatingArea}. Unit: ${indicator.unit}.` +
      (indicator.koladaId ? ` Kolada KPI ${indicator.koladaId}.` : ''),
  };
}
