import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AreaDirectory } from '../../src/normalise/AreaDirectory.ts';
import { headerKey, isIgnoredHeader, matchHeader, type Layout } from '../../src/normalise/headers.ts';
import { parseAreaCode } from '../../src/normalise/parseAreaCode.ts';
import { parseGender } from '../../src/normalise/parseGender.ts';
import { parsePeriodText } from '../../src/normalise/parsePeriod.ts';
import { parseStatus } from '../../src/normalise/parseStatus.ts';
import { excelDate } from '../../src/normalise/excelDate.ts';

// The synonym lists as the project brief gives them; the first is what the example data uses.
const SYNONYMS: [Layout, string, string[]][] = [
  ['long', 'indicator', ['Mått-id', 'mått', 'måttid', 'nyckeltal', 'kpi', 'kpi_id', 'indikator', 'indicator']],
  ['long', 'area', ['Kommunkod', 'område', 'områdeskod', 'kommun', 'municipality_id', 'municipality', 'area', 'region', 'regionkod']],
  ['long', 'unit', ['Enhets-id', 'enhet', 'enhetsid', 'ou', 'ou_id', 'unit', 'unit_id']],
  ['long', 'period', ['Period', 'år', 'year', 'läsår', 'kvartal', 'månad', 'halvår']],
  ['long', 'gender', ['Kön', 'gender', 'sex']],
  ['long', 'value', ['Värde', 'value', 'utfall', 'resultat']],
  ['long', 'status', ['Status', 'värdestatus']],
  ['long', 'n', ['Antal svar', 'n', 'count', 'antal']],
  ['long', 'note', ['Kommentar', 'not', 'anmärkning', 'note', 'fotnot']],
  ['long', 'preliminary', ['Preliminär', 'prel', 'preliminary']],
  ['catalogue', 'id', ['Mått-id', 'id', 'kpi']],
  ['catalogue', 'title', ['Titel', 'namn', 'rubrik', 'title', 'name']],
  ['catalogue', 'question', ['Fråga', 'klarspråksrubrik', 'question']],
  ['catalogue', 'description', ['Vad betyder måttet', 'beskrivning', 'description']],
  ['catalogue', 'definition', ['Definition']],
  ['catalogue', 'formula', ['Formel', 'beräkning']],
  ['catalogue', 'unit', ['Enhet', 'måttenhet', 'unit']],
  ['catalogue', 'decimals', ['Decimaler', 'antal decimaler']],
  ['catalogue', 'direction', ['Riktning', 'önskad riktning', 'direction']],
  ['catalogue', 'operatingArea', ['Verksamhetsområde', 'verksamhet', 'operating_area']],
  ['catalogue', 'source', ['Källa', 'source']],
  ['catalogue', 'attribution', ['Attribuering']],
  ['catalogue', 'koladaId', ['Kolada-id', 'kolada']],
  ['catalogue', 'target', ['Mål', 'målvärde', 'target']],
  ['catalogue', 'targetYear', ['Målår', 'target year']],
  ['catalogue', 'decision', ['Beslut', 'målbeslut']],
  ['catalogue', 'responsible', ['Ansvarig', 'ansvarig enhet', 'ansvarig förvaltning']],
  ['catalogue', 'contact', ['Kontakt']],
  ['catalogue', 'frequency', ['Uppdateringsfrekvens', 'frekvens']],
  ['catalogue', 'lastUpdated', ['Senast uppdaterad', 'uppdaterad']],
  ['catalogue', 'nextUpdate', ['Nästa uppdatering']],
  ['catalogue', 'related', ['Relaterade mått']],
  ['catalogue', 'min', ['Min', 'lägsta värde']],
  ['catalogue', 'max', ['Max', 'högsta värde']],
  ['catalogue', 'keyIndicator', ['Nyckelmått']],
  ['targets', 'indicator', ['Mått-id']],
  ['targets', 'target', ['Mål']],
  ['targets', 'targetYear', ['Målår']],
  ['targets', 'decision', ['Beslut']],
  ['analysis', 'indicator', ['Mått-id']],
  ['analysis', 'period', ['Period']],
  ['analysis', 'interpretation', ['Så tolkar vi resultatet', 'tolkning', 'analys']],
  ['analysis', 'actions', ['Det här gör vi', 'åtgärder']],
  ['areas', 'code', ['Kod', 'kommunkod', 'kommun', 'region', 'code']],
  ['areas', 'name', ['Namn', 'name']],
  ['areas', 'type', ['Typ', 'type']],
  ['areas', 'parent', ['Ingår i', 'parent']],
  ['units', 'id', ['Enhets-id', 'id', 'ou']],
  ['units', 'name', ['Namn', 'name']],
  ['units', 'type', ['Typ', 'type']],
  ['units', 'operator', ['Huvudman', 'operator']],
  ['units', 'address', ['Adress', 'address']],
  ['units', 'area', ['Kommunkod', 'kommun', 'area']],
];

