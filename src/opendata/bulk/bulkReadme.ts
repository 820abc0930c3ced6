import { STATUS_SYMBOLS } from '../../downloads/columns.ts';
import { publicUrl } from '../api/publicUrl.ts';
import { OPEN_DATA_PATHS } from '../api/apiDocuments.ts';
import type { OpenDataInput } from './OpenDataInput.ts';
import { allBulkResources } from './allBulkResources.ts';
import { licenceInfo } from '../licence.ts';
import { releaseDate } from './releaseDate.ts';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

function columnTable(input: OpenDataInput, lang: 'sv' | 'en'): string[] {
  const out: string[] = [];
  for (const r of allBulkResources(input)) {
    out.push('', `### ${r.csv} – ${lang === 'sv' ? r.title : r.titleEn}`, '', lang === 'sv' ? r.description : r.descriptionEn, '');
    out.push(lang === 'sv' ? '| Kolumn | Typ | Beskrivning |' : '| Column | Type | Description |', '| --- | --- | --- |');
    for (const c of r.columns) out.push(`| ${c.name} | ${c.type} | ${cell(lang === 'sv' ? c.description : c.descriptionEn)} |`);
  }
  return out;
}

/**
 * README.md of the bulk download, Swedish first, then English: the files, every column, the
 * codes (areas, T/K/M, periods), the status symbols, the licence and attribution, how to cite.
 */
