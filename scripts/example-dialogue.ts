/**
 * Exempelkommun's dialogue on results (invented, labelled as example data), for
 * scripts/make-example-data.ts: the dialogue log, questions and answers and the priorities
 * tally in data/dialog/, the feedback channels of site.json, and the SCB citizen survey's
 * influence questions (Kolada N00649–N00659) beside N00669 in the results.
 *
 * Plain data and functions that take the generator's file writers as arguments: this module
 * imports nothing of make-example-data.ts at run time, so neither can see the other half-made.
 * It registers its date-time number format with SheetJS when it loads (see DATE_TIME_FORMAT).
 */
import * as XLSX from '@e965/xlsx';
import type { IndicatorSpec } from './make-example-data.ts';

/** The day the example log says it was last updated: what is past and what is upcoming is decided by it. */
export const DIALOGUE_AS_OF = '2025-10-15';

const NOTE = 'Exempeldata: alla dialoger, frågor, svar och siffror är påhittade och visar bara hur filerna ska se ut.';

// ---------------------------------------------------------------------------------------------------------
// The dialogue log

export interface ExampleDialogue {
  id: string;
  title: string;
  /** YYYY-MM-DD or YYYY-MM-DD HH:MM (Swedish time). */
  start: string;
  end?: string;
  form: string;
  place?: string;
  organiser: string;
  invited?: string;
  invitedCount?: number;
  participants?: number;
  missing?: string;
  indicators?: string[];
  areas?: string[];
  question?: string;
  heard?: string;
  did?: string;
  decisionDate?: string;
  decision?: string;
  status: 'planerad' | 'pågår' | 'genomförd' | 'återkopplad';
  link?: string;
}

const KS = 'Kommunstyrelsen';
const UN = 'Utbildningsnämnden';
const SN = 'Socialnämnden';
const WEB = 'https://www.exempelkommun.se';

