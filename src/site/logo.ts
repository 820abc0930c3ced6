// The site's logo as the pages use it: the copy the build made of site.json's logo (checked by
// src/theme/checkLogo.ts) in the data folder's tema/, published at /tema/<name>. A logo in public/
// (the older way) is still found when the data folder has none.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { imageSize } from 'image-size';
import { inspectSvg } from '../theme/svgSafety.ts';
import { dataDir } from './loadSiteData.ts';
import { sitePath } from './sitePath.ts';

export const THEME_DIR = 'tema';

export interface LogoImage {
  src: string;
  /** Width and height for the header's 40-pixel-high image, so the layout does not shift. */
  width: number;
  height: number;
}

/** Where the build puts the logo in a data folder, and the path it is published at. */
export const logoFile = (logo: string) => join(THEME_DIR, basename(logo));

function size(bytes: Buffer, name: string): { width: number; height: number } {
  if (name.toLowerCase().endsWith('.svg')) {
    const svg = inspectSvg(bytes.toString('utf8'));
    return { width: svg.width ?? 1, height: svg.height ?? 1 };
  }
  const { width = 1, height = 1 } = imageSize(bytes);
  return { width, height };
}

const cache = new Map<string, LogoImage | undefined>();

export function logoImage(logo: string | undefined): LogoImage | undefined {
  if (!logo) return undefined;
  const dir = dataDir();
  const key = `${dir}\u0000${logo}`;
  if (!cache.has(key)) {
    let found: LogoImage | undefined;
    const inData = join(dir, logoFile(logo));
    const inPublic = join(process.cwd(), 'public', logo);
    const file = existsSync(inData) ? inData : /^[\w./-]+$/.test(logo) && !logo.includes('..') && existsSync(inPublic) ? inPublic : undefined;
    if (file) {
      const { width, height } = size(readFileSync(file), file);
      const src = file === inData ? sitePath(`${THEME_DIR}/${basename(logo)}`) : sitePath(logo);
      found = { src, width: Math.max(1, Math.round((40 * width) / height)), height: 40 };
    }
    cache.set(key, found);
  }
  return cache.get(key);
}
