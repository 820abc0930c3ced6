// The baseline for bench:site: a bare Astro project (same astro, through a
// node_modules symlink to ours) with N trivial pages from getStaticPaths, so our
// per-page cost can be given as a multiple of Astro's own. It builds with the same
// build options as ours (directory format, four pages at once), so the ratio is the pages.
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

export async function generateBareProject(dir: string, pages: number, nodeModules: string): Promise<void> {
  await mkdir(join(dir, 'src', 'pages', 'p'), { recursive: true });
  await symlink(relative(dir, nodeModules), join(dir, 'node_modules'), 'dir');
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'bare-astro-baseline', private: true, type: 'module' }, null, 2) + '\n');
  await writeFile(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ site: 'https://bare.example/', trailingSlash: 'always', build: { format: 'directory', concurrency: 4 }, devToolbar: { enabled: false } });\n",
  );
  await writeFile(
    join(dir, 'src', 'pages', 'p', '[id].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { id: String(i) } }));
}
const { id } = Astro.params;
---
<html lang="sv"><head><meta charset="utf-8"><title>Sida {id}</title></head><body><h1>Sida {id}</h1><p>En enkel sida.</p></body></html>
`,
  );
}