export const DIALOGUES: readonly ExampleDialogue[] = [
  {
    id: '2024-skolenkat-trygghet', title: 'Enkät om trygghet och studiero i skolan', start: '2024-02-01', end: '2024-03-15', form: 'enkät',
    place: 'Webbenkät, länk via skolornas lärplattform', organiser: UN,
    invited: 'Alla elever i årskurs 4–9 och deras vårdnadshavare', invitedCount: 3400, participants: 2186,
    missing: 'Svarsfrekvensen var lägst på Tallåsskolan och bland vårdnadshavare som inte har svenska som modersmål.',
    indicators: ['EX-SKO-01'], question: 'Var och när känner du dig trygg i skolan, och vad skulle göra skillnad?',
    heard: 'Eleverna känner sig tryggast i klassrummet och minst trygga i korridorer, omklädningsrum och på vägen hem. Många vill ha fler vuxna ute på rasterna.',
    did: 'Alla skolor har tagit fram en trygghetsplan med rastvärdar på de platser eleverna pekade ut. Omklädningsrummen på Björkskolan och Sjöängsskolan byggs om med enskilda duschar.',
    decisionDate: '2024-05-21', decision: 'UN 2024-05-21 § 45', status: 'återkopplad', link: `${WEB}/trygghet-i-skolan`,
  },
  {
    id: '2024-trygghetsvandring-centrum', title: 'Trygghetsvandring i centrum', start: '2024-04-16 18:00', end: '2024-04-16 20:00', form: 'möte',
    place: 'Samling på Stortorget', organiser: `${KS}, trygghetsrådet`,
    invited: 'Boende och näringsidkare i centrum, polisen och fastighetsägare', participants: 46,
    missing: 'Få unga under 25 år och få boende från Norrby deltog.',
    question: 'Var känner du dig otrygg i centrum, och vad skulle göra skillnad?',
    heard: 'Dålig belysning längs gångvägen mellan stationen och Stortorget och buskage som skymmer sikten nämndes av flest. Många efterfrågade fler vuxna ute på kvällarna.',
    did: 'Belysningen längs gångvägen byttes och buskagen röjdes under hösten 2024. Fältassistenterna har sedan januari 2025 kvällspass fredagar och lördagar.',
    decisionDate: '2024-06-10', decision: 'KS 2024-06-10 § 112', status: 'återkopplad', link: `${WEB}/trygghet`,
  },
  {
    id: '2024-medborgarpanel-aldreomsorg', title: 'Medborgarpanel om äldreomsorgen', start: '2024-09-02', end: '2024-09-30', form: 'medborgarpanel',
    place: 'Medborgarpanelen (webbenkät)', organiser: SN, invited: 'Medborgarpanelens medlemmar', invitedCount: 1200, participants: 734,
    missing: 'Panelen har färre medlemmar över 80 år än kommunen har invånare i den åldern; anhöriga svarade i deras ställe.',
    indicators: ['U23471', 'EX-ALD-01', 'EX-ALD-02'], question: 'Vad är viktigast för dig i äldreomsorgen?',
    heard: 'Att träffa samma personal var viktigast, följt av kortare väntetid till äldreboende och mer tid för samtal i hemtjänsten.',
    did: 'Hemtjänsten har fasta team i alla områden sedan mars 2025, så att den som får hjälp möter färre personer. Tolv nya platser på äldreboende öppnar 2026.',
    decisionDate: '2024-12-11', decision: 'SN 2024-12-11 § 98', status: 'återkopplad',
  },
  {
    id: '2024-brukarrad-hemtjanst', title: 'Brukarråd för hemtjänsten', start: '2024-11-12 14:00', end: '2024-11-12 15:30', form: 'möte',
    place: 'Träffpunkten Linden, Lindgatan 10', organiser: 'Äldreomsorgen, socialförvaltningen',
    invited: 'Brukarrådet: pensionärsorganisationerna och anhörigföreningen', invitedCount: 12, participants: 9,
    indicators: ['EX-ALD-02'], question: 'Hur fungerar de fasta teamen i hemtjänsten?',
    heard: 'Rådet välkomnade de fasta teamen men påpekade att besökstiderna ofta ändras utan besked.', status: 'genomförd',
  },
  {
    id: '2025-budgetdialog', title: 'Var ska kommunen satsa 2026?', start: '2025-02-03', end: '2025-03-02', form: 'webbdialog',
    place: 'Kommunens dialogplattform på webben och två öppna möten i biblioteken', organiser: KS,
    invited: 'Alla invånare från 16 år', participants: 1412,
    missing: 'Boende i de norra kommundelarna och personer över 75 år svarade i lägre grad än andra.',
    indicators: ['N15008', 'N00901'], areas: ['Ekonomi'], question: 'Om du fick fördela kommunens pengar, vad skulle du prioritera?',
    heard: 'Skolan och äldreomsorgen prioriterades högst, följt av trygghet i centrum och gång- och cykelvägar. Få ville höja skatten; fler kunde tänka sig det om pengarna gick till skolan.',
    did: 'Kommunfullmäktige lade 8 miljoner kronor extra på läxhjälp och mindre barngrupper i budgeten för 2026, och en ny gång- och cykelväg till Norrby byggs 2026.',
    decisionDate: '2025-06-16', decision: 'KF 2025-06-16 § 87', status: 'återkopplad', link: `${WEB}/budget`,
  },
  {
    id: '2025-e-forslag-laxhjalp', title: 'E-förslag: läxhjälp på biblioteket alla vardagar', start: '2025-01-15', end: '2025-04-15', form: 'e-förslag',
    place: 'Kommunens e-förslag på webben', organiser: UN, participants: 524,
    indicators: ['N15428'], question: 'Ska biblioteken erbjuda läxhjälp alla vardagar?',
    heard: '524 invånare skrev under förslaget. Flera kommentarer handlade om att elever utan stöd hemma behöver hjälpen mest.',
    did: 'Utbildningsnämnden beslutade att läxhjälp erbjuds på huvudbiblioteket och i Norrby måndag till torsdag från höstterminen 2025.',
    decisionDate: '2025-05-20', decision: 'UN 2025-05-20 § 52', status: 'återkopplad',
  },
  {
    id: '2025-foraldrarad-forskola', title: 'Föräldraråd om förskolan', start: '2025-03-12 18:00', end: '2025-03-12 19:30', form: 'möte',
    place: 'Förskolan Solrosen, Blomstervägen 2', organiser: 'Förskoleavdelningen, utbildningsförvaltningen',
    invited: 'Föräldraråden vid kommunens förskolor', invitedCount: 40, participants: 23,
    missing: 'Inga föräldrar från de fristående förskolorna deltog.',
    indicators: ['N11102', 'EX-FSK-01'], question: 'Hur märks barngruppernas storlek i vardagen?',
    heard: 'Föräldrarna märker att grupperna för de yngsta blivit mindre, men lämning och hämtning upplevs som stressigt när personal saknas.',
    status: 'genomförd',
  },
  {
    id: '2025-samrad-avfallsplan', title: 'Samråd om ny avfallsplan', start: '2025-04-01', end: '2025-05-15', form: 'samråd',
    place: 'Utställning i stadshuset och synpunkter via webben', organiser: 'Tekniska nämnden', participants: 312,
    indicators: ['EX-MIL-02'], question: 'Vad tycker du om förslaget till avfallsplan 2026–2030?',
    heard: 'De flesta synpunkter gällde matavfallet: fler ville ha mindre kärl och tätare hämtning på sommaren, och flerfamiljshus saknar ofta plats för sortering.',
    did: 'Avfallsplanen antogs med tätare hämtning av matavfall i juni–augusti och ett stöd till fastighetsägare som bygger miljörum.',
    decisionDate: '2025-09-22', decision: 'KF 2025-09-22 § 121', status: 'återkopplad',
  },
  {
    id: '2025-workshop-gymnasiet', title: 'Workshop: vad får elever att fullfölja gymnasiet?', start: '2025-05-07 13:00', end: '2025-05-07 16:00', form: 'workshop',
    place: 'Exempelgymnasiet, aulan', organiser: 'Gymnasie- och vuxenutbildningen', invited: 'Elevråden vid kommunens gymnasieskolor', participants: 38,
    indicators: ['N17461'], question: 'Vad gör att elever hoppar av, och vad skulle hjälpa dem att fullfölja?',
    heard: 'Eleverna nämnde stress kring prov som hopar sig i slutet av terminen, och att det är svårt att få hjälp i tid när man halkat efter.',
    status: 'genomförd',
  },
  {
    id: '2025-fokusgrupp-anhoriga', title: 'Fokusgrupp med anhöriga till boende på äldreboenden', start: '2025-09-10 17:00', end: '2025-09-10 19:00', form: 'fokusgrupp',
    place: 'Stadshuset, sal Eken', organiser: SN, invited: 'Anhöriga till boende på kommunens fyra äldreboenden', invitedCount: 30, participants: 14,
    indicators: ['U23471', 'EX-ALD-01'], question: 'Vad kan äldreboendena göra bättre?', status: 'genomförd',
  },
  {
    id: '2025-medborgarpanel-inflytande', title: 'Medborgarpanel: hur vill du kunna påverka?', start: '2025-10-01', end: '2025-10-31', form: 'medborgarpanel',
    place: 'Medborgarpanelen (webbenkät)', organiser: KS, invited: 'Medborgarpanelens medlemmar', invitedCount: 1250,
    indicators: ['N00669', 'EX-MED-01'], question: 'Hur vill du kunna påverka kommunens beslut, och vet du hur du gör i dag?', status: 'pågår',
  },
  {
    id: '2025-resultatdialog-skolan', title: 'Resultatdialog: skolans resultat 2025', start: '2025-11-04 18:30', end: '2025-11-04 20:30', form: 'möte',
    place: 'Stadshuset, sessionssalen, Storgatan 1', organiser: UN, invited: 'Alla invånare, särskilt vårdnadshavare och elever',
    indicators: ['N15428', 'EX-SKO-01', 'N00531'], question: 'Vad tycker du om skolans resultat, och vad borde vi göra först?',
    status: 'planerad', link: `${WEB}/resultatdialog`,
  },
  {
    id: '2025-oppet-hus-lindgarden', title: 'Öppet hus på Lindgårdens äldreboende', start: '2025-11-20 14:00', end: '2025-11-20 17:00', form: 'öppet hus',
    place: 'Lindgårdens äldreboende, Lindgatan 12', organiser: 'Äldreomsorgen, socialförvaltningen', invited: 'Alla som vill veta mer om att bo på äldreboende',
    indicators: ['U23471', 'EX-ALD-01'], question: 'Vad vill du veta om att bo på äldreboende?', status: 'planerad',
  },
  {
    id: '2025-samrad-klimatplan', title: 'Samråd om klimatplan 2026–2030', start: '2025-12-01', end: '2026-01-31', form: 'samråd',
    place: 'Utställning i stadshuset och synpunkter via webben', organiser: 'Miljö- och klimatnämnden',
    indicators: ['EX-MIL-01', 'EX-MIL-02'], areas: ['Miljö och klimat'], question: 'Vad tycker du om förslaget till klimatplan?', status: 'planerad',
  },
  {
    id: '2026-budgetdialog', title: 'Var ska kommunen satsa 2027?', start: '2026-02-02', end: '2026-03-01', form: 'webbdialog',
    place: 'Kommunens dialogplattform på webben', organiser: KS, invited: 'Alla invånare från 16 år',
    indicators: ['N00901'], areas: ['Ekonomi'], question: 'Om du fick fördela kommunens pengar, vad skulle du prioritera?', status: 'planerad', link: `${WEB}/budget`,
  },
];

