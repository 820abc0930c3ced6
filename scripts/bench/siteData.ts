// A synthetic municipality at Kolada scale for bench:site, written as a controller
// would drop it into data/: a catalogue workbook, area and unit lists, one long CSV
// per operating area for areas and one for units (Swedish Excel style: ';' and
// decimal comma), and a site.json. Deterministic: the same files every run.
import * as XLSX from '@e965/xlsx';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { validateSiteConfig } from '../../src/validate/schemas.ts';

export interface SiteScale {
  indicators: number;
  /** Areas and units together (a third of them units). */
  places: number;
  periods: number;
}

export const FULL_SCALE: SiteScale = { indicators: 2000, places: 60, periods: 15 };

const GENDERS = ['T', 'K', 'M'] as const;
const HOME = '2999';
const OPERATING_AREAS = ['Förskola', 'Grundskola', 'Gymnasieskola', 'Äldreomsorg', 'Hemtjänst', 'Individ- och familjeomsorg', 'Funktionsstöd', 'Kultur', 'Fritid', 'Miljö', 'Bygglov', 'Ekonomi', 'Personal', 'Trafik', 'Bostäder', 'Arbetsmarknad', 'Integration', 'Folkhälsa', 'Vatten och avlopp', 'Demokrati'];
const FIRST_YEAR = 2010;

export interface SiteDataset {
  dir: string;
  files: string[];
  values: number;
  /** The long CSVs, in the order written (bench:rebuild changes one). */
  resultFiles: string[];
}

function indicatorId(k: number): string {
  return `B${String(k).padStart(5, '0')}`;
}

function slug(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** A cheap deterministic value in 0–100 with one decimal, as Swedish text. */
function value(k: number, place: number, y: number, g: number): string {
  const v = ((k * 7919 + place * 104729 + y * 331 + g * 17) % 1000) / 10;
  return v.toFixed(1).replace('.', ',');
}

function siteConfig(similar: string[]): object {
  return {
    name: 'Benchkommun',
    siteName: 'Benchkommuns resultat',
    exampleData: true,
    municipality: HOME,
    baseUrl: 'https://resultat.benchkommun.example/',
    colors: { primary: '#1f4e79', accent: '#a4431c' },
    comparison: { country: '0000', similar: { name: 'Liknande kommuner', members: similar } },
    feedback: { email: 'tyck-till@benchkommun.example' },
    contact: { email: 'resultat@benchkommun.example' },
    accessibility: { compliance: 'partial', assessedOn: '2025-01-15', updatedOn: '2025-01-15', method: 'Syntetisk webbplats för prestandamätning.' },
    licence: 'CC0-1.0',
  };
}

/** Writes the dataset into `dir` (which must be empty or absent). */
export async function generateSiteData(dir: string, scale: SiteScale): Promise<SiteDataset> {
  await mkdir(dir, { recursive: true });
  const unitCount = Math.max(1, Math.floor(scale.places / 3));
  const areaCount = Math.max(2, scale.places - unitCount);
  // Riket, the home municipality and the others as comparison municipalities.
  const areas = ['0000', HOME, ...Array.from({ length: areaCount - 2 }, (_, i) => String(2000 + i).padStart(4, '0'))];
  const units = Array.from({ length: unitCount }, (_, i) => `BK-${String(i + 1).padStart(3, '0')}`);
  const operating = (k: number) => OPERATING_AREAS[k % OPERATING_AREAS.length];
  const files: string[] = [];

  const config = siteConfig(areas.slice(2, 6));
  if (!validateSiteConfig(config)) throw new Error('the generated site.json does not match schemas/site.schema.json');
  await writeFile(join(dir, 'site.json'), JSON.stringify(config, null, 2) + '\n');

  const aoa: (string | number)[][] = [['Måttkatalog – Benchkommun (syntetiska data)'], [], ['Mått-id', 'Titel', 'Vad betyder måttet', 'Enhet', 'Decimaler', 'Riktning', 'Verksamhetsområde']];
  for (let k = 0; k < scale.indicators; k++) {
    aoa.push([indicatorId(k), `Syntetiskt mått ${k + 1} inom ${operating(k).toLowerCase()}`, `Ett påhittat mått för prestandamätning (nr ${k + 1}).`, '%', 1, k % 3 === 0 ? 'lägre är bättre' : 'högre är bättre', operating(k)]);
  }
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), 'Mått');
  await writeFile(join(dir, 'matt.xlsx'), XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }));
  files.push('matt.xlsx');

  const areaName = (c: string) => (c === '0000' ? 'Riket' : c === HOME ? 'Benchkommun' : `Kommun ${c}`);
  await writeFile(join(dir, 'omraden.csv'), ['Kod;Namn;Typ', ...areas.map((c) => `${c};${areaName(c)};${c === '0000' ? 'land' : 'kommun'}`)].join('\r\n') + '\r\n');
  files.push('omraden.csv');
  await writeFile(
    join(dir, 'enheter.csv'),
    ['Enhets-id;Namn;Typ;Huvudman;Adress;Kommunkod', ...units.map((u, i) => `${u};Enhet ${i + 1};${i % 2 ? 'grundskola' : 'förskola'};kommunal;Gatan ${i + 1}, 299 99 Benchkommun;${HOME}`)].join('\r\n') + '\r\n',
  );
  files.push('enheter.csv');

  const resultFiles: string[] = [];
  let values = 0;
  for (const [o, name] of OPERATING_AREAS.entries()) {
    const ks = Array.from({ length: scale.indicators }, (_, k) => k).filter((k) => k % OPERATING_AREAS.length === o);
    if (ks.length === 0) continue;
    for (const [kind, header, places] of [
      ['omraden', 'Mått-id;Kommunkod;Period;Kön;Värde', areas],
      ['enheter', 'Mått-id;Enhets-id;Period;Kön;Värde', units],
    ] as const) {
      const lines: string[] = [header];
      for (const k of ks) {
        for (const [p, place] of places.entries()) {
          for (let y = 0; y < scale.periods; y++) {
            for (const [g, gender] of GENDERS.entries()) lines.push(`${indicatorId(k)};${place};${FIRST_YEAR + y};${gender};${value(k, p + (kind === 'enheter' ? 500 : 0), y, g)}`);
          }
        }
      }
      values += lines.length - 1;
      const file = `resultat-${slug(name)}-${kind}.csv`;
      await writeFile(join(dir, file), lines.join('\r\n') + '\r\n');
      files.push(file);
      resultFiles.push(file);
    }
  }
  return { dir, files, values, resultFiles };
}
