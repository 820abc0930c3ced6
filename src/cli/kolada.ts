import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { shownPath } from './shownPath.ts';
import { describeChange } from '../kolada/changeSummary.ts';
import { fetchKolada, type FetchOutcome } from '../kolada/fetchKolada.ts';
import { DEFAULT_API, KoladaClient, KoladaError } from '../kolada/KoladaClient.ts';
import { folderKpis } from '../kolada/koladaIds.ts';
import type { SiteConfig } from '../model/types.gen.ts';
import { SECTIONS } from '../sections/sections.ts';
import { KOLADA_DIR } from '../setup/initSite.ts';
import { findMunicipality } from '../setup/municipalities.ts';

const USAGE = 'Användning: npm run kolada -- [--data MAPP] [--api URL] [--kommun KOD] [--summary FIL.md]';

/** --api, else $KOLADA_API_URL, else Kolada's public API. */
export function koladaApiUrl(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag ?? (env.KOLADA_API_URL && env.KOLADA_API_URL.trim() !== '' ? env.KOLADA_API_URL.trim() : DEFAULT_API);
}

async function readConfig(dataDir: string): Promise<SiteConfig | undefined> {
  try {
    return JSON.parse(await readFile(join(dataDir, 'site.json'), 'utf8')) as SiteConfig;
  } catch {
    return undefined;
  }
}

function numberFlag(value: string | undefined, name: string): number | undefined | { error: string } {
  if (value === undefined) return undefined;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : { error: `${name}: ett tal (millisekunder eller antal), inte ${value}` };
}

/** The summary as Markdown, for the body of the commit or merge request the CI recipes open. */
function summaryMarkdown(outcome: FetchOutcome, api: string): string {
  // The first line doubles as the commit's subject in the CI recipes: plain text, no Markdown heading.
  const lines = ['Nya siffror från Kolada', '', `Hämtat från ${api} med \`npm run kolada\`.`, ''];
  if (outcome.changes.length === 0) lines.push('Inget har ändrats sedan förra hämtningen.');
  for (const c of outcome.changes) lines.push(`- ${describeChange(c, outcome.titles.get(c.file.replace(/(-enheter)?\.json$/, '')))}`);
  if (outcome.unknown.length) lines.push('', `Kolada känner inte till: ${outcome.unknown.join(', ')} (rätta id:t i måttkatalogen).`);
  return lines.join('\n') + '\n';
}

