// The starter indicator catalogue `npm run init` writes: Kolada measures residents most often ask
// about — school, preschool, elderly care, social support, safety, environment, influence, the
// municipality's economy and what it is like to live there. Each has Kolada's id and title
// (checked against Kolada's KPI catalogue by test/setup/starterCatalogue.test.ts), a plain
// Swedish question as heading, the desired direction and the unit as residents read it.
// A municipality edits the written matt.xlsx freely; this list is only where it starts.

export type Direction = 'högre är bättre' | 'lägre är bättre' | 'neutral';

export interface StarterIndicator {
  /** Kolada's KPI id, used as the indicator id. */
  id: string;
  /** Kolada's title of the KPI (whitespace as in Kolada, runs of spaces collapsed). */
  title: string;
  /** Plain Swedish question: the heading residents see. */
  question: string;
  unit: string;
  decimals: number;
  direction: Direction;
  operatingArea: string;
  /** Shown among the key results on the start page. */
  key?: boolean;
  /** Lower bound when a percentage can be negative (Kolada's results and equity ratios). */
  min?: number;
}

export const STARTER_CATALOGUE: readonly StarterIndicator[] = [
  // Förskola
  { id: 'N11808', title: 'Heltidstjänster i förskolan med förskollärarlegitimation, lägeskommun, andel (%)', question: 'Hur stor del av personalen i förskolan är legitimerade förskollärare?', unit: '%', decimals: 1, direction: 'högre är bättre', operatingArea: 'Förskola', key: true },
  { id: 'N11102', title: 'Inskrivna barn per årsarbetare i förskolan, lägeskommun, antal', question: 'Hur många barn går det på varje anställd i förskolan?', unit: 'barn per årsarbetare', decimals: 1, direction: 'lägre är bättre', operatingArea: 'Förskola' },
  { id: 'N11008', title: 'Kostnad förskola, kr/inskrivet barn', question: 'Vad kostar förskolan per barn?', unit: 'kr per barn', decimals: 0, direction: 'neutral', operatingArea: 'Förskola' },
  // Grundskola
  { id: 'N15428', title: 'Elever i åk 9 som är behöriga till yrkesprogram, hemkommun, andel (%)', question: 'Hur många elever i årskurs 9 är behöriga till gymnasiets yrkesprogram?', unit: '%', decimals: 1, direction: 'högre är bättre', operatingArea: 'Grundskola', key: true },
  { id: 'N15508', title: 'Elever i åk 9 som uppnått betygskriterierna i alla ämnen, hemkommun, andel (%)', question: 'Hur många elever i årskurs 9 når betygskriterierna i alla ämnen?', unit: '%', decimals: 1, direction: 'högre är bättre', operatingArea: 'Grundskola' },
  { id: 'N15507', title: 'Elever i åk 9, meritvärde, hemkommun, genomsnitt (17 ämnen)', question: 'Vilket meritvärde har eleverna i årskurs 9 i genomsnitt?', unit: 'meritvärde', decimals: 1, direction: 'högre är bättre', operatingArea: 'Grundskola' },
  { id: 'N15643', title: 'Elever i åk 8: Känner du dig trygg i skolan? Andel som svarat "Helt och hållet" eller "Till stor del", (%)', question: 'Känner sig eleverna i årskurs 8 trygga i skolan?', unit: '%', decimals: 1, direction: 'högre är bättre', operatingArea: 'Grundskola' },
  { id: 'N15008', title: 'Kostnad för kommunal grundskola åk 1-9, kr/elev', question: 'Vad kostar grundskolan per elev?', unit: 'kr per elev', decimals: 0, direction: 'neutral', operatingArea: 'Grundskola' },
  // Gymnasieskola
  { id: 'N17461', title: 'Gymnasieelever med examen inom 4 år, hemkommun, andel (%)', question: 'Hur många gymnasieelever tar examen inom fyra år?', unit: '%', decimals: 1, direction: 'högre är bättre', operatingArea: 'Gymnasieskola', key: true },
  // Äldreomsorg
  { id: 'U23471', title: 'Brukarbedömning särskilt boende äldreomsorg - helhetssyn, andel (%)', question: 'Är de äldre nöjda med sitt särskilda boende?', unit: '%', decimals: 0, direction: 'högre är bättre', operatingArea: 'Äldreomsorg', key: true },
  { id: 'U21468', title: 'Brukarbedömning hemtjänst äldreomsorg - helhetssyn, andel (%)', question: 'Är de äldre nöjda med sin hemtjänst?', unit: '%', decimals: 0, direction: 'högre är bättre', operatingArea: 'Äldreomsorg' },
  { id: 'U21401', title: 'Personalkontinuitet, antal personal som en hemtjänsttagare med minst 2 besök dagligen möter under 14 dagar, medelvärde', question: 'Hur många olika personer i personalen möter den som har hemtjänst under två veckor?', unit: 'personer', decimals: 0, direction: 'lägre är bättre', operatingArea: 'Äldreomsorg' },
  { id: 'U23401', title: 'Väntetid i antal dagar från ansökningsdatum till första erbjudet inflyttningsdatum till särskilt boende, medelvärde', question: 'Hur länge får man vänta på plats i ett särskilt boende?', unit: 'dagar', decimals: 0, direction: 'lägre är bättre', operatingArea: 'Äldreomsorg' },
  { id: 'N20048', title: 'Kostnad äldreomsorg, kr/inv 80+', question: 'Vad kostar äldreomsorgen per invånare som är 80 år eller äldre?', unit: 'kr per invånare 80+', decimals: 0, direction: 'neutral', operatingArea: 'Äldreomsorg' },
  // Socialtjänst
  { id: 'N31807', title: 'Invånare som någon gång under året erhållit ekonomiskt bistånd, andel (%) av bef.', question: 'Hur många invånare får ekonomiskt bistånd under året?', unit: '%', decimals: 1, direction: 'neutral', operatingArea: 'Socialtjänst', key: true },
  // Trygghet
  { id: 'N00610', title: 'Medborgarundersökningen - Trygg utomhus i området där du bor när det är mörkt ute, andel(%)', question: 'Känner sig invånarna trygga utomhus när det är mörkt?', unit: '%', decimals: 0, direction: 'högre är bättre', operatingArea: 'Trygghet', key: true },
  { id: 'N07403', title: 'Anmälda våldsbrott, antal/100 000 inv', question: 'Hur många våldsbrott anmäls?', unit: 'per 100 000 invånare', decimals: 0, direction: 'lägre är bättre', operatingArea: 'Trygghet' },
  // Miljö och klimat
  { id: 'N00401', title: 'Utsläpp till luft av växthusgaser totalt, ton CO2-ekv/inv', question: 'Hur mycket växthusgaser släpps ut per invånare?', unit: 'ton per invånare', decimals: 1, direction: 'lägre är bättre', operatingArea: 'Miljö och klimat', key: true },
  { id: 'U07414', title: 'Kommunalt avfall som samlats in för materialåtervinning, inkl. biologisk behandling, andel (%)', question: 'Hur stor del av hushållsavfallet samlas in för återvinning?', unit: '%', decimals: 1, direction: 'högre är bättre', operatingArea: 'Miljö och klimat' },
  { id: 'U00501', title: 'Fossiloberoende personbilar, andel av totalt antal bilar i det geografiska området (%)', question: 'Hur många av bilarna i kommunen kan köras utan fossila bränslen?', unit: '%', decimals: 1, direction: 'högre är bättre', operatingArea: 'Miljö och klimat' },
  { id: 'U07514', title: 'Ekologiska livsmedel i kommunens verksamhet, andel (%)', question: 'Hur mycket av maten i kommunens verksamheter är ekologisk?', unit: '%', decimals: 0, direction: 'högre är bättre', operatingArea: 'Miljö och klimat' },
  // Inflytande och demokrati
  { id: 'N00669', title: 'Medborgarundersökningen - Invånarnas möjlighet till insyn och inflytande över kommunens beslut och verksamheter är bra, andel (%)', question: 'Tycker invånarna att de har insyn och inflytande över kommunens beslut?', unit: '%', decimals: 0, direction: 'högre är bättre', operatingArea: 'Inflytande och demokrati', key: true },
  { id: 'N05401', title: 'Valdeltagande i senaste kommunalvalet, andel (%)', question: 'Hur många röstade i kommunvalet?', unit: '%', decimals: 1, direction: 'högre är bättre', operatingArea: 'Inflytande och demokrati' },
  { id: 'N00664', title: 'Medborgarundersökningen - Förtroende för kommunens politiker, andel (%)', question: 'Har invånarna förtroende för kommunens politiker?', unit: '%', decimals: 0, direction: 'högre är bättre', operatingArea: 'Inflytande och demokrati' },
  { id: 'N00640', title: 'Medborgarundersökningen - Bra bemötande vid kontakt med tjänsteperson i kommunen, andel (%)', question: 'Får invånarna ett bra bemötande när de kontaktar kommunen?', unit: '%', decimals: 0, direction: 'högre är bättre', operatingArea: 'Inflytande och demokrati' },
  // Ekonomi
  { id: 'N03102', title: 'Årets resultat som andel av skatt & generella statsbidrag kommun, (%)', question: 'Går kommunens ekonomi med överskott?', unit: '%', decimals: 1, direction: 'högre är bättre', operatingArea: 'Ekonomi', key: true, min: -100 },
  { id: 'N03002', title: 'Soliditet inkl pensionsåtag. kommun, (%)', question: 'Hur stor del av kommunens tillgångar är betalda med egna pengar?', unit: '%', decimals: 0, direction: 'högre är bättre', operatingArea: 'Ekonomi', min: -100 },
  { id: 'N00901', title: 'Skattesats till kommun (%)', question: 'Hur hög är kommunalskatten?', unit: '%', decimals: 2, direction: 'neutral', operatingArea: 'Ekonomi' },
  { id: 'N00090', title: 'Sjukfrånvaro totalt bland anställda, kommun, andel (%)', question: 'Hur mycket är kommunens anställda sjukskrivna?', unit: '%', decimals: 1, direction: 'lägre är bättre', operatingArea: 'Ekonomi' },
  // Att bo i kommunen
  { id: 'N00667', title: 'Medborgarundersökningen - Kommunen är en bra plats att bo och leva på, andel (%)', question: 'Tycker invånarna att kommunen är en bra plats att bo och leva på?', unit: '%', decimals: 0, direction: 'högre är bättre', operatingArea: 'Att bo i kommunen', key: true },
  { id: 'N03920', title: 'Arbetslöshet 18-65 år, årsmedelvärde, andel (%) av bef.', question: 'Hur många invånare är arbetslösa?', unit: '%', decimals: 1, direction: 'lägre är bättre', operatingArea: 'Att bo i kommunen' },
  { id: 'N01951', title: 'Invånare totalt, antal', question: 'Hur många bor i kommunen?', unit: 'invånare', decimals: 0, direction: 'neutral', operatingArea: 'Att bo i kommunen' },
];
