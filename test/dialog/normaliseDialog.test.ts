// The dialogue's three tables read from real files (CSV and xlsx) through the whole importer:
// recognised by their headers wherever they are, every problem located to its cell, and the
// value published only without errors.
import { describe, expect, it } from 'vitest';
import { csv, importDialog, LOG_HEADER, workbook } from './support.ts';

describe('the dialogue log', () => {
  it('reads a log sheet beside a README sheet, with dates, times, lists and the "Senast uppdaterad" line', async () => {
    const { findings, value, text } = await importDialog({
      'dialog/logg.xlsx': workbook({
        'Läs mig': [['Så fyller du i loggen']],
        Dialoger: [
          ['Dialogloggen'],
          ['Senast uppdaterad', '2025-10-15'],
          [],
          ['Dialog-id', 'Titel', 'Start', 'Slut', 'Form', 'Antal deltagare', 'Mått-id', 'Verksamhetsområden', 'Vi gjorde', 'Status'],
          ['d-1', 'Trygghetsvandring', { t: 'n', v: 45734.75, z: 'yyyy-mm-dd hh:mm' }, '2025-03-18 20:00', 'Möte', 46, 'L1, L2', 'äldreomsorg', 'Ny belysning.', 'återkopplad'],
          ['d-2', 'Enkät om skolan', '2025-11-01', '2025-11-30', 'enkät', null, null, 'Grundskola', null, 'planerad'],
        ],
      }),
    });
    expect(findings).toEqual(['sheet-skipped dialog/logg.xlsx Läs mig ']);
    expect(value?.asOf).toBe('2025-10-15');
    expect(value?.asOfSource).toBe('log');
    expect(value?.dialogues.map((d) => [d.id, d.start, d.end, d.form, d.status, d.indicators, d.operatingAreas, d.participants])).toEqual([
      ['d-1', '2025-03-18T18:00', '2025-03-18T20:00', 'meeting', 'reported', ['L1', 'L2'], ['Äldreomsorg', 'Grundskola'], 46],
      ['d-2', '2025-11-01', '2025-11-30', 'survey', 'planned', [], ['Grundskola'], undefined],
    ]);
    expect(value?.dialogues[0].source).toEqual({ file: 'dialog/logg.xlsx', sheet: 'Dialoger', cell: 'A5' });
    expect(text.sv).toContain('OK: 2 mått, 1 värden, 2 dialoger, 0 frågor om måtten, 0 rader med prioriteringar (');
    expect(text.en).toContain(', 2 dialogues, 0 questions on the measures, 0 priority rows (');
  });

  it('reports each wrong cell: unknown indicator, unknown area, end before start, decision before the dialogue, status, form, id and link', async () => {
    const { findings, value, result } = await importDialog({
      'dialog/logg.csv': csv(
        LOG_HEADER,
        'd-1;Ett;2025-03-01;2025-02-01;möte;L1, X9;Grundskola;;;2025-02-15;genomförd;',
        'd-2;Två;2025-03-01;;stormöte-ish;;Rymden;;;;klar;http://example.org/',
        'Dialog 3;Tre;2025-03-01;;möte;;;;;;planerad;',
        'alla;Fyra;2025-03-01;;möte;;;;;;planerad;',
        'd-5;Fem;2025-03-01;;möte;;;;;;återkopplad;',
      ),
    });
    expect(findings).toEqual([
      'date-order dialog/logg.csv  D2',
      'date-order dialog/logg.csv  J2',
      'unknown-indicator dialog/logg.csv  F2',
      'invalid-value dialog/logg.csv  E3',
      'invalid-value dialog/logg.csv  K3',
      'invalid-value dialog/logg.csv  G3',
      'invalid-value dialog/logg.csv  L3',
      'invalid-value dialog/logg.csv  A4',
      'invalid-value dialog/logg.csv  A5',
      'missing-cell dialog/logg.csv  I6',
    ]);
    expect(result.problems.findings.find((f) => f.code === 'unknown-indicator')?.value).toBe('X9');
    expect(value).toBeUndefined();
    expect(result.dataset).toBeUndefined();
  });

  it('reports a dialogue id used twice, also across files', async () => {
    const { findings } = await importDialog({
      'dialog/a.csv': csv(LOG_HEADER, 'd-1;Ett;2025-03-01;;möte;;;;;;genomförd;'),
      'dialog/b.csv': csv(LOG_HEADER, 'd-1;Igen;2025-04-01;;möte;;;;;;genomförd;'),
    });
    expect(findings).toEqual(['duplicate-dialogue dialog/b.csv  A2']);
  });

  it('accepts an end on the day of a timed start, and a decision on the day it started', async () => {
    const { findings, value } = await importDialog({ 'dialog/logg.csv': csv(LOG_HEADER, 'd-1;Ett;2025-03-01 18:00;2025-03-01;möte;;;;;2025-03-01;genomförd;') });
    expect(findings).toEqual([]);
    expect(value?.dialogues).toHaveLength(1);
  });

  it("warns when the status contradicts the dates by the log's own date, and publishes anyway", async () => {
    const { findings, result, value } = await importDialog({
      'dialog/logg.csv': csv(
        'Senast uppdaterad: 2025-10-15', '', LOG_HEADER,
        'd-1;Över;2025-03-01;2025-03-31;möte;;;;;;planerad;',
        'd-2;Kommer;2025-11-01;;möte;;;;;;genomförd;',
        'd-3;Pågår;2025-10-01;2025-10-31;enkät;;;;;;pågår;',
      ),
    });
    expect(findings).toEqual(['status-date-mismatch dialog/logg.csv  K4', 'status-date-mismatch dialog/logg.csv  K5']);
    expect(result.problems.findings.map((f) => f.params?.['state@sv'])).toEqual(['slutade', 'börjar']);
    expect(value?.dialogues).toHaveLength(3);
  });

  it('a file with no table of the dialogue is an error; an empty folder publishes nothing', async () => {
    expect((await importDialog({ 'dialog/vad.csv': csv('Hej;Hopp', 'a;b') })).findings).toEqual(['unknown-layout dialog/vad.csv  ']);
    const empty = await importDialog({});
    expect(empty.findings).toEqual([]);
    expect(empty.value).toBeUndefined();
    expect(empty.result.dataset).toBeDefined();
  });
});