export function bulkReadme(input: OpenDataInput): string {
  const { site } = input;
  const page = publicUrl(site.baseUrl, OPEN_DATA_PATHS.page);
  const zip = publicUrl(site.baseUrl, OPEN_DATA_PATHS.bulkZip);
  const api = publicUrl(site.baseUrl, OPEN_DATA_PATHS.apiDocs);
  const date = releaseDate(input);
  const year = date?.slice(0, 4);
  const licence = licenceInfo(site.licence);
  const kolada = [...input.indicators].filter((i) => i.attribution !== 'local').sort((a, b) => (a.id < b.id ? -1 : 1));
  const licenceSv = licence ? `${licence.title} (${licence.id})${licence.url ? `, ${licence.url}` : ''}` : 'Ingen licens angiven – fråga kommunen innan du återanvänder uppgifterna.';
  const licenceEn = licence ? `${licence.title} (${licence.id})${licence.url ? `, ${licence.url}` : ''}` : 'No licence given – ask the municipality before re-using the data.';
  const statuses = Object.values(STATUS_SYMBOLS);
  const files = allBulkResources(input).map((r) => r);

  const sv = [
    `# ${site.siteName} – alla resultat`,
    '',
    `Öppna data från ${site.name}. Hämtade från ${page}${date ? `, uppdaterade ${date}` : ''}.`,
    '',
    '## Filer',
    '',
    ...files.map((r) => `- \`${r.csv}\` och \`${r.json}\` – ${r.title}. JSON-filen följer ${r.jsonShape}.`),
    '- `datapackage.json` – beskrivning av CSV-filerna som Frictionless Data Package (v1, profilen tabular-data-package) med Table Schema för varje fil.',
    '- `README.md` – den här filen.',
    '',
    'CSV-filerna följer RFC 4180: UTF-8 utan BOM, kommatecken som avgränsare, punkt som decimaltecken och CRLF som radslut. Tal skrivs som tal; en tom cell betyder att uppgiften saknas.',
    'Textceller som börjar med =, +, -, @, tabb eller vagnretur, eller som innehåller radbrytningar, har fått en inledande apostrof (\') så att kalkylprogram inte kör dem som formler.',
    'JSON-filerna innehåller samma uppgifter som API:t, med nycklarna i bokstavsordning.',
    '',
    '## Kolumner',
    ...columnTable(input, 'sv'),
    '',
    '## Koder',
    '',
    '- **Områdeskoder:** fyra siffror som text, med inledande nolla (`0182` Nacka). `0000` är riket, `0001`–`0025` regioner (som i Kolada), övriga fyrsiffriga koder kommunkoder. Koder som börjar med `G` är jämförelsegrupper (ovägt medelvärde av medlemmarna, som i Kolada) och koder som börjar med `D` delområden.',
    '- **Kön (`kon`):** `T` totalt, `K` kvinnor/flickor, `M` män/pojkar.',
    '- **Perioder:** år `2024`, läsår `2023/24`, halvår `2024H1`/`2024H2`, kvartal `2024Q1`–`2024Q4`, månad `2024-03`.',
    '- **Statussymboler** när värde saknas (kolumnen `varde` är då tom):',
    ...statuses.map((s) => `  - \`${s.symbol}\` – ${s.word}`),
    '- **Preliminärt:** `ja` i kolumnen `preliminart` när värdet kan komma att ändras.',
    '',
    '## Licens och källa',
    '',
    `Licens: ${licenceSv}`,
    '',
    kolada.length > 0
      ? `Uppgifter med \`attribution\` = \`kolada\` kommer oförändrade från Kolada: ange "Källa: Kolada". Med \`kolada-processed\` skriver du "Bearbetning av data från Kolada". Övriga (\`local\`) är ${site.name}s egna uppgifter. Mått från Kolada: ${kolada.map((i) => i.id).join(', ')}.`
      : `Alla uppgifter är ${site.name}s egna.`,
    '',
    '## Så anger du källan',
    '',
    `${site.name}${year ? ` (${year})` : ''}. *${site.siteName} – alla resultat*${date ? `, version ${date}` : ''}. ${zip}`,
    '',
    `Vill du hämta enstaka mått eller bygga en tjänst finns ett statiskt JSON-API: ${api}`,
  ];

  const en = [
    '',
    '---',
    '',
    `# ${site.siteName} – all results (English)`,
    '',
    `Open data from ${site.name}, downloaded from ${page}${date ? `, updated ${date}` : ''}.`,
    '',
    '## Files',
    '',
    ...files.map((r) => `- \`${r.csv}\` and \`${r.json}\` – ${r.titleEn}. The JSON file follows ${r.jsonShape}.`),
    '- `datapackage.json` – the CSV files described as a Frictionless Data Package (v1, tabular-data-package profile) with a Table Schema for each file.',
    '- `README.md` – this file.',
    '',
    'The CSV files follow RFC 4180: UTF-8 without BOM, comma delimiter, decimal point, CRLF line ends. Numbers are written as numbers; an empty cell means no value.',
    'Text cells that begin with =, +, -, @, tab or carriage return, or that contain line breaks, have a leading apostrophe (\') so that spreadsheets never run them as formulas.',
    'The JSON files hold the same data as the API, with keys in alphabetical order.',
    '',
    '## Columns',
    ...columnTable(input, 'en'),
    '',
    '## Codes',
    '',
    '- **Area codes:** four digits as text, leading zero kept (`0182` Nacka). `0000` is Sweden, `0001`–`0025` regions (as in Kolada), other four-digit codes municipality codes. Codes starting with `G` are comparison groups (the unweighted mean of their members, as in Kolada) and codes starting with `D` districts.',
    '- **Gender (`kon`):** `T` total, `K` women/girls, `M` men/boys.',
    '- **Periods:** year `2024`, school year `2023/24`, half-year `2024H1`/`2024H2`, quarter `2024Q1`–`2024Q4`, month `2024-03`.',
    '- **Status symbols** when there is no value (the `varde` column is then empty):',
    '  - `-` – missing (bortfall)',
    '  - `.` – not applicable (ej tillämpligt)',
    '  - `..` – confidential or too few answers (sekretess eller för få svar)',
    '- **Preliminary:** `ja` in the `preliminart` column when the value may still change.',
    '',
    '## Licence and attribution',
    '',
    `Licence: ${licenceEn}`,
    '',
    kolada.length > 0
      ? `Figures with \`attribution\` = \`kolada\` are unmodified Kolada figures: credit "Källa: Kolada". For \`kolada-processed\` write "Bearbetning av data från Kolada" (processed data from Kolada). The rest (\`local\`) are ${site.name}'s own figures.`
      : `All figures are ${site.name}'s own.`,
    '',
    '## How to cite',
    '',
    `${site.name}${year ? ` (${year})` : ''}. *${site.siteName} – all results*${date ? `, version ${date}` : ''}. ${zip}`,
    '',
    `For single indicators, or to build a service, use the static JSON API: ${api}`,
    '',
  ];
  return [...sv, ...en].join('\n');
}