export const DIALOGUE_HEADERS = [
  'Dialog-id', 'Titel', 'Start', 'Slut', 'Form', 'Plats eller kanal', 'Arrangör', 'Inbjudna', 'Antal inbjudna', 'Antal deltagare',
  'Vilka saknades', 'Mått-id', 'Verksamhetsområden', 'Fråga', 'Vi hörde', 'Vi gjorde', 'Beslutsdatum', 'Beslut', 'Status', 'Länk',
] as const;

// ---------------------------------------------------------------------------------------------------------
// Questions and answers

export interface ExampleQuestion { indicator: string; asked: string; question: string; answer?: string; answeredBy?: string; answered?: string }

export const QUESTIONS: readonly ExampleQuestion[] = [
  { indicator: 'N15428', asked: '2025-02-11', question: 'Varför minskade andelen behöriga elever 2023?',
    answer: 'Andelen minskade framför allt för att fler elever saknade godkänt betyg i matematik. Sedan dess har alla skolor extra lektioner i matematik i årskurs 8 och 9, och läxhjälpen har byggts ut.',
    answeredBy: 'Utbildningsförvaltningen', answered: '2025-02-25' },
  { indicator: 'N15428', asked: '2025-09-02', question: 'Räknas elever i fristående skolor med?',
    answer: 'Ja. Måttet räknar alla elever som är folkbokförda i kommunen, oavsett om de går i en kommunal eller en fristående skola.',
    answeredBy: 'Utbildningsförvaltningen', answered: '2025-09-09' },
  { indicator: 'EX-ALD-01', asked: '2025-03-18', question: 'Varför väntar man längre på vissa äldreboenden än på andra?',
    answer: 'Väntetiden beror på hur många som önskar just det boendet. Den som tackar ja till första lediga plats får oftast flytta inom några veckor.',
    answeredBy: 'Socialförvaltningen', answered: '2025-04-01' },
  { indicator: 'U23471', asked: '2025-06-05', question: 'Varför visas inget resultat för Strandhemmet?',
    answer: 'För få boende svarade på enkäten för att resultatet ska kunna redovisas utan att enskilda svar kan pekas ut. Det visas då med två punkter (..).',
    answeredBy: 'Socialförvaltningen', answered: '2025-06-12' },
  { indicator: 'N00669', asked: '2025-05-20', question: 'Vad gör kommunen för att fler ska kunna påverka?',
    answer: 'Vi publicerar resultaten öppet, bjuder in till dialog om dem och redovisar på sidan Dialog vad vi hört och vad vi gjort. Hösten 2025 frågar vi medborgarpanelen hur invånarna vill kunna påverka.',
    answeredBy: 'Kommunledningskontoret', answered: '2025-05-27' },
  { indicator: 'EX-MIL-02', asked: '2025-08-14', question: 'Varför minskar mängden insamlat matavfall?' },
  { indicator: 'N00901', asked: '2025-10-02', question: 'Hur mycket av skatten går till skolan?',
    answer: 'Ungefär 40 öre av varje skattekrona går till förskola och skola. Fördelningen per verksamhet redovisas i årsredovisningen.',
    answeredBy: 'Ekonomiavdelningen', answered: '2025-10-09' },
  { indicator: 'EX-SOC-01', asked: '2025-04-22', question: 'Hur lång tid tar det att få besked om ekonomiskt bistånd?',
    answer: 'Hälften får besked inom tio dagar från att ansökan är komplett. Den som har akut behov får hjälp samma dag.',
    answeredBy: 'Socialförvaltningen', answered: '2025-05-02' },
];

