// RawTable → booking lines, with every problem located to its cell. Privacy happens here, before
// anything is kept: a supplier that is a person (by id, by the export's own mask, by the mask list)
// leaves this module without name or id, and a personnummer in any other text is removed.
//
// A million rows must normalise at a fraction of the parser's time, so each column's distinct
// texts are cleaned, checked and classified once and remembered (a month repeats the same few
// hundred account texts, förvaltningar and suppliers); only the voucher, the invoice number and
// the amount are new on every row.
import type { InvoiceMapping } from '../../model/types.gen.ts';
import { findPersonalData } from '../../privacy/findPersonalData.ts';
import { maskIdentityNumber } from '../../privacy/identityNumbers.ts';
import { cellText } from '../../normalise/cellText.ts';
import type { Finding } from '../../problems/Finding.ts';
import { columnLetter, toA1 } from '../../read/a1.ts';
import type { Cell, RawTable } from '../../read/RawTable.ts';
import { classifyId, combineRules, formatOrgNumber, idKey, maskReason, mayHoldIdentityNumber, namePattern, type MaskReason, type MaskRules } from '../privacy/maskRules.ts';
import { REMOVED_TEXT, type SpecColumn } from '../spec.ts';
import { findHeaderRow, planColumns } from './invoiceColumns.ts';
import type { InvoiceLine, SupplierRef } from './InvoiceLine.ts';
import { parseAmount } from './parseAmount.ts';
import { parseInvoiceDate, type DateFormat } from './parseInvoiceDate.ts';
import { filePeriod, inPeriod } from '../validate/filePeriod.ts';

/** What every file of the section shares while it is normalised. */
export interface InvoiceContext {
  rules: MaskRules;
  /** The site's kommunkod, when site.json was valid. */
  municipality?: string;
  /** Suppliers by id key, so one supplier keeps one key (and page) across files. */
  suppliers: Map<string, SupplierRef>;
  /** Keys already given, to keep internal-number keys unique. */
  keys: Set<string>;
}

export function newInvoiceContext(rules: MaskRules, municipality?: string): InvoiceContext {
  return { rules, municipality, suppliers: new Map(), keys: new Set() };
}

export interface NormalisedInvoices {
  lines: InvoiceLine[];
  findings: Finding[];
  /** Lines masked, by reason (for the controller's report; never published per supplier). */
  masked: Map<MaskReason, number>;
  /** False when no header row was found. */
  recognised: boolean;
  /** The voucher column's letter, to locate problems found across files. */
  voucherColumn: string;
}

// Control characters, zero-width and bidi marks: invisible on a page, and a way to hide text.
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060\uFEFF]/g;

function clean(text: string): { text: string; control: boolean } {
  CONTROL.lastIndex = 0;
  const control = CONTROL.test(text);
  const cleaned = control ? text.replace(CONTROL, ' ') : text;
  return { text: cleaned.replace(/\s+/g, ' ').trim(), control };
}

/** A cell as text: numbers as the workbook shows them (an id typed as a number loses nothing but leading zeros). */
function textOf(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (cell.t === 'n') return Number.isInteger(cell.v) ? String(cell.v) : (cell.w ?? String(cell.v));
  return cellText(cell);
}

/** The text with every personal identity number replaced, and the numbers found (masked for the report). */
function withoutIdentityNumbers(text: string): { text: string; found: string[] } {
  if (!mayHoldIdentityNumber(text)) return { text, found: [] };
  const matches = findPersonalData(text).filter((m) => m.kind === 'personnummer');
  if (matches.length === 0) return { text, found: [] };
  let out = text;
  // From the end, so earlier indices stay valid; the length of a match is its masked form's.
  for (const m of [...matches].reverse()) out = out.slice(0, m.index) + REMOVED_TEXT + out.slice(m.index + m.masked.length);
  return { text: out, found: matches.map((m) => m.masked) };
}

type SupplierVerdict = { masked: MaskReason } | { ref: SupplierRef } | { error: 'check-digit' | 'format' };

/** A URL key for an export's own supplier number: `id-` and the number in safe characters, unique. */
function internalKey(id: string, keys: Set<string>): string {
  const base = `id-${id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'x'}`;
  let key = base;
  for (let n = 2; keys.has(key); n++) key = `${base}-${n}`;
  return key;
}

function supplierVerdict(id: string, name: string, internalIds: boolean, rules: MaskRules, ctx: InvoiceContext): SupplierVerdict {
  const reason = maskReason(id, name, rules);
  if (reason) return { masked: reason };
  const kind = classifyId(id, internalIds);
  if ('error' in kind) return kind;
  const lookup = kind.kind === 'orgnr' ? formatOrgNumber(id) : `#${idKey(id)}`;
  let ref = ctx.suppliers.get(lookup);
  if (!ref) {
    const key = kind.kind === 'orgnr' ? formatOrgNumber(id).replace('-', '') : internalKey(id, ctx.keys);
    ref = { key, id: kind.kind === 'orgnr' ? formatOrgNumber(id) : id.trim(), kind: kind.kind };
    ctx.suppliers.set(lookup, ref);
    ctx.keys.add(key);
  }
  return { ref };
}

