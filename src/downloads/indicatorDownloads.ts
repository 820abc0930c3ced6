import type { GetStaticPaths } from 'astro';
import { loadSiteData, type SiteData } from '../site/loadSiteData.ts';

/** getStaticPaths shared by the per-indicator download endpoints: one path per indicator id. */
export const downloadPaths = (() =>
  loadSiteData().indicators.map((indicator) => ({ params: { id: indicator.id } }))) satisfies GetStaticPaths;

/** The indicator and its data for an endpoint call; undefined for an unknown id. */
export function downloadInput(id: string | undefined): (SiteData & { indicator: SiteData['indicators'][number] }) | undefined {
  const data = loadSiteData();
  const indicator = data.indicators.find((i) => i.id === id);
  return indicator ? { ...data, indicator } : undefined;
}
