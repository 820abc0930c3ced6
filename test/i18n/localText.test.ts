import { describe, expect, it } from 'vitest';
import { localText, optionalText } from '../../src/i18n/localText.ts';
import { t, tParts } from '../../src/i18n/t.ts';
import { localIndicator, unitOf } from '../../src/site/localIndicator.ts';
import { areaLabel, similarName, siteName } from '../../src/site/localNames.ts';
import type { Indicator } from '../../src/model/types.gen.ts';

const base: Indicator = {
  id: 'X', title: 'Väntetid', question: 'Hur länge väntar man?', unit: 'dagar', decimals: 0, direction: 'lower-is-better',
  operatingArea: 'Äldreomsorg', attribution: 'local', targets: [], analysis: [], related: [], metadata: { file: 'matt.xlsx' },
};

describe('texts with their language', () => {
  it('take the English text on English pages when there is one, else the Swedish one marked sv', () => {
    expect(localText('en', 'Väntetid', 'Waiting time')).toEqual({ text: 'Waiting time', lang: 'en' });
    expect(localText('en', 'Väntetid')).toEqual({ text: 'Väntetid', lang: 'sv' });
    expect(localText('sv', 'Väntetid', 'Waiting time')).toEqual({ text: 'Väntetid', lang: 'sv' });
    expect(optionalText('en', undefined)).toBeUndefined();
    expect(optionalText('en', undefined, 'Only English')).toEqual({ text: 'Only English', lang: 'en' });
  });

  it('fill a template in parts, keeping texts of another language whole', () => {
    const title = { text: 'Väntetid', lang: 'sv' as const };
    expect(tParts('indicator.feedbackLink', { title }, 'en')).toEqual(['Comment on ', title]);
    expect(tParts('indicator.unitsPageTitle', { title, sort: 'by name' }, 'en')).toEqual([title, ' – units sorted by name']);
    expect(tParts('indicator.feedbackLink', { title: 'Waiting time' }, 'en')).toEqual([t('indicator.feedbackLink', { title: 'Waiting time' }, 'en')]);
  });
});

describe('an indicator on a page in each language', () => {
  it('heads the English page with the English question, else the English title, else the Swedish question', () => {
    expect(localIndicator(base, 'sv').heading).toEqual({ text: 'Hur länge väntar man?', lang: 'sv' });
    expect(localIndicator(base, 'en').heading).toEqual({ text: 'Hur länge väntar man?', lang: 'sv' });
    const titled = { ...base, en: { title: 'Waiting time' } };
    expect(localIndicator(titled, 'en')).toMatchObject({ heading: { text: 'Waiting time', lang: 'en' }, headingIsQuestion: false });
    const full = { ...base, en: { title: 'Waiting time', question: 'How long is the wait?', operatingArea: 'Care of older people' } };
    expect(localIndicator(full, 'en')).toMatchObject({ heading: { text: 'How long is the wait?', lang: 'en' }, headingIsQuestion: true, operatingArea: { text: 'Care of older people', lang: 'en' } });
  });

  it('writes its unit from the English column, else translates the common ones', () => {
    expect(unitOf({ unit: 'kr', en: { unit: 'SEK per pupil' } }, 'en')).toBe('SEK per pupil');
    expect(unitOf({ unit: 'kr', en: { unit: 'SEK per pupil' } }, 'sv')).toBe('kr');
    expect(localIndicator(base, 'en').unit).toBe('days');
    expect(localIndicator(base, 'sv').unit).toBe('dagar');
  });
});

describe('names on English pages', () => {
  const site = {
    siteName: 'Exempelkommuns resultat',
    comparison: { country: '0000', similar: { name: 'Liknande kommuner', members: ['9991'] as [string, ...string[]] } },
  };
  it('call riket Sweden and keep municipalities’ names', () => {
    const areas = [{ code: '0000', name: 'Riket', type: 'country' as const }, { code: '9991', name: 'Exempelby', type: 'municipality' as const }];
    expect(areaLabel(areas, '0000', site, 'en')).toBe('Sweden');
    expect(areaLabel(areas, '0000', site, 'sv')).toBe('Riket');
    expect(areaLabel(areas, '9991', site, 'en')).toBe('Exempelby');
  });
  it('name the similar municipalities in English, from site.json when it has a name for them', () => {
    expect(similarName(site, 'sv')).toBe('Liknande kommuner');
    expect(similarName(site, 'en')).toBe('Similar municipalities');
    expect(similarName({ ...site, en: { similarName: 'Commuter towns near a city' } }, 'en')).toBe('Commuter towns near a city');
    expect(siteName(site, 'en')).toEqual({ text: 'Exempelkommuns resultat', lang: 'sv' });
    expect(siteName({ ...site, en: { siteName: 'Results of Exempelkommun' } }, 'en')).toEqual({ text: 'Results of Exempelkommun', lang: 'en' });
  });
});
