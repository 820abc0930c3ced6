/** EU data-theme vocabulary (the authority table DCAT-AP-SE uses for dcat:theme). */
export const DATA_THEME_SCHEME = 'http://publications.europa.eu/resource/authority/data-theme';

export type DataTheme = 'AGRI' | 'ECON' | 'EDUC' | 'ENER' | 'ENVI' | 'GOVE' | 'HEAL' | 'INTR' | 'JUST' | 'REGI' | 'SOCI' | 'TECH' | 'TRAN';

/**
 * Word stems of Swedish operating-area names (verksamhetsområden) → EU theme. Checked in order, so
 * the more specific stems come first ("hälso- och sjukvård" is HEAL before "vård" makes it SOCI).
 * Municipal names vary, so stems rather than exact names.
 */
const RULES: readonly (readonly [RegExp, DataTheme])[] = [
  [/hälso|sjukvård|folkhälsa|hälsa/, 'HEAL'],
  [/utbildning|skola|skolor|förskol|grundskol|gymnasi|elev|lärande|kultur|fritid|idrott|bibliotek/, 'EDUC'],
  [/vård|omsorg|äldre|hemtjänst|särskilt boende|social|individ|familj|funktionsned|stöd|befolkning|integration/, 'SOCI'],
  [/miljö|klimat|avfall|natur|vatten|hållbar/, 'ENVI'],
  [/energi/, 'ENER'],
  [/trafik|transport|gator|väg|kollektivtrafik|parkering/, 'TRAN'],
  [/bygg|bostad|boende|plan|samhällsbyggnad|stadsutveckling/, 'REGI'],
  [/trygghet|säkerhet|räddning|brott|krisberedskap/, 'JUST'],
  [/ekonomi|finans|budget|kostnad|näringsliv|arbetsmarknad|företag|sysselsättning/, 'ECON'],
  [/lantbruk|jordbruk|skog|fiske|livsmedel/, 'AGRI'],
  [/digital|it-|teknik/, 'TECH'],
  [/demokrati|inflytande|medborgar|styrning|ledning|förvaltning|politik|service|bemötande/, 'GOVE'],
];

/** The EU data theme of an operating area; municipal results default to GOVE (government and public sector). */
export function dataTheme(operatingArea: string): DataTheme {
  const name = operatingArea.toLowerCase();
  return RULES.find(([pattern]) => pattern.test(name))?.[1] ?? 'GOVE';
}

export function dataThemeIri(theme: DataTheme): string {
  return `${DATA_THEME_SCHEME}/${theme}`;
}
