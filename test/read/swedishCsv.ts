// fast-check arbitraries for the files Swedish controllers save: every layout the README documents,
// headers drawn from the real synonym lists (src/normalise/headers.ts), Swedish names of areas,
// units and indicators, decimal commas, title and note rows. Used by the decoding properties.
import fc from 'fast-check';
import { LAYOUT_HEADERS, type Layout } from '../../src/normalise/headers.ts';

/** Real municipality names: some with many non-ASCII letters, some with none. */
export const AREA_NAMES = [
  'Nacka', 'Solna', 'Lund', 'Malmö', 'Göteborg', 'Västerås', 'Örebro', 'Linköping', 'Jönköping', 'Norrköping', 'Umeå', 'Luleå',
  'Gävle', 'Borås', 'Södertälje', 'Täby', 'Upplands Väsby', 'Österåker', 'Värmdö', 'Tyresö', 'Håbo', 'Älvkarleby', 'Ängelholm',
  'Höör', 'Åre', 'Skövde', 'Härnösand', 'Örnsköldsvik', 'Sölvesborg', 'Åstorp', 'Hässleholm', 'Kävlinge', 'Båstad', 'Ödeshög',
  'Åmål', 'Säffle', 'Mölndal', 'Kungsbacka', 'Riket', 'Liknande kommuner', 'Region Östergötland', 'Västra Götalandsregionen',
];
const UNIT_NAMES = [
  'Björkskolan', 'Ekbackeskolan', 'Lärkdalens skola', 'Friskolan Ugglan', 'Lindgårdens äldreboende', 'Solängens förskola',
  'Hagaskolan', 'Äppelgårdens förskola', 'Östra gymnasiet', 'Vårdboendet Källan', 'Åkerbyskolan', 'Sjöviksskolan',
];
const INDICATOR_TITLES = [
  'Elever i årskurs 9 som är behöriga till yrkesprogram', 'Väntetid till äldreboende', 'Nöjdhet med hemtjänsten',
  'Kostnad per elev i grundskolan', 'Invånare som är nöjda med gång- och cykelvägar', 'Antal besök på biblioteket',
  'Andel återvunnet hushållsavfall', 'Kommunal skattesats', 'Trygghet – elever som känner sig trygga i skolan',
  'Sjukfrånvaro bland kommunens anställda', 'Kafé och mötesplats för äldre', 'Ekonomiskt bistånd, andel (%)',
];
const OPERATING_AREAS = ['Grundskola', 'Äldreomsorg', 'Förskola', 'Miljö', 'Kultur och fritid', 'Ekonomi', 'Socialtjänst', 'Gymnasieskola'];
const SENTENCES = [
  'Fler elever känner sig trygga än för fem år sedan.', 'Alla skolor har fått en trygghetsplan.', 'Preliminärt värde; december stäms av i januari.',
  'Källa: Kolada', 'Not: uppgiften för 2020 saknas på grund av pandemin.', 'Resultatet har förbättrats – men inte överallt.',
  'Vi följer upp väntetiderna varje månad.', 'Se även § 12 i nämndens beslut.', 'Mätt vid 20 °C.', 'Idén kom från brukarrådet.',
  'Kostnaden är 1\u00a0234 kr per invånare.', 'Enkäten besvarades av 412 personer.',
];
const INDICATOR_IDS = ['N15428', 'N17461', 'U15011', 'N00945', 'EX-ALD-01', 'EX-SKO-02', 'L1', 'MÅL-ÖVR-3', 'KVALITÉ-7'];
const UNIT_IDS = ['EX-GR-01', 'EX-AB-02', 'V15E128300201', 'V11E018200101', 'ÄB-SÖDER-1'];
const AREA_CODES = ['0000', '0182', '0180', '1480', '0001', '0025', '9999', '0117', '2480', '1280'];
const PERIODS = ['2024', '2019', '2023/24', 'läsår 2023/24', '2024H1', 'H1 2024', '2024Q1', '2024 K1', '2024-03', 'mars 2024', 'december 2023'];
const GENDERS = ['T', 'K', 'M', 'Totalt', 'Kvinnor', 'Män', ''];
const STATUSES = ['', '-', '.', '..'];
const DIRECTIONS = ['högre är bättre', 'lägre är bättre', 'neutral'];

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
/** A value as Swedish Excel writes it: decimal comma, a no-break space between thousands, status symbols. */
const value = fc.oneof(
  fc.integer({ min: 0, max: 100_000 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a},${b}`),
  fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 100, max: 999 }), fc.integer({ min: 0, max: 9 })).map(([a, b, c]) => `${a}\u00a0${b},${c}`),
  fc.integer({ min: 1, max: 50 }).map((n) => `-${n},5`),
  fc.integer({ min: 0, max: 100 }).map((n) => `${n} %`),
  fc.integer({ min: 0, max: 100 }).map((n) => `${n}*`),
  pick(STATUSES),
);

/** One header synonym of a field in a layout, as a controller might type it. */
function header(layout: Layout, field: string): fc.Arbitrary<string> {
  const synonyms = LAYOUT_HEADERS.get(layout)!.fields.find(([f]) => f === field)![1];
  return pick(synonyms).chain((s) => pick([s, s.toUpperCase(), s[0].toUpperCase() + s.slice(1)]));
}

interface Column {
  field: string;
  cell: fc.Arbitrary<string>;
}

const COLUMNS: Record<Exclude<Layout, 'wide'>, Column[]> = {
  long: [
    { field: 'indicator', cell: pick(INDICATOR_IDS) },
    { field: 'area', cell: fc.oneof(pick(AREA_CODES), pick(AREA_NAMES)) },
    { field: 'period', cell: pick(PERIODS) },
    { field: 'gender', cell: pick(GENDERS) },
    { field: 'value', cell: value },
    { field: 'status', cell: pick(STATUSES) },
    { field: 'n', cell: fc.integer({ min: 0, max: 2000 }).map(String) },
    { field: 'note', cell: fc.oneof(fc.constant(''), pick(SENTENCES)) },
  ],
  catalogue: [
    { field: 'id', cell: pick(INDICATOR_IDS) },
    { field: 'title', cell: pick(INDICATOR_TITLES) },
    { field: 'unit', cell: pick(['%', 'dagar', 'kr', 'antal', 'kr/invånare']) },
    { field: 'decimals', cell: pick(['0', '1', '2']) },
    { field: 'direction', cell: pick(DIRECTIONS) },
    { field: 'operatingArea', cell: pick(OPERATING_AREAS) },
    { field: 'description', cell: pick(SENTENCES) },
    { field: 'responsible', cell: pick(['Utbildningsförvaltningen', 'Äldrenämnden', 'Miljö- och stadsbyggnadsnämnden']) },
    { field: 'min', cell: pick(['', '0', '-20']) },
  ],
  targets: [
    { field: 'indicator', cell: pick(INDICATOR_IDS) },
    { field: 'target', cell: value },
    { field: 'targetYear', cell: pick(['2024', '2026', '2030']) },
    { field: 'decision', cell: pick(['Kommunfullmäktige 2019-06-17 § 102', 'Äldrenämnden 2023-02-01 § 7', '']) },
  ],
  analysis: [
    { field: 'indicator', cell: pick(INDICATOR_IDS) },
    { field: 'period', cell: pick(PERIODS) },
    { field: 'interpretation', cell: pick(SENTENCES) },
    { field: 'actions', cell: pick(SENTENCES) },
  ],
  'kolada-catalogue': [
    { field: 'id', cell: pick(INDICATOR_IDS) },
    { field: 'title', cell: pick(INDICATOR_TITLES) },
    { field: 'operatingArea', cell: pick(OPERATING_AREAS) },
    { field: 'genderSplit', cell: pick(['True', 'False']) },
  ],
  areas: [
    { field: 'code', cell: pick(AREA_CODES) },
    { field: 'name', cell: pick(AREA_NAMES) },
    { field: 'type', cell: pick(['land', 'region', 'kommun', 'grupp', 'stadsdel']) },
  ],
  units: [
    { field: 'id', cell: pick(UNIT_IDS) },
    { field: 'name', cell: pick(UNIT_NAMES) },
    { field: 'type', cell: pick(['grundskola', 'förskola', 'äldreboende']) },
    { field: 'operator', cell: pick(['kommunal', 'fristående', 'enskild']) },
    { field: 'address', cell: pick(['Skolvägen 4, 999 01 Exempelkommun', 'Lindgatan 12, 131 40 Nacka', 'Åsgränd 3, 752 36 Uppsala']) },
  ],
};

/** A CSV cell as Excel writes it: quoted when it holds the delimiter, a quote or a line break. */
function csvCell(text: string, delimiter: string): string {
  return /[";\t,\r\n]/.test(text) && (text.includes(delimiter) || /["\r\n]/.test(text)) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows → CSV text with the delimiter and line ending given. */
function toCsv(rows: string[][], delimiter: string, eol: string): string {
  return rows.map((row) => row.map((cell) => csvCell(cell, delimiter)).join(delimiter)).join(eol) + eol;
}

/** Title rows above the table and note rows below it, as exports have. */
const titleRows = fc.array(pick(['Resultat för Exempelkommun 2024', 'Väntetid till äldreboende (N15428)', 'Uttag ur Kolada – september', 'Källa: SCB:s medborgarundersökning']), { maxLength: 2 });
const noteRows = fc.array(pick(['Källa: Kolada', 'Not: värden för 2020 är preliminära.', 'Uppgifterna har bearbetats av kommunen.']), { maxLength: 2 });

function table(layout: Exclude<Layout, 'wide'>, rows: { minLength: number; maxLength: number }): fc.Arbitrary<string[][]> {
  const columns = COLUMNS[layout];
  // The required fields first, then a random selection of the others, in a random order.
  return fc.shuffledSubarray(columns.slice(2), { minLength: 0 }).chain((extra) => {
    const chosen = [...columns.slice(0, 2), ...extra];
    return fc.tuple(fc.tuple(...chosen.map((c) => header(layout, c.field))), fc.array(fc.tuple(...chosen.map((c) => c.cell)), rows));
  }).map(([head, body]) => [head, ...body]);
}

function wideTable(rows: { minLength: number; maxLength: number }): fc.Arbitrary<string[][]> {
  return fc
    .tuple(
      fc.boolean(),
      fc.shuffledSubarray(['2019', '2020', '2021', '2022', '2023', '2024', '2020/21', '2021/22', '2022/23', '2023/24'], { minLength: 1, maxLength: 6 }),
      header('wide', 'area'),
      header('wide', 'unit'),
    )
    .chain(([units, periods, areaHeader, unitHeader]) =>
      fc
        .array(fc.tuple(units ? pick(UNIT_IDS) : pick(AREA_CODES), units ? pick(UNIT_NAMES) : pick(AREA_NAMES), fc.array(value, { minLength: periods.length, maxLength: periods.length })), rows)
        .map((body) => [[units ? unitHeader : areaHeader, units ? 'Enhetsnamn' : 'Kommunnamn', ...periods], ...body.map(([id, name, values]) => [id, name, ...values])]),
    );
}

export const LAYOUTS: Layout[] = ['long', 'wide', 'catalogue', 'targets', 'analysis', 'kolada-catalogue', 'areas', 'units'];

/** A whole CSV file's text: a layout of the README, with title and note rows, `;` (Swedish Excel), `,` or tab, CRLF or LF. */
export function swedishCsv(rows: { minLength: number; maxLength: number } = { minLength: 1, maxLength: 12 }): fc.Arbitrary<string> {
  return fc
    .tuple(
      pick(LAYOUTS).chain((layout) => (layout === 'wide' ? wideTable(rows) : table(layout, rows))),
      titleRows,
      noteRows,
      pick([';', ';', ';', ',', '\t']),
      pick(['\r\n', '\n']),
    )
    .map(([body, titles, notes, delimiter, eol]) => toCsv([...titles.map((t) => [t]), ...body, ...notes.map((n) => [n])], delimiter, eol));
}

/** The WHATWG decoding table of a single-byte code page, inverted: text → bytes, for writing test files in it. */
export function singleByteEncoder(label: string): (text: string) => Uint8Array {
  const table = new Map<string, number>();
  const decoder = new TextDecoder(label);
  for (let b = 255; b >= 0; b--) {
    const ch = decoder.decode(new Uint8Array([b]));
    if (ch !== '\ufffd') table.set(ch, b);
  }
  return (text) => {
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) {
      const b = table.get(text[i]);
      if (b === undefined) throw new Error(`${label} cannot encode ${JSON.stringify(text[i])}`);
      bytes[i] = b;
    }
    return bytes;
  };
}