export const QUESTION_HEADERS = ['Mått-id', 'Frågedatum', 'Fråga', 'Svar', 'Besvarad av', 'Svarsdatum'] as const;

// ---------------------------------------------------------------------------------------------------------
// Priorities ("Är det här viktigt för dig?")

export interface ExamplePriority { year: number; indicator?: string; topic?: string; count: number; channel: string }

const FORM = 'Formuläret på webbplatsen';
const PANEL = 'Medborgarpanelen';
const BUDGET = 'Budgetdialogen';

export const PRIORITIES: readonly ExamplePriority[] = [
  { year: 2024, indicator: 'EX-SKO-01', count: 64, channel: FORM },
  { year: 2024, indicator: 'U23471', count: 187, channel: PANEL },
  { year: 2024, indicator: 'EX-ALD-01', count: 143, channel: PANEL },
  { year: 2024, indicator: 'N15428', count: 41, channel: FORM },
  { year: 2024, topic: 'Trygghet i centrum', count: 52, channel: FORM },
  { year: 2025, indicator: 'N15428', count: 86, channel: FORM },
  { year: 2025, indicator: 'N15428', count: 312, channel: BUDGET },
  { year: 2025, indicator: 'EX-SKO-01', count: 112, channel: FORM },
  { year: 2025, indicator: 'EX-SKO-01', count: 198, channel: BUDGET },
  { year: 2025, indicator: 'EX-ALD-01', count: 64, channel: FORM },
  { year: 2025, indicator: 'EX-ALD-01', count: 221, channel: BUDGET },
  { year: 2025, indicator: 'N00669', count: 41, channel: FORM },
  { year: 2025, indicator: 'EX-MIL-02', count: 23, channel: FORM },
  { year: 2025, topic: 'Trygghet i centrum', count: 254, channel: BUDGET },
  { year: 2025, topic: 'Gång- och cykelvägar', count: 176, channel: BUDGET },
];

