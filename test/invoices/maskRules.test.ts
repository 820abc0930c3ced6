// Who is published only inside the unnamed group: the export's own masks, personal identity
// numbers (Skatteverket's test series: födelsenummer 980–999, and its own examples), the mask list.
import { describe, expect, it } from 'vitest';
import { classifyId, formatOrgNumber, idKey, maskReason, namePattern, NO_RULES, type MaskRules } from '../../src/invoices/privacy/maskRules.ts';

/** Test personnummer: SKV 704's example, a samordningsnummer (SKV's example), and numbers with födelsenummer 98x. */
export const TEST_PERSONNUMMER = ['19121212-1212', '121212-1212', '191212121212', '121212+1212', '701063-2391', '19850101-9981', '8501019981'];

describe('mask reasons', () => {
  it.each(TEST_PERSONNUMMER)('a supplier whose id is the personnummer %s is masked', (id) => {
    expect(maskReason(id, 'Anna Andersson Konsult', NO_RULES)).toBe('personal-identity-number');
  });

  it.each(['[innehåller personuppgifter]', '[Kan innehålla personuppgifter]', 'J*** S*****', '*', 'ANONYMERAD'])('a name the export masked (%j) is masked whatever the id', (name) => {
    expect(maskReason('556000-0019', name, NO_RULES)).toBe('masked-by-export');
  });

  it('an empty id is masked', () => {
    expect(maskReason('', 'Bygg AB', NO_RULES)).toBe('empty-id');
  });

  it('a personnummer inside a name or an id with more in it is masked', () => {
    expect(maskReason('556000-0019', 'Konsult 19121212-1212', NO_RULES)).toBe('identity-number-in-name');
    expect(maskReason('SE191212121212 01', 'Konsult', NO_RULES)).toBe('identity-number-in-name');
  });

  it('the mask list masks ids (in any form) and names by pattern', () => {
    const rules: MaskRules = { ids: new Set([idKey('556000-0027')]), names: [namePattern('MR *'), namePattern('mrs *'), namePattern('*stiftelsen')] };
    expect(maskReason('5560000027', 'Bolag AB', rules)).toBe('mask-list');
    expect(maskReason('12345', 'MR JOHN SMITH', rules)).toBe('mask-list');
    expect(maskReason('12345', 'Mrs  Jane Doe', rules)).toBe('mask-list');
    expect(maskReason('12345', 'Familjestiftelsen', rules)).toBe('mask-list');
    expect(maskReason('12345', 'MRS. SMITH LTD', rules)).toBeUndefined();
    expect(maskReason('12345', 'MRI SCANNERS LTD', rules)).toBeUndefined();
  });

  it('a company with an organisationsnummer is named', () => {
    expect(maskReason('556000-0019', 'Bygg AB', NO_RULES)).toBeUndefined();
    expect(maskReason('165560000019', 'Bygg AB', NO_RULES)).toBeUndefined();
  });

  it('name patterns treat only * as special (no regular expressions from a file)', () => {
    expect(namePattern('A.B (x)').test('A.B (x)')).toBe(true);
    expect(namePattern('A.B (x)').test('AxB (x)')).toBe(false);
  });
});

describe('published supplier ids', () => {
  it('an organisationsnummer is one; its check digit must hold', () => {
    expect(classifyId('556000-0019', false)).toEqual({ kind: 'orgnr' });
    expect(classifyId('556000-0018', false)).toEqual({ error: 'check-digit' });
    expect(formatOrgNumber('165560000019')).toBe('556000-0019');
  });

  it("other ids only when the mapping declares the export's own numbers", () => {
    expect(classifyId('L-123', false)).toEqual({ error: 'format' });
    expect(classifyId('20016580', true)).toEqual({ kind: 'internal' });
  });

  it('ten digits that could be a mistyped personnummer are refused even as own numbers', () => {
    expect(classifyId('850101-9982', true)).toEqual({ error: 'check-digit' });
    expect(classifyId('8501019982', true)).toEqual({ error: 'check-digit' });
    expect(classifyId('1234567890', true)).toEqual({ kind: 'internal' });
    expect(classifyId('0099999999', true)).toEqual({ kind: 'internal' });
  });
});
