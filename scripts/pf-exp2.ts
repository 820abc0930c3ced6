import * as pagefind from 'pagefind';
import { sectionSearchRecords } from '../src/sections/runSections.ts';
import { SECTIONS } from '../src/sections/sections.ts';
const t = performance.now();
const records = sectionSearchRecords(SECTIONS, '/work/main/.bench/finance/out/data', '/');
console.log('records', records.length, ((performance.now() - t) / 1000).toFixed(1), 's');
const { index } = await pagefind.createIndex({});
const batch = Number(process.argv[2] ?? 500);
for (let i = 0; i < records.length; i += batch) {
  await Promise.all(records.slice(i, i + batch).map((r) => index!.addCustomRecord({ url: r.url, content: r.content, language: r.lang ?? 'sv', meta: { title: r.title } })));
}
console.log('added', ((performance.now() - t) / 1000).toFixed(1), 's');
const w = await index!.writeFiles({ outputPath: '/tmp/pf-exp' });
console.log('written', w.errors, ((performance.now() - t) / 1000).toFixed(1), 's');
await pagefind.close();