describe('questions and answers', () => {
  it('reads them with stable ids, and reports an unknown indicator and an answer before the question', async () => {
    const ok = await importDialog({
      'dialog/fragor.csv': csv('Mått-id;Frågedatum;Fråga;Svar;Besvarad av;Svarsdatum', 'L1;2025-02-11;Varför?;Därför.;Förvaltningen;2025-02-20', 'L2;2025-03-01;Hur?;;;'),
    });
    expect(ok.findings).toEqual([]);
    expect(ok.value?.questions.map((q) => [q.id, q.indicator, q.answer ?? null])).toEqual([
      [expect.stringMatching(/^L1-2025-02-11-[0-9a-f]{6}$/), 'L1', 'Därför.'],
      [expect.stringMatching(/^L2-2025-03-01-[0-9a-f]{6}$/), 'L2', null],
    ]);
    const bad = await importDialog({ 'dialog/fragor.csv': csv('Mått-id;Frågedatum;Fråga;Svar;Svarsdatum', 'X1;2025-02-11;Varför?;;', 'L1;2025-02-11;Varför?;Därför.;2025-01-01', 'L1;2025-13-01;Hur?;;') });
    expect(bad.findings).toEqual(['unknown-indicator dialog/fragor.csv  A2', 'date-order dialog/fragor.csv  E3', 'date-format dialog/fragor.csv  B4']);
  });

  it('a question given twice is read once, with a warning', async () => {
    const { findings, value } = await importDialog({ 'dialog/fragor.csv': csv('Mått-id;Frågedatum;Fråga', 'L1;2025-02-11;Varför?', 'L1;2025-02-11;Varför?') });
    expect(findings).toEqual(['duplicate-row dialog/fragor.csv  C3']);
    expect(value?.questions).toHaveLength(1);
  });
});

describe('priorities', () => {
  it('reads indicators and topics per year and channel; a count given twice differently is an error', async () => {
    const ok = await importDialog({ 'dialog/prio.csv': csv('År;Mått-id;Ämne;Antal invånare;Kanal', '2025;L1;;86;Webben', '2025;;Trygghet;254;Budgetdialogen') });
    expect(ok.findings).toEqual([]);
    expect(ok.value?.priorities.map((p) => [p.year, p.indicator ?? p.topic, p.count, p.channel])).toEqual([[2025, 'Trygghet', 254, 'Budgetdialogen'], [2025, 'L1', 86, 'Webben']]);
    const bad = await importDialog({
      'dialog/prio.csv': csv('År;Mått-id;Ämne;Antal invånare;Kanal', '2025;L1;;86;Webben', '2025;L1;;90;Webben', '2025;;;5;Webben', '20x5;L1;;3;', '2025;L1;;2,5;Möte'),
    });
    expect(bad.findings).toEqual([
      'missing-cell dialog/prio.csv  C4',
      'invalid-value dialog/prio.csv  A5',
      'invalid-value dialog/prio.csv  D6',
      'conflicting-value dialog/prio.csv  D3',
    ]);
  });
});
