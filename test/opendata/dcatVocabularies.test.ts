// The EU vocabulary codes the catalogue uses exist in DIGG's copies of the EU authority tables
// (../shared/dcat-shapes/dcat-ap-se-digg-processor/vocabularies, read in place).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataTheme, dataThemeIri } from '../../src/opendata/dcat/dataTheme.ts';
import { BULK_FORMAT, DOWNLOAD_FORMATS, FILE_TYPE } from '../../src/opendata/dcat/downloadFormats.ts';
import { frequencyIri } from '../../src/opendata/dcat/frequencyIri.ts';
import { licenceInfo, licenceIri } from '../../src/opendata/licence.ts';
import { describeShared } from '../support/sharedData.ts';
import { SHAPES_DIR } from './dcatShacl.ts';

const vocabulary = (file: string) => readFileSync(`${SHAPES_DIR}dcat-ap-se-digg-processor/vocabularies/${file}`, 'utf8');
const defined = (rdf: string, iri: string) => rdf.includes(`rdf:about="${iri}"`);

const AREAS: [string, string][] = [
  ['Utbildning', 'EDUC'],
  ['Förskola', 'EDUC'],
  ['Kultur och fritid', 'EDUC'],
  ['Vård och omsorg', 'SOCI'],
  ['Särskilt boende', 'SOCI'],
  ['Individ- och familjeomsorg', 'SOCI'],
  ['Hälso- och sjukvård', 'HEAL'],
  ['Miljö och klimat', 'ENVI'],
  ['Ekonomi', 'ECON'],
  ['Samhällsbyggnad', 'REGI'],
  ['Trafik och gator', 'TRAN'],
  ['Demokrati och inflytande', 'GOVE'],
  ['Något helt annat', 'GOVE'],
];

const FREQUENCIES: [string, string | undefined][] = [
  ['årligen', 'ANNUAL'],
  ['Årsvis', 'ANNUAL'],
  ['vartannat år', 'BIENNIAL'],
  ['kvartalsvis', 'QUARTERLY'],
  ['halvårsvis', 'ANNUAL_2'],
  ['varje månad', 'MONTHLY'],
  ['oregelbundet', 'IRREG'],
  ['vid behov?', undefined],
  [undefined as unknown as string, undefined],
];

describe('vocabulary mappings', () => {
  it.each(AREAS)('operating area %s → theme %s', (area, theme) => expect(dataTheme(area)).toBe(theme));
  it.each(FREQUENCIES)('frequency %s → %s', (text, code) => expect(frequencyIri(text)).toBe(code && `http://publications.europa.eu/resource/authority/frequency/${code}`));
  it('maps SPDX licences case-insensitively and refuses to guess unknown ones', () => {
    expect(licenceIri('CC0-1.0')).toBe('http://creativecommons.org/publicdomain/zero/1.0/');
    expect(licenceIri('cc-by-4.0')).toBe('http://creativecommons.org/licenses/by/4.0/');
    expect(licenceIri('MIT')).toBeUndefined();
    expect(licenceIri(undefined)).toBeUndefined();
  });
  it('is one licence table: the text URL (bulk package, API, page) and the DCAT IRI and types come from the same entry', () => {
    expect(licenceInfo(' cc-by-sa-4.0 ')).toEqual({
      id: 'CC-BY-SA-4.0',
      title: 'Creative Commons Attribution Share Alike 4.0 International',
      url: 'https://creativecommons.org/licenses/by-sa/4.0/',
      iri: 'http://creativecommons.org/licenses/by-sa/4.0/',
      types: ['Attribution', 'ViralEffect-ShareAlike'],
    });
    // Known for its text, with no IRI dataportal.se asks for: DCAT states none rather than guess.
    expect(licenceInfo('ODbL-1.0')).toMatchObject({ url: 'https://opendatacommons.org/licenses/odbl/1-0/' });
    expect(licenceIri('ODbL-1.0')).toBeUndefined();
    expect(licenceInfo('MIT')).toEqual({ id: 'MIT', title: 'MIT', types: [] });
  });
});

describeShared('vocabulary codes exist in the EU authority tables', () => {
  it('every theme the mapping can give is an EU data theme', () => {
    const themes = vocabulary('data-theme-skos.rdf');
    for (const [area] of AREAS) expect(defined(themes, dataThemeIri(dataTheme(area))), area).toBe(true);
  });
  it('every frequency the mapping can give is an EU frequency', () => {
    const frequencies = vocabulary('frequency.rdf');
    for (const [text] of FREQUENCIES) {
      const iri = frequencyIri(text);
      if (iri) expect(defined(frequencies, iri), text).toBe(true);
    }
  });
  it('every download format is an EU file type', () => {
    const fileTypes = vocabulary('file-type.rdf');
    for (const format of [...DOWNLOAD_FORMATS, BULK_FORMAT]) expect(defined(fileTypes, FILE_TYPE + format.fileType), format.file).toBe(true);
  });
});
