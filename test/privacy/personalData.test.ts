import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../src/privacy/findPersonalData.ts';
import { isOrganisationNumber, isPersonalIdentityNumber, luhnValid, maskIdentityNumber } from '../../src/privacy/identityNumbers.ts';

/** The check digit that makes nine digits a valid ten-digit number. */
function withCheckDigit(nine: string): string {
  for (let c = 0; c <= 9; c++) if (luhnValid(nine + c)) return nine + c;
  throw new Error('unreachable');
}

describe('identity numbers', () => {
  it('accepts personnummer in every usual form (Skatteverket-style test numbers: serial 98x)', () => {
    const leapDay = withCheckDigit('000229980'); // 2000-02-29
    for (const text of ['19121212-1212', '121212-1212', '191212121212', '1212121212', '121212+1212', `20${leapDay.slice(0, 6)}-${leapDay.slice(6)}`]) {
      expect(isPersonalIdentityNumber(text), text).toBe(true);
    }
    expect(isPersonalIdentityNumber(withCheckDigit('850709980'))).toBe(true);
  });

  it('accepts samordningsnummer (day + 60)', () => {
    expect(isPersonalIdentityNumber(withCheckDigit('701063239'))).toBe(true); // 1970-10-03
  });

  it('refuses a wrong check digit, an impossible date, and organisation numbers', () => {
    expect(isPersonalIdentityNumber('19121212-1213')).toBe(false);
    expect(isPersonalIdentityNumber(withCheckDigit('850231980'))).toBe(false); // 31 February
    expect(isPersonalIdentityNumber('19' + withCheckDigit('000229980'))).toBe(false); // 1900 was no leap year
    expect(isPersonalIdentityNumber(withCheckDigit('851301980'))).toBe(false); // month 13
    expect(isPersonalIdentityNumber(withCheckDigit('556459453'))).toBe(false); // an AB's orgnr
    expect(isPersonalIdentityNumber('20' + withCheckDigit('850709980'))).toBe(true);
    expect(isPersonalIdentityNumber('17' + withCheckDigit('850709980'))).toBe(false);
  });

  it('recognises organisation numbers of legal persons', () => {
    const ab = withCheckDigit('556459453');
    expect(isOrganisationNumber(ab)).toBe(true);
    expect(isOrganisationNumber(`${ab.slice(0, 6)}-${ab.slice(6)}`)).toBe(true);
    expect(isOrganisationNumber(withCheckDigit('212000014'))).toBe(true); // a municipality (212000-xxxx)
    expect(isOrganisationNumber('19121212-1212')).toBe(false);
    expect(isOrganisationNumber('1212121212')).toBe(false); // a personnummer: month 12
  });

  it('property: every valid date with any serial and its check digit is a personnummer, never an organisation number', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1901-01-01'), max: new Date('2025-12-31'), noInvalidDate: true }), fc.integer({ min: 0, max: 999 }), (date, serial) => {
        const yymmdd = date.toISOString().slice(2, 10).replace(/-/g, '');
        const id = withCheckDigit(yymmdd + String(serial).padStart(3, '0'));
        return isPersonalIdentityNumber(id) && !isOrganisationNumber(id);
      }),
      { numRuns: 2000 },
    );
  });

  it('masks the last four digits', () => {
    expect(maskIdentityNumber('19121212-1212')).toBe('19121212-****');
  });
});

describe('findPersonalData', () => {
  const kinds = (text: string) => findPersonalData(text).map((m) => [m.kind, m.masked]);

  it('finds a personnummer, an e-mail address and phone numbers in free text, masked', () => {
    expect(kinds('Kontakta mig, 19121212-1212, på anna.svensson@exempel.se eller 070-123 45 67.')).toEqual([
      ['personnummer', '19121212-****'],
      ['email', 'a…@exempel.se'],
      ['phone', '070-*** ** **'],
    ]);
    for (const phone of ['08-123 456 78', '+46 70 123 45 67', '0701234567', '031-12 34 56', '0046 8 123 456 78']) {
      expect(kinds(`Ring ${phone} i dag`).map((k) => k[0]), phone).toEqual(['phone']);
    }
  });

  it('leaves alone what a dialogue log is full of: dates, decisions, amounts, ids, shares', () => {
    for (const text of [
      'Beslut KF 2025-06-16 § 87.',
      'Dnr KS 2024/0123',
      'Budgeten är 1 234 567 kr, 12,5 % mer än 2023.',
      'Mått N00669 och U23471 steg 2024-03.',
      'Mötet hölls 18.00–20.00 den 3 mars 2025 i Stadshuset; 42 deltog av 120 inbjudna.',
      'Organisationsnummer 556459-4538 (ett aktiebolag).',
      'Läsåret 2023/24, 2024H1, 2024Q1.',
    ]) {
      expect(kinds(text), text).toEqual([]);
    }
  });

  it('a personnummer with an invalid check digit is not reported as one', () => {
    expect(kinds('Nummer 19121212-1213').filter((k) => k[0] === 'personnummer')).toEqual([]);
  });
});