export const PRIORITY_HEADERS = ['År', 'Mått-id', 'Ämne', 'Antal invånare', 'Kanal'] as const;

// ---------------------------------------------------------------------------------------------------------
// Files

type Cell = string | number | null | XLSX.CellObject;

/** What the generator lends this module to write files the way it writes its own. */
export interface FileTools {
  newWorkbook(title: string): XLSX.WorkBook;
  sheet(rows: readonly (readonly Cell[])[], widths?: number[]): XLSX.WorkSheet;
  append(wb: XLSX.WorkBook, sheet: XLSX.WorkSheet, name: string): void;
  workbookBytes(wb: XLSX.WorkBook): Buffer;
  csvText(rows: readonly (readonly string[])[], delimiter: string, eol: string): string;
  excelSerial(isoDate: string): number;
}

/** The number format of a meeting's date and time. */
const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';
// SheetJS keeps custom number formats in one table per process and writes them all into every
// workbook it makes: registered when this module loads, before any workbook, every run of the
// generator writes the same bytes.
XLSX.SSF.load(DATE_TIME_FORMAT);

/** A date or date-time as an Excel date cell: what a controller typing "2025-11-04 18:30" gets. */
function dateTimeCell(tools: FileTools, value: string): XLSX.CellObject {
  const [date, time] = value.split(' ');
  const [h, m] = time ? time.split(':').map(Number) : [0, 0];
  const serial = tools.excelSerial(date) + (h * 60 + m) / (24 * 60);
  return { t: 'n', v: serial, z: time ? DATE_TIME_FORMAT : 'yyyy-mm-dd' };
}

