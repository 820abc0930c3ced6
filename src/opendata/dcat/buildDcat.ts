import type { Area, Indicator, Manifest, SiteConfig } from '../../model/types.gen.ts';
import type { ObservationSource } from '../../site/loadSiteData.ts';
import { coverageFor, type Coverage } from '../../site/coverage.ts';
import { mailtoHref } from '../../site/safeHttpsUrl.ts';
import { absoluteUrl, indicatorUrl, normaliseBase, OPEN_DATA_PATHS } from '../seo/siteUrls.ts';
import { DATA_THEME_SCHEME, dataTheme, dataThemeIri } from './dataTheme.ts';
import { datasetTexts } from './datasetTexts.ts';
import { catalogueDates, epochDate } from './catalogueDates.ts';
import { BULK_FORMAT, DOWNLOAD_FORMATS, FILE_TYPE, IANA_MEDIA_TYPE, type DownloadFormat } from './downloadFormats.ts';
import { frequencyIri } from './frequencyIri.ts';
import { ADMS_LICENCE_LABEL, ADMS_LICENCE_SCHEME, ADMS_LICENCE_TYPE, CC0_IRI, licenceInfo } from '../licence.ts';
import { toRdfXml, type QName, type RdfNode, type RdfObject } from './rdfXml.ts';
import { temporalCoverage } from './temporalCoverage.ts';

export interface DcatOptions {
  /** Observations per indicator id, for dcterms:temporal… */
  observations?: ObservationSource;
  /** …or what they cover, when only part of them is loaded (the pages). */
  coverage?: ReadonlyMap<string, Coverage>;
  /** $SOURCE_DATE_EPOCH (seconds), used for the catalogue dates only when the data has none. */
  sourceDateEpoch?: string;
}

const LANGUAGE = 'http://publications.europa.eu/resource/authority/language/';
const LOCAL_AUTHORITY = 'http://purl.org/adms/publishertype/LocalAuthority';
/** The files live at agreed, stable URLs (DCAT-AP-SE lists planned-availability codes). */
const PLANNED_AVAILABILITY = 'http://publications.europa.eu/resource/authority/planned-availability';
const STABLE = `${PLANNED_AVAILABILITY}/STABLE`;
const PUBLIC_ACCESS = 'http://publications.europa.eu/resource/authority/access-right/PUBLIC';
/** GeoNames, the place vocabulary DCAT-AP-SE recommends for dcterms:spatial (https, as DCAT-AP's check expects). */
const GEONAMES = 'https://sws.geonames.org/';
/** Sweden in GeoNames: the area named when site.json gives no geonamesId for the municipality. */
const GEONAMES_SWEDEN = 2661886;
/** The JSON Schemas the API's documents follow (published under api/v1/schemas/). */
const API_SCHEMAS = ['indicator', 'observation', 'area', 'unit'];

type Props = [QName, RdfObject][];
const iri = (value: string): RdfObject => ({ iri: value });
const sv = (text: string): RdfObject => ({ text, lang: 'sv' });
const en = (text: string): RdfObject => ({ text, lang: 'en' });
const date = (text: string): RdfObject => ({ text, datatype: 'xsd:date' });

/**
 * A telephone number in international form for a tel: IRI (RFC 3966): Swedish numbers are written
 * with a leading 0 (0123-456 00 → +4612345600). Undefined when nothing usable is left.
 */
export function telephone(phone: string | undefined): string | undefined {
  let digits = phone?.replace(/[^\d+]/g, '') ?? '';
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  else if (digits.startsWith('0')) digits = `+46${digits.slice(1)}`;
  return /^\+\d{6,15}$/.test(digits) ? digits : undefined;
}

/**
 * The DCAT-AP-SE 3.0.x catalogue of the site as RDF/XML, for dataportal.se to harvest from
 * /oppna-data/dcat.rdf. Every node has an IRI under baseUrl (no blank nodes); external vocabulary
 * IRIs are typed in the document itself so class checks pass without background knowledge.
 */
