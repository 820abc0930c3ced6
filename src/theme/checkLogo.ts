// The logo named in site.json: a file in the data folder, checked before anything is built.
// SVG must be inert (svgSafety.ts); a raster must really be PNG, JPEG or WebP (by its first bytes,
// whatever its name says) and of a size a page header can carry.
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { imageSize } from 'image-size';
import type { Finding } from '../problems/Finding.ts';
import { inspectSvg } from './svgSafety.ts';

/** Every page loads the logo: a header logo has no need of more. */
export const LOGO_MAX_BYTES = 200 * 1024;
export const LOGO_MAX_PIXELS = 4096;
/** Shown 40 CSS pixels high: 80 pixels keeps it sharp on high-resolution screens. */
export const LOGO_MIN_HEIGHT = 80;

export interface Logo {
  /** The file name in the data folder. */
  file: string;
  bytes: Buffer;
  width: number;
  height: number;
}

type Raster = 'png' | 'jpg' | 'webp';
const RASTER_BY_EXT: Record<string, Raster> = { '.png': 'png', '.jpg': 'jpg', '.jpeg': 'jpg', '.webp': 'webp' };

/** The raster type from the first bytes, or undefined: image-size is asked only about these three. */
function sniff(b: Buffer): Raster | undefined {
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpg';
  if (b.length >= 12 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  return undefined;
}

const kb = (n: number) => `${Math.ceil(n / 1024)} kB`;

/** Reads and checks the logo; returns it when it may be published, with findings either way. */
export async function checkLogo(dataDir: string, file: string): Promise<{ logo?: Logo; findings: Finding[] }> {
  const at = { file };
  const detail = (sv: string, en: string) => ({ detail: sv, 'detail@sv': sv, 'detail@en': en });
  let bytes: Buffer;
  try {
    bytes = await readFile(join(dataDir, file));
  } catch {
    return { findings: [{ code: 'logo-missing', file: 'site.json', pointer: '/logo', value: file }] };
  }
  if (bytes.length > LOGO_MAX_BYTES) {
    return { findings: [{ code: 'logo-too-large', ...at, params: { ...detail(kb(bytes.length), kb(bytes.length)), limit: kb(LOGO_MAX_BYTES) } }] };
  }
  const ext = extname(file).toLowerCase();
  if (ext === '.svg') {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    } catch {
      return { findings: [{ code: 'logo-format', ...at, params: detail('SVG-filen är inte UTF-8-text', 'the SVG file is not UTF-8 text') }] };
    }
    const svg = inspectSvg(text);
    if (svg.findings.length) {
      return {
        findings: svg.findings.map((f) => ({ code: 'logo-unsafe' as const, ...at, params: { 'detail@sv': `${f.sv} på rad ${f.line}`, 'detail@en': `${f.en} on line ${f.line}`, detail: f.sv } })),
      };
    }
    if (!svg.isSvg) return { findings: [{ code: 'logo-format', ...at, params: detail('filen har inget <svg>-element ytterst', 'the file has no outer <svg> element') }] };
    // Without a stated size a logo is drawn square, as most are.
    return { logo: { file, bytes, width: svg.width ?? 1, height: svg.height ?? 1 }, findings: [] };
  }
  const expected = RASTER_BY_EXT[ext];
  const actual = sniff(bytes);
  if (!expected || actual !== expected) {
    const found = actual ? actual.toUpperCase() : 'inget av PNG, JPEG eller WebP';
    return { findings: [{ code: 'logo-format', ...at, params: detail(`filen heter ${ext} men innehåller ${found}`, `the file is named ${ext} but contains ${actual ? actual.toUpperCase() : 'none of PNG, JPEG or WebP'}`) }] };
  }
  let size: { width?: number; height?: number };
  try {
    size = imageSize(bytes);
  } catch (e) {
    return { findings: [{ code: 'logo-format', ...at, params: detail(`bilden går inte att läsa (${(e as Error).message.slice(0, 60)})`, `the image cannot be read (${(e as Error).message.slice(0, 60)})`) }] };
  }
  const { width = 0, height = 0 } = size;
  if (!(width > 0 && height > 0)) return { findings: [{ code: 'logo-format', ...at, params: detail('bilden har ingen storlek', 'the image has no size') }] };
  if (width > LOGO_MAX_PIXELS || height > LOGO_MAX_PIXELS) {
    const d = `${width} × ${height} pixlar`;
    return { findings: [{ code: 'logo-too-large', ...at, params: { ...detail(d, `${width} × ${height} pixels`), 'limit@sv': `${LOGO_MAX_PIXELS} pixlar`, 'limit@en': `${LOGO_MAX_PIXELS} pixels`, limit: `${LOGO_MAX_PIXELS} pixlar` } }] };
  }
  const findings: Finding[] = [];
  if (height < LOGO_MIN_HEIGHT) findings.push({ code: 'logo-small', ...at, params: { ...detail(`${height} pixlar`, `${height} pixels`), limit: LOGO_MIN_HEIGHT } });
  return { logo: { file, bytes, width, height }, findings };
}