function dialogueLog(tools: FileTools): Buffer {
  const wb = tools.newWorkbook('Dialogloggen – Exempelkommun (exempeldata)');
  const readme: Cell[][] = [
    ['Läs mig – så fyller du i dialogloggen (exempeldata)'],
    [NOTE],
    [],
    ['1. Bladet Dialoger har en rad per dialog. Rubrikraden får inte ändras; raderna ovanför den går bra.'],
    ['2. Dialog-id blir sidans adress (/dialog/id/): små bokstäver, siffror och bindestreck. Ändra det inte när sidan är publicerad.'],
    ['3. Start och Slut är datum, eller datum och klockslag för möten (2025-11-04 18:30).'],
    ['4. Form: möte, enkät, medborgarpanel, e-förslag, webbdialog, samråd, workshop, fokusgrupp, öppet hus eller annat.'],
    ['5. Status: planerad, pågår, genomförd eller återkopplad. Återkopplad kräver att Vi gjorde är ifyllt.'],
    ['6. Mått-id och Verksamhetsområden kan ha flera värden, åtskilda med kommatecken.'],
    ['7. Skriv inga personuppgifter: inga namn på invånare, personnummer, e-postadresser eller telefonnummer.'],
    ['8. Ändra datumet vid Senast uppdaterad när du ändrar i loggen: det avgör vilka dialoger som visas som kommande.'],
    ['Det här bladet läses inte in; kontrollen säger bara att bladet hoppas över.'],
  ];
  tools.append(wb, tools.sheet(readme, [110]), 'Läs mig');
  const rows: Cell[][] = [
    ['Dialogloggen – vi hörde, vi gjorde (exempeldata)'],
    ['Senast uppdaterad', dateTimeCell(tools, DIALOGUE_AS_OF)],
    [],
    [...DIALOGUE_HEADERS],
  ];
  for (const d of DIALOGUES) {
    rows.push([
      d.id, d.title, dateTimeCell(tools, d.start), d.end ? dateTimeCell(tools, d.end) : null, d.form, d.place ?? null, d.organiser,
      d.invited ?? null, d.invitedCount ?? null, d.participants ?? null, d.missing ?? null, d.indicators?.join(', ') ?? null,
      d.areas?.join(', ') ?? null, d.question ?? null, d.heard ?? null, d.did ?? null,
      d.decisionDate ? dateTimeCell(tools, d.decisionDate) : null, d.decision ?? null, d.status, d.link ?? null,
    ]);
  }
  tools.append(wb, tools.sheet(rows, [30, 40, 16, 16, 14, 36, 30, 36, 10, 10, 40, 24, 20, 50, 60, 60, 12, 22, 12, 36]), 'Dialoger');
  return tools.workbookBytes(wb);
}

/** Questions and answers as a CSV in UTF-8 with BOM and semicolons: what Excel's "CSV UTF-8" gives. */
function questionsCsv(tools: FileTools): Buffer {
  const rows: string[][] = [[...QUESTION_HEADERS]];
  for (const q of QUESTIONS) rows.push([q.indicator, q.asked, q.question, q.answer ?? '', q.answeredBy ?? '', q.answered ?? '']);
  return Buffer.from('\uFEFF' + tools.csvText(rows, ';', '\r\n'), 'utf8');
}