/**
 * Normalises one table of a supplier-invoice export. `fileIndex` is the file's place in the
 * section's list (kept on each line for provenance).
 */
export function normaliseInvoiceTable(table: RawTable, fileIndex: number, mapping: InvoiceMapping | undefined, ctx: InvoiceContext): NormalisedInvoices {
  const findings: Finding[] = [];
  const masked = new Map<MaskReason, number>();
  const headerRow = findHeaderRow(table, mapping);
  if (headerRow === undefined) return { lines: [], findings, masked, recognised: false, voucherColumn: 'A' };
  const plan = planColumns(table, headerRow, mapping, findings);
  if (findings.some((f) => f.code === 'missing-label' || f.code === 'mapping-invalid')) return { lines: [], findings, masked, recognised: true, voucherColumn: 'A' };

  const sheet = table.sheet !== undefined ? { sheet: table.sheet } : {};
  const report = (code: Finding['code'], r: number, column: SpecColumn | undefined, value?: string, params?: Finding['params']) => {
    const c = column === undefined ? 0 : (plan.index.get(column) ?? 0);
    const finding: Finding = { code, file: table.file, ...sheet, cell: toA1(r, c) };
    const label = column === undefined ? undefined : plan.labels[plan.index.get(column) ?? -1];
    if (label) finding.columnLabel = label;
    if (value !== undefined) finding.value = value;
    if (params) finding.params = params;
    findings.push(finding);
  };

  const period = filePeriod(table.file);
  const internalIds = mapping?.supplierIds === 'internal';
  const rules = mapping?.maskSuppliers ? combineRules(ctx.rules, mappingRules(mapping.maskSuppliers)) : ctx.rules;
  const dateFormat = mapping?.dateFormat as DateFormat | undefined;
  const col = (column: SpecColumn) => plan.index.get(column) ?? -1;
  const constant = (column: SpecColumn) => plan.constants.get(column);

  // Per column: each distinct raw text cleaned (and, for free text, stripped of personal
  // identity numbers) once; the first cell with a problem reports it.
  const caches = new Map<SpecColumn, Map<string, string>>();
  const text = (column: SpecColumn, raw: string, r: number): string => {
    let cache = caches.get(column);
    if (!cache) caches.set(column, (cache = new Map()));
    let value = cache.get(raw);
    if (value === undefined) {
      const cleaned = clean(raw);
      if (cleaned.control) report('control-character', r, column);
      const stripped = withoutIdentityNumbers(cleaned.text);
      for (const found of stripped.found) report('invoice-personal-data', r, column, found);
      value = stripped.text;
      // Vouchers and invoice numbers are new on nearly every row: remembering them would only cost memory.
      if (column !== 'verifikationsnummer' && column !== 'fakturanummer') cache.set(raw, value);
    }
    return value;
  };
  const field = (row: Cell[], column: SpecColumn, r: number): string => {
    const c = col(column);
    if (c < 0) return constant(column) ?? '';
    const cell = row[c];
    if (cell === null || cell === undefined) return '';
    return text(column, typeof cell === 'string' ? cell : textOf(cell), r);
  };

  const dates = new Map<string, string | null>();
  const suppliers = new Map<string, SupplierVerdict>();
  const municipalityChecked = new Map<string, boolean>();
  const lines: InvoiceLine[] = [];
  const rows = table.rows;
  const cDate = col('datum');
  const cAmount = col('belopp');
  const cSupplierId = col('leverantor_id');

  for (let r = headerRow + 1; r < rows.length; r++) {
    const row = rows[r];
    if (row === undefined || isBlankRow(row)) continue;

    // Amount and date: never remembered as text, parsed from the cell.
    const amount = cAmount < 0 ? undefined : parseAmount(row[cAmount]);
    let ore = 0;
    let bad = false;
    if (amount === undefined || !amount.ok) {
      const raw = cAmount < 0 ? '' : textOf(row[cAmount]);
      if (raw.trim() === '') report('missing-cell', r, 'belopp', undefined, { field: 'belopp' });
      else report('invoice-amount', r, 'belopp', raw, amountHint(amount?.ok === false ? amount.reason : 'format'));
      bad = true;
    } else ore = amount.ok ? amount.ore : 0;

    const dateCell = cDate < 0 ? undefined : row[cDate];
    let date: string | undefined;
    if (typeof dateCell === 'string') {
      let d = dates.get(dateCell);
      if (d === undefined) {
        d = parseInvoiceDate(dateCell, table.date1904, dateFormat) ?? null;
        dates.set(dateCell, d);
      }
      date = d ?? undefined;
    } else date = parseInvoiceDate(dateCell, table.date1904, dateFormat);
    if (date !== undefined && period !== undefined && !inPeriod(date, period)) {
      report('invoice-outside-period', r, 'datum', date, { 'period@sv': period.label.sv, 'period@en': period.label.en });
      bad = true;
    } else if (date === undefined) {
      const raw = textOf(dateCell);
      if (raw.trim() === '') report('missing-cell', r, 'datum', undefined, { field: 'datum' });
      else report('date-format', r, 'datum', raw);
      bad = true;
    }

    const buyerId = field(row, 'kopare_id', r);
    const buyer = field(row, 'kopare', r);
    const voucher = field(row, 'verifikationsnummer', r);
    const account = field(row, 'konto_nr', r);
    const accountText = field(row, 'konto_text', r);
    for (const [column, value] of [['kopare_id', buyerId], ['kopare', buyer], ['verifikationsnummer', voucher], ['konto_nr', account], ['konto_text', accountText]] as const) {
      if (value === '') {
        report('missing-cell', r, column, undefined, { field: column });
        bad = true;
      }
    }

    // The supplier: the raw id and name decide together whether it may be named.
    const idCell = cSupplierId < 0 ? undefined : row[cSupplierId];
    const rawId = supplierIdText(idCell);
    const rawName = col('leverantor') < 0 ? '' : clean(textOf(row[col('leverantor')])).text;
    const verdictKey = `${rawId}\u0001${rawName}`;
    let verdict = suppliers.get(verdictKey);
    if (verdict === undefined) {
      verdict = supplierVerdict(rawId, rawName, internalIds, rules, ctx);
      suppliers.set(verdictKey, verdict);
      if ('error' in verdict) {
        // A number that might be a mistyped personnummer is shown without its last four digits.
        const shown = verdict.error === 'check-digit' ? maskIdentityNumber(rawId) : rawId;
        report(verdict.error === 'check-digit' ? 'invoice-org-number' : 'invoice-supplier-id', r, 'leverantor_id', shown);
      } else if ('ref' in verdict && rawName === '') report('missing-cell', r, 'leverantor', undefined, { field: 'leverantor' });
    }
    if ('error' in verdict || ('ref' in verdict && rawName === '')) bad = true;

    const municipality = field(row, 'kommun_id', r);
    if (municipality !== '' && ctx.municipality !== undefined) {
      let ok = municipalityChecked.get(municipality);
      if (ok === undefined) {
        ok = normaliseMunicipality(municipality) === ctx.municipality;
        municipalityChecked.set(municipality, ok);
        if (!ok) report('invoice-municipality', r, 'kommun_id', municipality, { home: ctx.municipality });
      }
      if (!ok) bad = true;
    }
    if (bad) continue;

    let supplier: SupplierRef | undefined;
    let supplierName = '';
    if ('masked' in verdict) masked.set(verdict.masked, (masked.get(verdict.masked) ?? 0) + 1);
    else if ('ref' in verdict) {
      supplier = verdict.ref;
      supplierName = text('leverantor', rawName, r);
    }
    lines.push({
      file: fileIndex,
      row: r + 1,
      buyerId,
      buyer,
      voucher,
      supplier,
      supplierName,
      account,
      accountText,
      date: date!,
      ore,
      department: field(row, 'forvaltning', r),
      invoiceNo: field(row, 'fakturanummer', r),
      basis: field(row, 'grund', r),
      contract: field(row, 'avtal', r),
      municipality: municipality === '' ? '' : normaliseMunicipality(municipality),
      sCode: field(row, 's_kod_nr', r),
    });
  }
  return { lines, findings, masked, recognised: true, voucherColumn: columnLetter(Math.max(0, col('verifikationsnummer'))) };
}