describe('header synonyms', () => {
  for (const [layout, field, synonyms] of SYNONYMS) {
    it(`${layout}.${field}: ${synonyms.join(', ')}`, () => {
      for (const s of synonyms) {
        expect(matchHeader(layout, s)?.field, s).toBe(field);
        // Case, surrounding space and _ - space do not matter.
        expect(matchHeader(layout, `  ${s.toUpperCase().replace(/ /g, '_')} `)?.field, s).toBe(field);
      }
      // The first synonym is the best match for its field.
      expect(matchHeader(layout, synonyms[0])?.rank).toBe(0);
    });
  }

  it('knows label columns that are read by no field', () => {
    for (const label of ['kpi_title', 'Måttnamn', 'Kommunnamn', 'Enhetsnamn']) expect(isIgnoredHeader('long', label), label).toBe(true);
    expect(isIgnoredHeader('long', 'Färg')).toBe(false);
  });

  it('normalises header text', () => {
    expect(headerKey(' Mått_id ')).toBe('mått id');
    expect(headerKey('Antal  svar')).toBe('antal svar');
    expect(headerKey('is--kommun')).toBe('is kommun');
  });

  it('never matches prototype names', () => {
    for (const layout of ['long', 'wide', 'catalogue', 'areas', 'units'] as Layout[]) {
      for (const s of ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']) expect(matchHeader(layout, s)).toBeUndefined();
    }
  });
});

describe('the parsers never throw on random text', () => {
  it('parsePeriodText, parseGender, parseStatus, parseAreaCode, excelDate', () => {
    const areas = new AreaDirectory();
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (s) => {
        const period = parsePeriodText(s);
        if (period !== undefined) expect(period).toMatch(/^[0-9]{4}(\/[0-9]{2}|H[12]|Q[1-4]|-(0[1-9]|1[0-2]))?$/);
        parseGender(s);
        parseStatus(s);
        const area = parseAreaCode(s, areas);
        if (area.ok) expect(area.code).toMatch(/^([0-9]{4}|[GD][A-Za-z0-9_-]{1,31})$/);
        const date = excelDate(s);
        if (date !== undefined) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('Unicode forms', () => {
  it('matches decomposed å ä ö (as some Macs write them) in headers, genders, periods and names', () => {
    const nfd = (s: string) => s.normalize('NFD');
    expect(nfd('Mått-id')).not.toBe('Mått-id');
    expect(matchHeader('long', nfd('Mått-id'))?.field).toBe('indicator');
    expect(parseGender(nfd('Män'))).toBe('M');
    expect(parsePeriodText(nfd('läsår 2023/24'))).toBe('2023/24');
    const areas = new AreaDirectory([{ code: '0180', name: 'Österåker', type: 'municipality' }]);
    expect(parseAreaCode(nfd('Österåker'), areas)).toEqual({ ok: true, code: '0180' });
  });
});
