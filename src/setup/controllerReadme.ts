// The README that `npm run init` writes into the new data folder: what the controller has, what to
// change before publishing, and the commands, in Swedish.
import type { Municipality, Region } from './municipalities.ts';
import type { SimilarGroup } from './initSite.ts';
import { MUNICIPALITIES } from './municipalities.ts';

export interface ReadmeFacts {
  municipality: Municipality;
  region: Region;
  similar?: SimilarGroup;
  catalogueSize: number;
}

function similarText(similar: SimilarGroup | undefined): string {
  if (!similar || similar.members.length === 0) {
    return 'Ingen grupp med liknande kommuner valdes (befolkningssiffrorna från Kolada gick inte att hämta). Lägg till en under `comparison.similar` i `site.json`, till exempel `{"name": "Liknande kommuner", "members": ["0180", "1480"]}`.';
  }
  const names = similar.members.map((c) => `${MUNICIPALITIES.find((m) => m.code === c)?.name ?? c} (${c})`).join(', ');
  const how =
    similar.basis.kind === 'population'
      ? `De valdes efter folkmängd: de ${similar.members.length} kommuner vars invånarantal år ${similar.basis.period} (Koladas N01951) ligger närmast ert, räknat i procent snarare än i antal invånare. Folkmängd säger inte allt om hur lika två kommuner är – byt gärna till Koladas ”liknande kommuner” för ett visst område eller till kommunerna i er kommungrupp enligt SKR.`
      : 'De angavs när mappen skapades.';
  return `Jämförelsegruppen ”Liknande kommuner” är ${names}. ${how} Gruppens värde är medelvärdet av kommunernas värden (ovägt, som i Kolada).`;
}

export function controllerReadme(facts: ReadmeFacts): string {
  const { municipality: m, region } = facts;
  return `# Data för ${m.name}s resultatwebbplats

Den här mappen skapades med \`npm run init -- --kommun ${m.code}\`. Allt som visas på webbplatsen kommer
härifrån: inställningarna i \`site.json\`, måttkatalogen i \`matt.xlsx\`, områdena i \`omraden.csv\` och
siffrorna från Kolada i \`kolada/\`, plus de egna filer ni lägger hit.

## Filerna

| Fil | Vad den innehåller | Vem ändrar |
|---|---|---|
| \`site.json\` | Kommunens namn och kod (${m.code}), webbplatsens adress, jämförelser, ”Tyck till”, kontakt, tillgänglighetsredogörelse, licens, färger och logotyp. | ni |
| \`matt.xlsx\` | Måttkatalogen: ${facts.catalogueSize} Kolada-mått som invånare ofta frågar om, med en fråga i klarspråk som rubrik, enhet och riktning. | ni |
| \`omraden.csv\` | Riket, alla regioner och alla kommuner med namn, så att jämförelser med alla kommuner visar namn. | ingen |
| \`kolada/\` | Koladas siffror för måtten i katalogen, för ${m.name}, ${region.name}, riket och alla kommuner, och för ${m.name}s enheter där Kolada har sådana. | \`npm run kolada\` |

## Före första publiceringen

Ändra i \`site.json\`:

1. \`baseUrl\` – webbplatsens riktiga adress, med \`/\` på slutet (nu står en platshållare under \`example.invalid\`).
2. \`feedback\` – vart ”Tyck till” leder: \`email\` eller en e-tjänst i \`url\` (där \`{id}\` och \`{title}\` byts mot måttet).
3. \`contact\` – e-post, telefon och webbsida för frågor om statistiken.
4. \`accessibility\` – tillgänglighetsredogörelsen: hur ni har granskat webbplatsen, kända brister och när.
5. Gärna \`colors\` (\`primary\`, \`accent\` som \`#rrggbb\`; färger med för låg kontrast mot vitt byts mot standardfärgerna),
   \`logo\` (en fil i den här mappen, t.ex. \`"logo": "logo.svg"\`: SVG utan skript och externa länkar, eller PNG/JPEG/WebP)
   och \`font\` (\`"system"\`, \`"humanist"\`, \`"geometric"\` eller \`"classical"\`: typsnitt som redan finns i besökarens dator).

Kontrollen (\`npm run check\`) varnar så länge platshållarna finns kvar.

## Jämförelser

Varje mått jämförs med riket (0000) och ${region.name} (${region.code}). ${similarText(facts.similar)}

## Kommandon

\`\`\`sh
npm run kolada      # hämtar alla Kolada-mått i måttkatalogen till kolada/ (kör igen när Kolada har nya siffror)
npm run check       # kontrollerar filerna; säger fil, blad och cell för varje problem
npm run build       # bygger webbplatsen till dist/
\`\`\`

\`npm run kolada\` skriver bara sina egna filer i \`kolada/\` och byter ut dem först när allt har hämtats: om
hämtningen avbryts ligger de förra filerna kvar. Den säger vad som har ändrats sedan förra hämtningen.
Lägg inte egna filer i \`kolada/\` – lägg dem direkt i den här mappen.

## Måttkatalogen

Ta bort rader för mått ni inte vill visa och lägg till egna. Ett Kolada-mått har Koladas id (till exempel
\`N15428\`); \`npm run kolada\` hämtar värdena för det. Ett eget mått får ett eget id (till exempel \`NACKA-01\`)
och värdena i en egen fil i den här mappen (se README för Öppna resultat, avsnittet Data formats).

Mål och analyser läggs i två nya blad i \`matt.xlsx\`:

- **Mål** med kolumnerna \`Mått-id\`, \`Mål\`, \`Målår\`, \`Beslut\` – en rad per mål.
- **Analys** med kolumnerna \`Mått-id\`, \`Period\`, \`Så tolkar vi resultatet\`, \`Det här gör vi\` – en rad per mått
  och period (skriv perioden som text).

## Tecken för värden som saknas

Ett värde som saknas är aldrig 0: \`-\` bortfall, \`.\` ej tillämpligt, \`..\` sekretess eller för få svar, tomt = saknas.
`;
}