function prioritiesWorkbook(tools: FileTools): Buffer {
  const wb = tools.newWorkbook('Vad är viktigt för dig? – Exempelkommun (exempeldata)');
  const rows: Cell[][] = [['Vad är viktigt för dig? Antal invånare per mått eller ämne och kanal (exempeldata)'], [NOTE], [], [...PRIORITY_HEADERS]];
  for (const p of PRIORITIES) rows.push([p.year, p.indicator ?? null, p.topic ?? null, p.count, p.channel]);
  tools.append(wb, tools.sheet(rows, [8, 12, 28, 14, 28]), 'Prioriteringar');
  return tools.workbookBytes(wb);
}

/** The files of data/dialog/, by path from the repository root. */
export function dialogueFiles(tools: FileTools): Map<string, Buffer> {
  return new Map([
    ['data/dialog/dialoglogg.xlsx', dialogueLog(tools)],
    ['data/dialog/fragor-och-svar.csv', questionsCsv(tools)],
    ['data/dialog/prioriteringar.xlsx', prioritiesWorkbook(tools)],
  ]);
}

/** data/README.md's rows for the dialogue's files. */
export const DIALOGUE_README_ROWS = `| \`dialog/dialoglogg.xlsx\` | Dialogloggen, ”Vi hörde – vi gjorde”: en rad per dialog med datum, form, plats, arrangör, vilka som bjöds in och deltog, måtten och verksamhetsområdena den gäller, frågan, vad kommunen hörde och gjorde, beslut och status. Raden **Senast uppdaterad** avgör vilka dialoger som visas som kommande. |
| \`dialog/fragor-och-svar.csv\` | Invånares frågor om måtten och kommunens svar (CSV UTF-8 med semikolon). |
| \`dialog/prioriteringar.xlsx\` | Hur många invånare som sa att ett mått eller ämne är viktigast för dem, per år och kanal. |`;

// ---------------------------------------------------------------------------------------------------------
// site.json: where residents' replies go

export const DIALOGUE_FEEDBACK = {
  form: {
    action: 'https://e-tjanst.exempelkommun.se/api/tyck-till-om-resultat',
    fields: { indicator: 'matt', page: 'sida', kind: 'typ', message: 'meddelande', honeypot: 'webbplats', thankYou: 'tack' },
    thankYouUrl: 'https://resultat.exempelkommun.se/dialog/tack/',
    maxLength: 2000,
    postInPlace: true,
    privacyUrl: 'https://www.exempelkommun.se/personuppgifter',
  },
  channels: [
    { name: 'E-förslag', description: 'Lämna ett förslag som andra invånare kan skriva under. Ett förslag med minst 300 underskrifter behandlas av den nämnd det gäller.', url: 'https://www.exempelkommun.se/e-forslag' },
    { name: 'Medborgarpanelen', description: 'Svara på några enkäter om året om det som kommunen ska besluta om. Alla som bor i kommunen och har fyllt 16 år kan gå med.', url: 'https://www.exempelkommun.se/medborgarpanel' },
    { name: 'Synpunkter och klagomål', description: 'Tyck till om en verksamhet eller anmäl ett fel. Du får svar inom tio arbetsdagar om du lämnar en kontaktuppgift.', url: 'https://www.exempelkommun.se/synpunkter' },
  ],
};

// ---------------------------------------------------------------------------------------------------------
// The citizen survey's influence questions (Kolada "Medborgarundersökningen"), beside N00669

const KLK = 'Kommunledningskontoret';
const SURVEY_SOURCE = 'SCB:s medborgarundersökning via Kolada';

function surveyIndicator(id: string, title: string, question: string, asked: string, kolada: string, answers: string): IndicatorSpec {
  return {
    id, title, question,
    description: `Andel av de tillfrågade i SCB:s medborgarundersökning som ${title.charAt(0).toLowerCase()}${title.slice(1).replace(/^invånare som /i, '')}.`,
    definition: `Andel som svarat ${answers} på frågan ”${asked}” i SCB:s medborgarundersökning. De som svarat ”Vet inte” eller ”Ingen åsikt” räknas inte med.`,
    formula: 'svar i de två högsta svarsalternativen / svar med åsikt × 100', unit: '%', decimals: 0, direction: 'högre är bättre',
    operatingArea: 'Medborgarinflytande', source: SURVEY_SOURCE, attribution: 'Kolada', koladaId: id,
    responsible: KLK, contact: 'dialog@exempelkommun.se', frequency: 'årligen', lastUpdated: '2025-01-30', nextUpdate: '2026-01-30',
    related: ['N00669'], key: false, targets: [],
    kolada: {
      name: `Medborgarundersökningen - ${kolada}, andel (%)`, auspices: 'X',
      description: `Andel som har svarat ${answers} på frågan ”${asked}” i SCBs medborgarundersökning. Källa: SCBs medborgarundersökning.`,
      operatingArea: 'Kommunen, övergripande', genderSplit: true, hasUnitData: false, perspective: 'Kvalitet och resultat', publicationDate: '2025-01-30',
    },
  };
}