/** A mapping's `maskSuppliers` as rules. */
export function mappingRules(mask: NonNullable<InvoiceMapping['maskSuppliers']>): MaskRules {
  return { ids: new Set((mask.ids ?? []).map(idKey)), names: (mask.names ?? []).map(namePattern) };
}

function isBlankRow(row: Cell[]): boolean {
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (cell === null || cell === undefined) continue;
    if (typeof cell !== 'string' || cell.trim() !== '') return false;
  }
  return true;
}

/**
 * A supplier id as text. An id typed into a workbook as a number loses its leading zero: a
 * personnummer of someone born 2000–2009 (0501011234) becomes nine digits. Put it back, so such
 * a number is still recognised as a person's.
 */
function supplierIdText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell !== 'string' && cell.t === 'n' && Number.isInteger(cell.v)) {
    const digits = String(cell.v);
    return digits.length === 9 || digits.length === 11 ? `0${digits}` : digits;
  }
  return clean(textOf(cell)).text;
}

/** A kommunkod typed as a number in a workbook ("180") is the code 0180. */
function normaliseMunicipality(code: string): string {
  return /^\d{1,3}$/.test(code) ? code.padStart(4, '0') : code;
}

function amountHint(reason: 'format' | 'decimals' | 'range'): Record<string, string> {
  if (reason === 'decimals') return { 'hint@sv': ' Ett belopp har högst två decimaler (öre); ”1,234” kan betyda både 1 234 kr och 1,234 kr.', 'hint@en': ' An amount has at most two decimals (öre); "1,234" may mean 1 234 kr or 1.234 kr.' };
  if (reason === 'range') return { 'hint@sv': ' Beloppet är orimligt stort.', 'hint@en': ' The amount is implausibly large.' };
  return {};
}