export function buildDcat(site: SiteConfig, indicators: readonly Indicator[], areas: readonly Area[], manifest?: Manifest, options: DcatOptions = {}): string {
  const base = normaliseBase(site.baseUrl);
  const doc = absoluteUrl(base, OPEN_DATA_PATHS.dcat);
  const id = (fragment: string) => `${doc}#${fragment}`;
  const nodes: RdfNode[] = [];
  const external = new Map<string, RdfNode>();
  const periodsOf = (indicatorId: string) => (options.observations ? coverageFor({ observations: options.observations, coverage: options.coverage }, indicatorId).periods : []);
  /** An external vocabulary IRI, typed once at the end of the document. */
  const ref = (value: string, type: QName, properties: Props = []): RdfObject => {
    if (!external.has(value)) external.set(value, { iri: value, type, properties });
    return iri(value);
  };

  const publisher = id('publisher');
  const sorted = [...indicators].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const dates = catalogueDates(indicators, manifest, options.sourceDateEpoch);
  const home = areas.find((a) => a.code === site.municipality);
  const homeName = home?.name ?? site.name;
  // A licence document with its ADMS licence types (typed in the document: the vocabulary is not loaded by harvesters).
  const licenceRef = (value: string, types: readonly string[]): RdfObject =>
    ref(value, 'dcterms:LicenseDocument', types.map((t) => ['dcterms:type', ref(ADMS_LICENCE_TYPE + t, 'skos:Concept', [['skos:prefLabel', en(ADMS_LICENCE_LABEL[t] ?? t)], ['skos:inScheme', iri(ADMS_LICENCE_SCHEME)]])]));
  const licence = licenceInfo(site.licence);
  const datasetLicence = licence?.iri ? () => licenceRef(licence.iri!, licence.types) : undefined;
  // The municipality in GeoNames (site.json geonamesId), else Sweden: never a place we cannot name.
  const spatial = ref(`${GEONAMES}${site.geonamesId ?? GEONAMES_SWEDEN}/`, 'dcterms:Location', [['skos:prefLabel', sv(site.geonamesId ? homeName : 'Sverige')]]);
  /** Release date of a dataset: the date its current figures were published, from the data (else SOURCE_DATE_EPOCH). */
  const issuedOf = (lastUpdated: string | undefined) => lastUpdated ?? epochDate(options.sourceDateEpoch);

  const siteContact = site.contact.email ?? site.feedback.email;
  const contactFor = (email: string | undefined, fragment: string, name: string, phone?: string): RdfObject | undefined => {
    const mailto = mailtoHref(email);
    if (!mailto) return undefined;
    const contact = id(fragment);
    nodes.push({
      iri: contact,
      // One type only: DCAT-AP-SE's template allows exactly one of vcard:Organization/Individual.
      type: 'vcard:Organization',
      properties: [
        ['vcard:fn', sv(name)],
        ['vcard:hasEmail', iri(mailto)],
        ...(phone ? [['vcard:hasTelephone', iri(voice(phone))] as [QName, RdfObject]] : []),
      ],
    });
    return iri(contact);
  };
  const voice = (phone: string): string => {
    const node = id('contact-telephone');
    nodes.push({ iri: node, type: 'vcard:Voice', properties: [['vcard:hasValue', iri(`tel:${phone}`)]] });
    return node;
  };
  const catalogueContact = contactFor(siteContact, 'contact', site.name, telephone(site.contact.phone));

  const distribution = (fragment: string, format: DownloadFormat, url: string, modified: string | undefined): RdfObject => {
    const props: Props = [
      ['dcterms:title', sv(format.titleSv)],
      ['dcterms:title', en(format.titleEn)],
      ['dcterms:description', sv(format.descriptionSv)],
      ['dcterms:description', en(format.descriptionEn)],
      ['dcat:accessURL', ref(url, 'rdfs:Resource')],
      ['dcat:downloadURL', iri(url)],
      ['dcterms:format', ref(FILE_TYPE + format.fileType, 'dcterms:MediaTypeOrExtent')],
      ['dcat:mediaType', ref(IANA_MEDIA_TYPE + format.mediaType, 'dcterms:MediaType')],
    ];
    if (datasetLicence) props.push(['dcterms:license', datasetLicence()]);
    props.push(['dcatap:availability', ref(STABLE, 'skos:Concept', [['skos:prefLabel', en('stable')], ['skos:inScheme', iri(PLANNED_AVAILABILITY)]])]);
    if (modified) props.push(['dcterms:modified', date(modified)]);
    nodes.push({ iri: id(fragment), type: 'dcat:Distribution', properties: props });
    return iri(id(fragment));
  };

  // The published JSON Schema of an observation is the specification every download follows.
  const schema = ref(absoluteUrl(base, 'api/v1/schemas/observation.schema.json'), 'dcterms:Standard');
  const datasetIris: RdfObject[] = [];
  const themes = new Set<string>();
  const datasetNodes: RdfNode[] = [];
  for (const indicator of sorted) {
    const key = encodeURIComponent(indicator.id);
    const texts = datasetTexts(site, indicator);
    const theme = dataThemeIri(dataTheme(indicator.operatingArea));
    themes.add(theme);
    const landing = indicatorUrl(base, indicator.id);
    const props: Props = [
      ['dcterms:identifier', { text: landing }],
      ['dcterms:title', sv(texts.titleSv)],
      ['dcterms:title', en(texts.titleEn)],
      ['dcterms:description', sv(texts.descriptionSv)],
      ['dcterms:description', en(texts.descriptionEn)],
      ['dcterms:publisher', iri(publisher)],
    ];
    const contact = contactFor(indicator.contact, `contact-${key}`, indicator.responsible ?? site.name) ?? catalogueContact;
    if (contact) props.push(['dcat:contactPoint', contact]);
    props.push(['dcat:theme', ref(theme, 'skos:Concept')]);
    for (const word of [indicator.operatingArea, 'nyckeltal', site.name]) props.push(['dcat:keyword', sv(word)]);
    for (const word of ['key performance indicator', 'local government']) props.push(['dcat:keyword', en(word)]);
    props.push(['dcterms:language', ref(`${LANGUAGE}SWE`, 'dcterms:LinguisticSystem')]);
    props.push(['dcterms:spatial', spatial]);
    props.push(['dcterms:conformsTo', schema]);
    const coverage = temporalCoverage(periodsOf(indicator.id));
    if (coverage) {
      const temporal = id(`temporal-${key}`);
      nodes.push({ iri: temporal, type: 'dcterms:PeriodOfTime', properties: [['dcat:startDate', date(coverage.start)], ['dcat:endDate', date(coverage.end)]] });
      props.push(['dcterms:temporal', iri(temporal)]);
    }
    const frequency = frequencyIri(indicator.frequency);
    if (frequency) props.push(['dcterms:accrualPeriodicity', ref(frequency, 'dcterms:Frequency')]);
    const issued = issuedOf(indicator.lastUpdated);
    if (issued) props.push(['dcterms:issued', date(issued)]);
    if (indicator.lastUpdated) props.push(['dcterms:modified', date(indicator.lastUpdated)]);
    props.push(['dcterms:accessRights', ref(PUBLIC_ACCESS, 'dcterms:RightsStatement')]);
    props.push(['dcat:landingPage', ref(landing, 'foaf:Document')]);
    for (const format of DOWNLOAD_FORMATS) {
      props.push(['dcat:distribution', distribution(`distribution-${key}-${format.key}`, format, indicatorUrl(base, indicator.id, format.file), indicator.lastUpdated)]);
    }
    const dataset = id(`dataset-${key}`);
    datasetNodes.push({ iri: dataset, type: 'dcat:Dataset', properties: props });
    datasetIris.push(iri(dataset));
  }

  // The bulk download: every indicator in one archive, as a dataset of its own.
  if (sorted.length > 0) {
    const bulk = id('dataset-alla-resultat');
    const props: Props = [
      ['dcterms:identifier', { text: absoluteUrl(base, BULK_FORMAT.file) }],
      ['dcterms:title', sv(`Alla resultat från ${site.siteName}`)],
      ['dcterms:title', en(`All results from ${site.siteName}`)],
      ['dcterms:description', sv(`Alla ${sorted.length} mått med metadata och värden i en ZIP-fil, som ${site.name} publicerar dem.`)],
      ['dcterms:description', en(`All ${sorted.length} indicators with metadata and values in one ZIP file, as published by ${site.name}.`)],
      ['dcterms:publisher', iri(publisher)],
    ];
    if (catalogueContact) props.push(['dcat:contactPoint', catalogueContact]);
    for (const theme of [...themes].sort()) props.push(['dcat:theme', iri(theme)]);
    props.push(['dcat:keyword', sv('nyckeltal')], ['dcat:keyword', sv(site.name)], ['dcat:keyword', en('key performance indicator')]);
    props.push(['dcterms:language', iri(`${LANGUAGE}SWE`)], ['dcterms:spatial', spatial], ['dcterms:conformsTo', schema]);
    const coverage = temporalCoverage(sorted.flatMap((i) => periodsOf(i.id)));
    if (coverage) {
      const temporal = id('temporal-alla-resultat');
      nodes.push({ iri: temporal, type: 'dcterms:PeriodOfTime', properties: [['dcat:startDate', date(coverage.start)], ['dcat:endDate', date(coverage.end)]] });
      props.push(['dcterms:temporal', iri(temporal)]);
    }
    // The archive is issued anew with every update: its release date is that of its newest figures.
    if (dates.modified) props.push(['dcterms:issued', date(dates.modified)], ['dcterms:modified', date(dates.modified)]);
    props.push(['dcterms:accessRights', iri(PUBLIC_ACCESS)]);
    props.push(['dcat:landingPage', ref(absoluteUrl(base, OPEN_DATA_PATHS.page), 'foaf:Document')]);
    props.push(['dcat:distribution', distribution('distribution-alla-resultat-zip', BULK_FORMAT, absoluteUrl(base, BULK_FORMAT.file), dates.modified)]);
    datasetNodes.push({ iri: bulk, type: 'dcat:Dataset', properties: props });
    datasetIris.push(iri(bulk));
  }

  // The JSON API (/api/v1/) as a data service serving every dataset above.
  const api = id('api');
  if (sorted.length > 0) {
    const props: Props = [
      ['dcterms:title', sv(`${site.siteName} – API för öppna data`)],
      ['dcterms:title', en(`${site.siteName} – open data API`)],
      ['dcterms:description', sv('Statiska JSON-filer med alla mått, områden, enheter och värden, och JSON Schema för formaten.')],
      ['dcterms:description', en('Static JSON files with every indicator, area, unit and value, and JSON Schemas for the formats.')],
      ['dcat:endpointURL', ref(absoluteUrl(base, 'api/v1/'), 'rdfs:Resource')],
      // The documentation page; typed as a document, as DCAT-AP's range for pages requires.
      ['dcat:endpointDescription', ref(absoluteUrl(base, OPEN_DATA_PATHS.api), 'foaf:Document')],
      ['dcterms:publisher', iri(publisher)],
    ];
    if (catalogueContact) props.push(['dcat:contactPoint', catalogueContact]);
    for (const theme of [...themes].sort()) props.push(['dcat:theme', iri(theme)]);
    props.push(['dcat:keyword', sv('nyckeltal')], ['dcat:keyword', en('key performance indicator')]);
    props.push(['dcterms:format', ref(FILE_TYPE + 'JSON', 'dcterms:MediaTypeOrExtent')]);
    for (const name of API_SCHEMAS) props.push(['dcterms:conformsTo', ref(absoluteUrl(base, `api/v1/schemas/${name}.schema.json`), 'dcterms:Standard')]);
    if (datasetLicence) props.push(['dcterms:license', datasetLicence()]);
    props.push(['dcterms:accessRights', iri(PUBLIC_ACCESS)]);
    for (const dataset of datasetIris) props.push(['dcat:servesDataset', dataset]);
    datasetNodes.push({ iri: api, type: 'dcat:DataService', properties: props });
  }

  const catalogueProps: Props = [
    ['dcterms:title', sv(`${site.siteName} – öppna data`)],
    ['dcterms:title', en(`${site.siteName} – open data`)],
    ['dcterms:description', sv(`Mått och resultat som ${site.name} publicerar som öppna data: definitioner, mål och värden över tid, att ladda ned som CSV, Excel och JSON.`)],
    ['dcterms:description', en(`Indicators and results published by ${site.name} as open data: definitions, targets and values over time, downloadable as CSV, Excel and JSON.`)],
    ['dcterms:publisher', iri(publisher)],
    ['dcterms:license', licenceRef(CC0_IRI, ['PublicDomain'])],
    ['foaf:homepage', ref(base, 'foaf:Document')],
    ['dcterms:language', ref(`${LANGUAGE}SWE`, 'dcterms:LinguisticSystem')],
    ['dcterms:spatial', spatial],
    ['dcat:themeTaxonomy', ref(DATA_THEME_SCHEME, 'skos:ConceptScheme')],
  ];
  if (dates.issued) catalogueProps.push(['dcterms:issued', date(dates.issued)]);
  if (dates.modified) catalogueProps.push(['dcterms:modified', date(dates.modified)]);
  for (const dataset of datasetIris) catalogueProps.push(['dcat:dataset', dataset]);
  if (sorted.length > 0) catalogueProps.push(['dcat:service', iri(api)]);

  const agent: RdfNode = {
    iri: publisher,
    type: 'foaf:Organization',
    moreTypes: ['foaf:Agent'],
    properties: [
      ['foaf:name', sv(site.name)],
      ['dcterms:description', sv(`${site.name}, en kommun i Sverige (kommunkod ${site.municipality}), publicerar sina resultat som öppna data.`)],
      ['dcterms:description', en(`${site.name}, a Swedish municipality (municipality code ${site.municipality}), publishing its results as open data.`)],
      ['dcterms:type', ref(LOCAL_AUTHORITY, 'skos:Concept')],
    ],
  };

  return toRdfXml([{ iri: id('catalog'), type: 'dcat:Catalog', properties: catalogueProps }, agent, ...datasetNodes, ...nodes, ...[...external.values()]]);
}