/** `npm run kolada`: exit 0 fetched (changed or not), 1 failed (previous files untouched), 2 usage. */
export async function koladaCommand(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        data: { type: 'string', default: 'data' },
        api: { type: 'string' },
        kommun: { type: 'string' },
        summary: { type: 'string' },
        'interval-ms': { type: 'string' },
        'backoff-ms': { type: 'string' },
        attempts: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const numbers: Record<string, number> = {};
  for (const name of ['interval-ms', 'backoff-ms', 'attempts'] as const) {
    const n = numberFlag(values[name], `--${name}`);
    if (typeof n === 'object') {
      process.stderr.write(`${n.error}\n${USAGE}\n`);
      return 2;
    }
    if (n !== undefined) numbers[name] = n;
  }
  const dataDir = resolve(values.data);
  const shown = shownPath(dataDir);
  const config = await readConfig(dataDir);
  let municipality = config?.municipality;
  if (values.kommun !== undefined) {
    const found = findMunicipality(values.kommun);
    if (!found.ok) {
      process.stderr.write(`${found.message}\n`);
      return 2;
    }
    municipality = found.municipality.code;
  }
  const { catalogue, saved } = await folderKpis(dataDir, [KOLADA_DIR, ...SECTIONS.map((s) => s.folder)]);
  if (municipality === undefined && saved.length === 0) {
    process.stderr.write(
      `${shown}/site.json saknas, så det går inte att veta vilken kommun siffrorna ska hämtas för.\n` +
        `Skapa mappen med npm run init -- --kommun KOMMUNKOD${shown === 'data' ? '' : ` --data ${shown}`} (t.ex. --kommun 0182 för Nacka), eller ange --kommun.\n`,
    );
    return 1;
  }
  if (catalogue.length === 0 && saved.length === 0) {
    process.stderr.write(
      `Måttkatalogen i ${shown}/ har inga Kolada-mått (id som N15428 i kolumnen Mått-id eller Kolada-id): det finns inget att hämta.\n` +
        'Lägg till Kolada-mått i måttkatalogen, eller skapa en ny mapp med npm run init.\n',
    );
    return 1;
  }

  const api = koladaApiUrl(values.api);
  const client = new KoladaClient({
    baseUrl: api,
    ...('interval-ms' in numbers ? { minIntervalMs: numbers['interval-ms'] } : {}),
    ...('backoff-ms' in numbers ? { backoffMs: numbers['backoff-ms'] } : {}),
    ...('attempts' in numbers ? { attempts: Math.max(1, Math.round(numbers.attempts)) } : {}),
    onRetry: ({ attempt, reason, waitMs }) => void process.stdout.write(`  ${reason}; försöker igen om ${(waitMs / 1000).toLocaleString('sv-SE')} s (försök ${attempt + 1})\n`),
  });
  const comparison = config ? [config.comparison.country, config.comparison.region, ...(config.comparison.similar?.members ?? [])].filter((c): c is string => c !== undefined) : [];
  const what = municipality ? `${catalogue.length} mått för kommunen ${municipality}, riket, regionerna och alla kommuner` : `Koladas beskrivning av ${saved.length} mått`;
  process.stdout.write(`Hämtar ${what} från ${api}\n`);
  if (municipality === undefined) process.stdout.write(`(${shown}/site.json saknas: bara beskrivningarna hämtas. Skapa den med npm run init -- --kommun KOMMUNKOD.)\n`);

  let outcome: FetchOutcome;
  try {
    outcome = await fetchKolada({
      dir: join(dataDir, KOLADA_DIR),
      ...(municipality !== undefined ? { municipality } : {}),
      comparison,
      kpis: municipality !== undefined ? catalogue : [],
      describeOnly: municipality !== undefined ? saved : [...catalogue, ...saved],
      client,
      progress: (line) => process.stdout.write(`${line}\n`),
    });
  } catch (e) {
    if (!(e instanceof KoladaError)) throw e;
    process.stderr.write(
      `Hämtningen från Kolada misslyckades: ${e.message}${e.url ? `\n  ${e.url}` : ''}\n` +
        `Inget har ändrats i ${shown}/${KOLADA_DIR}/: de förra filerna ligger kvar. Försök igen om en stund.\n`,
    );
    return 1;
  }
  if (outcome.conflicts.length) {
    process.stderr.write(
      `${shown}/${KOLADA_DIR}/ har filer som inte skrevs av npm run kolada men har samma namn som de hämtade: ${outcome.conflicts.join(', ')}.\n` +
        `Inget har ändrats. Flytta filerna direkt till ${shown}/ (utanför ${KOLADA_DIR}/) och kör igen.\n`,
    );
    return 1;
  }
  const out = ['', outcome.changes.length ? `Ändrat sedan förra hämtningen (${client.requests} anrop):` : `Inget har ändrats sedan förra hämtningen (${client.requests} anrop).`];
  for (const c of outcome.changes) out.push(`  ${describeChange(c, outcome.titles.get(c.file.replace(/(-enheter)?\.json$/, '')))}`);
  if (outcome.unknown.length) out.push(`Kolada känner inte till ${outcome.unknown.join(', ')}: rätta id:t i måttkatalogen.`);
  process.stdout.write(out.join('\n') + '\n');
  if (values.summary) await writeFile(resolve(values.summary), summaryMarkdown(outcome, api));
  return 0;
}
