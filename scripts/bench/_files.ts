import { rm } from 'node:fs/promises';
import { writeDataFiles } from '../../src/write/writeDataFiles.ts';
const [dataDir, out] = process.argv.slice(2);
await rm(out, { recursive: true, force: true });
const t = performance.now();
const r = await writeDataFiles({ dataDir, outDir: `${out}/site`, pagesDir: `${out}/pages`, cacheDir: `${out}/cache` });
console.log(`files ${((performance.now() - t) / 1000).toFixed(1)} s, ${r.files.length} files`, JSON.stringify(r.made));
