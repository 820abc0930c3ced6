// The logo from the data folder (site.json's `logo`), published beside the pages.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataDir, loadSiteData } from '../../site/loadSiteData.ts';
import { logoFile } from '../../site/logo.ts';

export const getStaticPaths = (() => {
  const logo = loadSiteData().site.logo;
  return logo && existsSync(join(dataDir(), logoFile(logo))) ? [{ params: { file: basename(logo) } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = () => {
  const logo = loadSiteData().site.logo!;
  return new Response(readFileSync(join(dataDir(), logoFile(logo))));
};
