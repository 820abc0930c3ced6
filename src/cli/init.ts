import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { shownPath } from './shownPath.ts';
import { KoladaClient } from '../kolada/KoladaClient.ts';
import { chunks, municipalityDataPath } from '../kolada/queries.ts';
import { initSite, type SimilarGroup } from '../setup/initSite.ts';
import { findMunicipality, MUNICIPALITIES, type Municipality } from '../setup/municipalities.ts';
import { latestPopulation, POPULATION_KPI, similarByPopulation } from '../setup/similarMunicipalities.ts';
import { STARTER_CATALOGUE } from '../setup/starterCatalogue.ts';
import { koladaApiUrl } from './kolada.ts';

const USAGE =
  'Användning: npm run init -- --kommun KOMMUNKOD|NAMN [--data MAPP] [--url https://…/] [--similar KOD,KOD,…] [--force] [--api URL]';

/** The similar group: given on the command line, else by population from Kolada, else none (said so). */
async function similarGroup(m: Municipality, given: string | undefined, api: string): Promise<SimilarGroup | { error: string } | undefined> {
  if (given !== undefined) {
    const members: string[] = [];
    for (const part of given.split(',').map((s) => s.trim()).filter(Boolean)) {
      const found = findMunicipality(part);
      if (!found.ok) return { error: `--similar: ${found.message}` };
      if (found.municipality.code !== m.code && !members.includes(found.municipality.code)) members.push(found.municipality.code);
    }
    return { members: members.sort(), basis: { kind: 'given' } };
  }
  const client = new KoladaClient({ baseUrl: api, attempts: 3, backoffMs: 1000 });
  try {
    const values: unknown[] = [];
    for (const part of chunks(MUNICIPALITIES.map((x) => x.code))) values.push(...(await client.getAll(municipalityDataPath(POPULATION_KPI, part))));
    const population = latestPopulation(values);
    const members = similarByPopulation(m.code, population);
    if (members.length === 0) return undefined;
    return { members, basis: { kind: 'population', period: population.get(m.code)!.period } };
  } catch (e) {
    process.stderr.write(`Kunde inte hämta folkmängden från Kolada (${(e as Error).message}); site.json får ingen grupp med liknande kommuner.\n`);
    return undefined;
  }
}

/** `npm run init`: a data folder for a real municipality. Exit 0 done, 1 refused, 2 usage. */
export async function initCommand(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        kommun: { type: 'string' },
        data: { type: 'string', default: 'data' },
        url: { type: 'string' },
        similar: { type: 'string' },
        force: { type: 'boolean', default: false },
        api: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (!values.kommun) {
    process.stderr.write(`Ange kommunen med --kommun, till exempel --kommun 0182 eller --kommun Nacka.\n${USAGE}\n`);
    return 2;
  }
  const found = findMunicipality(values.kommun);
  if (!found.ok) {
    process.stderr.write(`${found.message}\n${USAGE}\n`);
    return 2;
  }
  if (values.url !== undefined && !/^https:\/\/[^\s<>"]+\/$/.test(values.url)) {
    process.stderr.write(`--url: webbplatsens adress ska börja med https:// och sluta med /, till exempel https://resultat.nacka.se/\n`);
    return 2;
  }
  const m = found.municipality;
  const dataDir = resolve(values.data);
  const shown = shownPath(dataDir);
  const similar = await similarGroup(m, values.similar, koladaApiUrl(values.api));
  if (similar && 'error' in similar) {
    process.stderr.write(`${similar.error}\n`);
    return 2;
  }
  const today = new Date().toISOString().slice(0, 10);
  const result = await initSite({ dataDir, municipality: m, force: values.force, today, ...(similar ? { similar } : {}), ...(values.url ? { baseUrl: values.url } : {}) });
  if (!result.ok) {
    const listed = result.files.slice(0, 5).join(', ') + (result.files.length > 5 ? ` … (${result.files.length} filer)` : '');
    process.stderr.write(
      `${shown}/ innehåller redan filer som inte är exempeldata: ${listed}. Inget har ändrats.\n` +
        `Kör igen med --force för att flytta hela mappen åt sidan (till ${shown}-tidigare/) och skapa en ny; ingen fil raderas.\n`,
    );
    return 1;
  }
  const out = [`Skapade ${shown}/ för ${m.name} kommun (${m.code}): site.json, matt.xlsx (${STARTER_CATALOGUE.length} mått), omraden.csv, README.md och kolada/.`];
  if (result.movedAside) {
    const to = shownPath(result.movedAside.to);
    out.push(result.movedAside.example ? `Exempeldatan flyttades till ${to}/.` : `Det som fanns i ${shown}/ flyttades till ${to}/.`);
  }
  if (similar && !('error' in similar)) {
    const names = similar.members.map((c) => MUNICIPALITIES.find((x) => x.code === c)?.name ?? c).join(', ');
    out.push(similar.basis.kind === 'population' ? `Liknande kommuner (närmast i folkmängd ${similar.basis.period}): ${names}.` : `Liknande kommuner: ${names}.`);
  }
  const dataArg = shown === 'data' ? '' : ` -- --data ${shown}`;
  out.push(
    '',
    'Nästa steg:',
    `  1. npm run kolada${dataArg}    hämtar siffrorna från Kolada`,
    `  2. Ändra baseUrl, feedback, contact och accessibility i ${shown}/site.json (se ${shown}/README.md)`,
    `  3. npm run check${dataArg} och npm run build${dataArg}`,
  );
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}