const GOOD = '”Mycket bra” eller ”Ganska bra”';
const FULLY = '”Helt och hållet” eller ”Till stor del”';

/** N00649, N00650, N00652, N00657–N00659: the questions that followed the influence index when SCB dropped it in 2021. */
export const INFLUENCE_INDICATORS: readonly IndicatorSpec[] = [
  surveyIndicator('N00649', 'Invånare som tycker att de kan påverka inom verksamheterna', 'Kan man påverka hur skolan, omsorgen och andra verksamheter fungerar?',
    'Vad tycker du om möjligheterna som kommunens invånare har att påverka inom de kommunala verksamheterna?', 'Möjlighet att påverka inom de kommunala verksamheterna fungerar bra', GOOD),
  surveyIndicator('N00650', 'Invånare som tycker att de kan påverka politiska beslut', 'Kan man påverka politikernas beslut?',
    'Vad tycker du om möjligheterna som kommunens invånare har att påverka innehållet i politiska beslut?', 'Möjlighet att påverka politiska beslut i kommunen fungerar bra', GOOD),
  surveyIndicator('N00652', 'Invånare som tycker att kommunen informerar bra om större förändringar', 'Får invånarna veta när något stort ska ändras?',
    'Hur tycker du att kommunen informerar vid större förändringar i kommunen?', 'Kommunens information kring större förändringar fungerar bra', GOOD),
  surveyIndicator('N00657', 'Invånare som tycker att politikerna arbetar för kommunens bästa', 'Arbetar politikerna för kommunens bästa?',
    'Upplever du att kommunens politiker arbetar för kommunens bästa?', 'Kommunens politiker upplevs arbeta för kommunens bästa', FULLY),
  surveyIndicator('N00658', 'Invånare som tycker att politikerna är ansvarstagande', 'Tar politikerna ansvar?',
    'Upplever du att kommunens politiker är ansvarstagande?', 'Kommunens politiker upplevs som ansvarstagande', FULLY),
  surveyIndicator('N00659', 'Invånare som tycker att politikerna är lyhörda för idéer', 'Lyssnar politikerna på invånarnas idéer?',
    'Upplever du att kommunens politiker är lyhörda för invånarnas tankar och idéer?', 'Kommunens politiker upplevs som lyhörda för idéer', FULLY),
];

/** Start and end of each survey series 2021–2024 (percent) for the home municipality, riket and the three peers. */
export const INFLUENCE_SERIES: readonly { indicator: string; home: [number, number]; riket: [number, number]; peers: [number, number][] }[] = [
  { indicator: 'N00649', home: [31, 36], riket: [30, 30], peers: [[28, 29], [34, 35], [26, 28]] },
  { indicator: 'N00650', home: [22, 27], riket: [23, 22], peers: [[20, 21], [26, 26], [19, 20]] },
  { indicator: 'N00652', home: [44, 49], riket: [42, 41], peers: [[40, 41], [47, 46], [38, 40]] },
  { indicator: 'N00657', home: [41, 44], riket: [40, 39], peers: [[37, 38], [45, 45], [35, 36]] },
  { indicator: 'N00658', home: [38, 42], riket: [37, 36], peers: [[34, 35], [42, 42], [33, 34]] },
  { indicator: 'N00659', home: [33, 39], riket: [32, 31], peers: [[30, 30], [36, 37], [28, 29]] },
];
