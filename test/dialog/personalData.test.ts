// Nothing personal is published by mistake: test personnummer and samordningsnummer (Skatteverket's
// test series), e-mail addresses and phone numbers in every published text of the dialogue's three
// tables are errors at their cells; the report (which ends up in public CI logs) shows them only
// masked, and nothing of the dialogue is published.
import { describe, expect, it } from 'vitest';
import { csv, importDialog, LOG_HEADER } from './support.ts';

/** Personal data as residents and officers actually write it, and how the report may show it. */
const PERSONAL = [
  { text: 'personnummer 19121212-1212', raw: '19121212-1212', masked: '19121212-****' },
  { text: 'pnr 121212-1212 i en mening', raw: '121212-1212', masked: '121212-****' },
  { text: 'samordningsnummer 701063-2391', raw: '701063-2391', masked: '701063-****' },
  { text: 'mejla anna.svensson@exempel.se', raw: 'anna.svensson@exempel.se', masked: 'a…@exempel.se' },
  { text: 'ring 070-123 45 67 efter fem', raw: '070-123 45 67', masked: '070-*** ** **' },
  { text: 'tel +46 8 123 456 78', raw: '+46 8 123 456 78', masked: '+46 8 *** *** **' },
];

describe('personal data in the dialogue', () => {
  it('the finder sees every sample (self-test of the fixture)', async () => {
    const { findPersonalData } = await import('../../src/privacy/findPersonalData.ts');
    for (const p of PERSONAL) expect(findPersonalData(p.text).map((m) => m.masked), p.text).toEqual([p.masked]);
  });

  it('is an error at every published text cell of the log, the questions and the priorities, shown only masked', async () => {
    const [a, b, c, d, e, f] = PERSONAL.map((p) => p.text);
    const { findings, value, text, json, result } = await importDialog({
      'dialog/logg.csv': csv(
        'Dialog-id;Titel;Start;Form;Status;Plats eller kanal;Arrangör;Inbjudna;Vilka saknades;Fråga;Vi hörde;Vi gjorde;Beslut',
        `d-1;Möte med ${a};2025-03-01;möte;återkopplad;Hos ${b};Kontakt ${c};${d};${e};${f};Hörde ${a};Gjorde ${d};KF ${e}`,
      ),
      'dialog/fragor.csv': csv('Mått-id;Frågedatum;Fråga;Svar;Besvarad av', `L1;2025-02-11;Fråga från ${d};Svar, ${e};Handläggare ${f}`),
      'dialog/prio.csv': csv('År;Ämne;Antal invånare;Kanal', `2025;Ämne ${b};3;Kanal ${c}`),
    });
    const personal = findings.filter((f) => f.startsWith('personal-data'));
    expect(personal).toEqual([
      ...['B2', 'F2', 'G2', 'H2', 'I2', 'J2', 'K2', 'L2', 'M2'].map((cell) => `personal-data dialog/logg.csv  ${cell}`),
      ...['C2', 'D2', 'E2'].map((cell) => `personal-data dialog/fragor.csv  ${cell}`),
      ...['B2', 'D2'].map((cell) => `personal-data dialog/prio.csv  ${cell}`),
    ].sort((x, y) => findings.indexOf(x) - findings.indexOf(y)));
    // Nothing is published: not the dialogue, not the results.
    expect(value).toBeUndefined();
    expect(result.dataset).toBeUndefined();
    // The report names the cell and shows the masked value, never the raw one.
    for (const p of PERSONAL) {
      expect(text.sv, p.raw).not.toContain(p.raw);
      expect(text.en, p.raw).not.toContain(p.raw);
      expect(json, p.raw).not.toContain(p.raw);
      expect(text.sv).toContain(p.masked);
    }
    expect(text.sv).toMatch(/dialog\/logg\.csv › rad 2, kolumn B: Texten ser ut att innehålla ett personnummer \(19121212-\*\*\*\*\)/);
    expect(text.en).toMatch(/looks like it contains an e-mail address \(a…@exempel\.se\)/);
  });

  it('masks personal data quoted by any other finding (an unknown id, a date that is not one)', async () => {
    const { findings, text, json } = await importDialog({
      'dialog/fragor.csv': csv('Mått-id;Frågedatum;Fråga', 'anna@exempel.se;19121212-1212;Varför?'),
    });
    expect(findings).toEqual(['unknown-indicator dialog/fragor.csv  A2', 'date-format dialog/fragor.csv  B2']);
    expect(json).not.toContain('anna@exempel.se');
    expect(json).not.toContain('19121212-1212');
    expect(text.sv).toContain('a…@exempel.se');
    expect(text.sv).toContain('19121212-****');
  });

  it('leaves dates, decision references, amounts and counts alone', async () => {
    const { findings, value } = await importDialog({
      'dialog/logg.csv': csv(LOG_HEADER, 'd-1;Budget 2026;2025-03-01;;möte;;;Dnr KS 2024/123: 1 234 567 kr, 38 % av 2 186 svar;KF 2025-06-16 § 87 beslutade 8 miljoner;2025-06-16;återkopplad;'),
    });
    expect(findings).toEqual([]);
    expect(value?.dialogues[0].did).toBe('KF 2025-06-16 § 87 beslutade 8 miljoner');
  });
});
