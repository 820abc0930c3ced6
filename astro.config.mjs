// @ts-check
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import { replyCspDirectives } from './src/dialog/form/replyForm.ts';

/** Used when site.json is missing or has no valid baseUrl, so `astro build` still works for a quick look. */
const FALLBACK_SITE = 'https://example.invalid/';

/** $OPPNA_DATA_DIR/site.json as the pipeline wrote it, or undefined (a quick `astro build` without data). */
function siteConfig() {
  const raw = process.env.OPPNA_DATA_DIR && process.env.OPPNA_DATA_DIR.trim() !== '' ? process.env.OPPNA_DATA_DIR : 'build/data';
  const dir = isAbsolute(raw) ? raw : resolve(process.cwd(), raw);
  const file = join(dir, 'site.json');
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * The published address (validated as https by the pipeline; checked again here).
 * @param {{ baseUrl?: string } | undefined} config
 */
function siteUrl(config) {
  try {
    const url = new URL(config?.baseUrl ?? '');
    return url.protocol === 'https:' ? url : new URL(FALLBACK_SITE);
  } catch {
    return new URL(FALLBACK_SITE);
  }
}

const config = siteConfig();
const site = siteUrl(config);

export default defineConfig({
  site: site.origin,
  // A site published under a path (https://kommun.se/resultat/) gets that path as its base.
  base: site.pathname,
  trailingSlash: 'always',
  // Four pages in flight at once: while one page's file is written the next renders
  // (measured on 8 027 pages: 29.3 s at 1, 23.4 s at 4, no gain at 8).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // No integrations: the build must work without network access.
  integrations: [],
  devToolbar: { enabled: false },
  // Shiki writes inline styles, which the CSP below would block; the site has no code blocks.
  markdown: { syntaxHighlight: false },
  // Astro hashes its own scripts and styles into a CSP <meta>; pages therefore use no inline
  // style attributes or handlers. frame-ancestors cannot be set by <meta> (see README: hosting).
  security: {
    csp: {
      // Forms may post to the site itself (search) and to exactly the reply endpoint of site.json.
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", ...replyCspDirectives(config?.feedback ?? {})],
    },
  },
});
