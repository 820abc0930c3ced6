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
import { fromByteText } from '../../read/byteText.ts';
import type { Cell, RawTable } from '../../read/RawTable.ts';
import { classifyId, combineRules, formatOrgNumber, idKey, maskReason, mayHoldIdentityNumber, namePattern, type IdKind, type MaskReason, type MaskRules } from '../privacy/maskRules.ts';
import { REMOVED_TEXT, type SpecColumn } from '../spec.ts';
import { findHeaderRow, HEADER_SEARCH_ROWS, planColumns } from './invoiceColumns.ts';
import type { SupplierRef } from './SupplierRef.ts';
import { dayNumber, LineStore, Texts } from './LineStore.ts';
import { amountFailure, amountOre, type AmountFailure } from './parseAmount.ts';
import { parseInvoiceDate, type DateFormat } from './parseInvoiceDate.ts';
import { filePeriod, inPeriod } from '../validate/filePeriod.ts';

/** What every file of the section shares while it is normalised: where the lines go, the suppliers. */
export interface InvoiceContext {
  rules: MaskRules;
  /** The site's kommunkod, when site.json was valid. */
  municipality?: string;
  /** Every file's lines. */
  store: LineStore;
  /** Suppliers by id key, so one supplier keeps one key (and page) across files… */
  suppliers: Map<string, SupplierRef>;
  /** …and in the order found, `SupplierRef.index` being the place in this list. */
  refs: SupplierRef[];
  /** Keys already given, to keep internal-number keys unique. */
  keys: Set<string>;
  /**
   * Verdicts by mapping (its rules and id kind decide), raw id and raw name: each distinct supplier
   * is classified once however many files name it.
   */
  verdicts: Map<InvoiceMapping | undefined, Map<string, VerdictsOfId>>;
  /** The same for the cells of byte text (by their bytes, never confused with a text's). */
  byteVerdicts: Map<InvoiceMapping | undefined, Map<string, VerdictsOfId>>;
}

/** The verdicts of one raw supplier id: for the first name met with it, and for any others. */
interface VerdictsOfId {
  name: string;
  verdict: SupplierVerdict | undefined;
  others: Map<string, SupplierVerdict> | undefined;
}

export function newInvoiceContext(rules: MaskRules, municipality?: string, texts = new Texts()): InvoiceContext {
  return { rules, municipality, store: new LineStore(texts, 1 << 16), suppliers: new Map(), refs: [], keys: new Set(), verdicts: new Map(), byteVerdicts: new Map() };
}

export interface NormalisedInvoices {
  /** The table's lines are ctx.store's lines from `start` up to `end`. */
  start: number;
  end: number;
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

/** What a supplier's raw id and name come to; `name` is the published name's index in the texts. */
type SupplierVerdict = { kind: 'masked'; reason: MaskReason } | { kind: 'named'; ref: SupplierRef; name: number } | { kind: 'error'; error: 'check-digit' | 'format' | 'name' };

/** A URL key for an export's own supplier number: `id-` and the number in safe characters, unique. */
function internalKey(id: string, keys: Set<string>): string {
  const base = `id-${id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'x'}`;
  let key = base;
  for (let n = 2; keys.has(key); n++) key = `${base}-${n}`;
  return key;
}

function supplierVerdict(id: string, name: string, internalIds: boolean, rules: MaskRules, ctx: InvoiceContext, nameIndex: () => number): SupplierVerdict {
  const reason = maskReason(id, name, rules);
  if (reason) return { kind: 'masked', reason };
  if (name === '') return { kind: 'error', error: 'name' };
  const kind = classifyId(id, internalIds);
  if ('error' in kind) return { kind: 'error', error: kind.error };
  return { kind: 'named', ref: resolveSupplier(ctx, id, kind.kind), name: nameIndex() };
}

/**
 * The one SupplierRef of a published id, made when first met: an organisationsnummer's key is its
 * digits, an export's own number gets `id-` and the number made safe (unique in the order met).
 */
export function resolveSupplier(ctx: Pick<InvoiceContext, 'suppliers' | 'refs' | 'keys'>, id: string, kind: IdKind): SupplierRef {
  const orgnr = kind === 'orgnr' ? formatOrgNumber(id) : undefined;
  const lookup = orgnr ?? `#${idKey(id)}`;
  let ref = ctx.suppliers.get(lookup);
  if (!ref) {
    const key = orgnr ? orgnr.replace('-', '') : internalKey(id, ctx.keys);
    ref = { index: ctx.refs.length, key, id: orgnr ?? id.trim(), kind };
    ctx.refs.push(ref);
    ctx.suppliers.set(lookup, ref);
    // Only keys of the export's own numbers can meet ("id-…"); an organisationsnummer's is its digits.
    if (!orgnr) ctx.keys.add(key);
  }
  return ref;
}

/**
 * Normalises one table of a supplier-invoice export. `fileIndex` is the file's place in the
 * section's list (kept on each line for provenance).
 */
export function normaliseInvoiceTable(table: RawTable, fileIndex: number, mapping: InvoiceMapping | undefined, ctx: InvoiceContext): NormalisedInvoices {
  const normaliser = invoiceTableNormaliser(table, fileIndex, mapping, ctx);
  normaliser.add(table.rows, 0);
  return normaliser.result;
}

/** A table normalised a slice of rows at a time, in order: `add` appends their lines to ctx.store, `result` says how far. */
export interface InvoiceTableNormaliser {
  add(rows: readonly Cell[][], first: number): void;
  readonly result: NormalisedInvoices;
}

/** How many of a table's first rows its header is looked for in (the mapping's row, or as far as they are searched). */
export function headRowsNeeded(mapping: InvoiceMapping | undefined): number {
  return Math.max(HEADER_SEARCH_ROWS, mapping?.headerRow ?? 0);
}

/**
 * The normaliser of one table, its header found in `table.rows`: all its rows, or at least its first
 * headRowsNeeded. The rows are then added from row 0 on, those in `table.rows` too. With
 * `byteText`, the rows added are byte text (byteText.ts; `table.rows` is text): every cell kept or
 * shown is decoded, and distinct texts are remembered by their bytes.
 */
export function invoiceTableNormaliser(table: RawTable, fileIndex: number, mapping: InvoiceMapping | undefined, ctx: InvoiceContext, byteText = false): InvoiceTableNormaliser {
  const findings: Finding[] = [];
  const masked = new Map<MaskReason, number>();
  const nothing = (recognised: boolean): InvoiceTableNormaliser => ({ add() {}, result: { start: ctx.store.length, end: ctx.store.length, findings, masked, recognised, voucherColumn: 'A' } });
  const headerRow = findHeaderRow(table, mapping);
  if (headerRow === undefined) return nothing(false);
  const plan = planColumns(table, headerRow, mapping, findings);
  if (findings.some((f) => f.code === 'missing-label' || f.code === 'mapping-invalid')) return nothing(true);

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
  const { store } = ctx;
  const start = store.length;
  const decode = byteText ? fromByteText : (cell: string) => cell;
  /** A cell as text, as it is shown in a finding. */
  const shown = (cell: Cell | undefined) => (typeof cell === 'string' ? decode(cell) : textOf(cell));
  const reader = (column: SpecColumn) => new TextColumn(column, col(column), plan.constants.get(column) ?? '', report, store.texts, byteText);
  const buyerIdColumn = reader('kopare_id');
  const buyerColumn = reader('kopare');
  const voucherColumn = reader('verifikationsnummer');
  const accountColumn = reader('konto_nr');
  const accountTextColumn = reader('konto_text');
  const nameColumn = reader('leverantor');
  const departmentColumn = reader('forvaltning');
  const invoiceNoColumn = reader('fakturanummer');
  const basisColumn = reader('grund');
  const contractColumn = reader('avtal');
  const municipalityColumn = reader('kommun_id');
  const sCodeColumn = reader('s_kod_nr');
  const required = [buyerIdColumn, buyerColumn, voucherColumn, accountColumn, accountTextColumn];
  const text = store.text;

  const dates = new Map<string, number>();
  const isoDates = new Map<number, number>();
  // Verdicts by the raw id and name cells (two levels: no key string built per row); a refused
  // supplier is reported once in each file that names it.
  const verdicts = byteText ? ctx.byteVerdicts : ctx.verdicts;
  let suppliers = verdicts.get(mapping);
  if (!suppliers) verdicts.set(mapping, (suppliers = new Map()));
  const reported = new Set<SupplierVerdict>();
  const municipalityChecked = new Map<number, number>();
  let lastId: string | undefined;
  let lastName: string | undefined;
  let lastVerdict: SupplierVerdict | undefined;
  const cDate = col('datum');
  const cAmount = col('belopp');
  const cSupplierId = col('leverantor_id');
  const cName = col('leverantor');
  const result: NormalisedInvoices = { start, end: start, findings, masked, recognised: true, voucherColumn: columnLetter(Math.max(0, col('verifikationsnummer'))) };

  const add = (rows: readonly Cell[][], first: number) => {
    store.reserve(rows.length);
    for (let k = Math.max(0, headerRow + 1 - first); k < rows.length; k++) {
      const r = first + k;
      const row = rows[k];
      if (row === undefined || isBlankRow(row, byteText)) continue;
      let bad = false;

      let ore = cAmount < 0 ? Number.NaN : amountOre(row[cAmount]);
      // Byte text is read as an amount only when it is ASCII (and so the text itself).
      if (byteText && !Number.isFinite(ore) && typeof row[cAmount] === 'string') ore = amountOre(decode(row[cAmount] as string));
      if (!Number.isFinite(ore)) {
        const raw = cAmount < 0 ? '' : shown(row[cAmount]);
        if (raw.trim() === '') report('missing-cell', r, 'belopp', undefined, { field: 'belopp' });
        else report('invoice-amount', r, 'belopp', raw, amountHint(amountFailure(ore)));
        bad = true;
      }

      // The day as a number (20240305), each distinct text parsed once; 0 when it is not a date in the file's period.
      const dateCell = cDate < 0 ? undefined : row[cDate];
      let day: number;
      if (typeof dateCell === 'string') {
        // An ISO date (the usual form) is looked up by its digits as a number: no text is hashed.
        const iso = isoDigits(dateCell);
        let d = iso < 0 ? dates.get(dateCell) : isoDates.get(iso);
        if (d === undefined) {
          const parsed = parseInvoiceDate(decode(dateCell), table.date1904, dateFormat);
          d = parsed !== undefined && (period === undefined || inPeriod(parsed, period)) ? dayNumber(parsed) : 0;
          if (iso < 0) dates.set(flat(dateCell), d);
          else isoDates.set(iso, d);
        }
        day = d;
      } else {
        const parsed = parseInvoiceDate(dateCell, table.date1904, dateFormat);
        day = parsed !== undefined && (period === undefined || inPeriod(parsed, period)) ? dayNumber(parsed) : 0;
      }
      if (day === 0) {
        const raw = shown(dateCell);
        const parsed = parseInvoiceDate(typeof dateCell === 'string' ? raw : dateCell, table.date1904, dateFormat);
        if (parsed !== undefined && period !== undefined) report('invoice-outside-period', r, 'datum', parsed, { 'period@sv': period.label.sv, 'period@en': period.label.en });
        else if (raw.trim() === '') report('missing-cell', r, 'datum', undefined, { field: 'datum' });
        else report('date-format', r, 'datum', raw);
        bad = true;
      }

      const buyerId = buyerIdColumn.read(row, r);
      const buyer = buyerColumn.read(row, r);
      const voucher = voucherColumn.readText(row, r);
      const account = accountColumn.read(row, r);
      const accountText = accountTextColumn.read(row, r);
      if (buyerId === 0 || buyer === 0 || voucher === '' || account === 0 || accountText === 0) {
        for (const column of required) {
          if (column.readText(row, r) === '') report('missing-cell', r, column.name, undefined, { field: column.name });
        }
        bad = true;
      }

      // The supplier: the raw id and name decide together whether it may be named.
      const idCell = cSupplierId < 0 ? undefined : row[cSupplierId];
      const idKeyText = idCell === null || idCell === undefined ? '' : typeof idCell === 'string' ? idCell : textOf(idCell);
      const nameCell = cName < 0 ? undefined : row[cName];
      const nameKeyText = nameCell === null || nameCell === undefined ? '' : typeof nameCell === 'string' ? nameCell : textOf(nameCell);
      // Consecutive lines of a voucher name the same supplier: no lookup at all.
      let verdict: SupplierVerdict;
      if (idKeyText === lastId && nameKeyText === lastName) verdict = lastVerdict!;
      else {
        // An id nearly always comes with one name: the first is compared, others are looked up.
        let byId = suppliers.get(idKeyText);
        if (!byId) suppliers.set(flat(idKeyText), (byId = { name: flat(nameKeyText), verdict: undefined, others: undefined }));
        let found = byId.name === nameKeyText ? byId.verdict : byId.others?.get(nameKeyText);
        if (found === undefined) {
          const rawName = clean(decode(nameKeyText)).text;
          found = supplierVerdict(supplierIdText(idCell, decode), rawName, internalIds, rules, ctx, () => nameColumn.read(row, r));
          if (byId.name === nameKeyText) byId.verdict = found;
          else (byId.others ??= new Map()).set(flat(nameKeyText), found);
        }
        verdict = found;
        lastId = idKeyText;
        lastName = nameKeyText;
        lastVerdict = verdict;
      }
      if (verdict.kind === 'error') {
        if (!reported.has(verdict)) {
          reported.add(verdict);
          const rawId = supplierIdText(idCell, decode);
          if (verdict.error === 'name') report('missing-cell', r, 'leverantor', undefined, { field: 'leverantor' });
          // A number that might be a mistyped personnummer is shown without its last four digits.
          else report(verdict.error === 'check-digit' ? 'invoice-org-number' : 'invoice-supplier-id', r, 'leverantor_id', verdict.error === 'check-digit' ? maskIdentityNumber(rawId) : rawId);
        }
        bad = true;
      }

      // A kommunkod as written (its index) → the code with its leading zero (its index), or -1 when not the site's.
      let municipality = municipalityColumn.read(row, r);
      if (municipality !== 0) {
        let normalised = municipalityChecked.get(municipality);
        if (normalised === undefined) {
          const code = normaliseMunicipality(store.texts.values[municipality]);
          normalised = ctx.municipality === undefined || code === ctx.municipality ? store.texts.intern(code) : -1;
          municipalityChecked.set(municipality, normalised);
          if (normalised < 0) report('invoice-municipality', r, 'kommun_id', store.texts.values[municipality], { home: ctx.municipality! });
        }
        if (normalised < 0) bad = true;
        municipality = normalised;
      }
      if (bad) continue;

      let supplier = -1;
      let name = 0;
      if (verdict.kind === 'masked') masked.set(verdict.reason, (masked.get(verdict.reason) ?? 0) + 1);
      else if (verdict.kind === 'named') {
        supplier = verdict.ref.index;
        name = verdict.name;
      }
      const i = store.add(fileIndex, r + 1, ore, day, supplier, voucher, invoiceNoColumn.readText(row, r));
      // store.text's arrays are replaced when it grows: looked up through it on every line.
      text.buyerId[i] = buyerId;
      text.buyer[i] = buyer;
      text.account[i] = account;
      text.accountText[i] = accountText;
      text.supplierName[i] = name;
      text.department[i] = departmentColumn.read(row, r);
      text.basis[i] = basisColumn.read(row, r);
      text.contract[i] = contractColumn.read(row, r);
      text.municipality[i] = municipality;
      text.sCode[i] = sCodeColumn.read(row, r);
    }
    result.end = store.length;
  };
  return { add, result };
}


type Report = (code: Finding['code'], r: number, column: SpecColumn | undefined, value?: string, params?: Finding['params']) => void;

/**
 * One text column of a table: each distinct text cleaned, stripped of personal identity numbers and
 * interned once (the first cell with a problem reports it); the same text as on the row above is
 * not even looked up. Plain texts — printable, single-spaced, fewer than ten digits — need no
 * cleaning at all.
 */
class TextColumn {
  readonly name: SpecColumn;
  private readonly index: number;
  private readonly constant: number;
  private readonly constantText: string;
  private readonly report: Report;
  private readonly texts: Texts;
  private readonly byteText: boolean;
  /** Index by the cell as read (byte text: by its bytes). */
  private readonly cache = new Map<string, number>();
  private lastRaw: string | undefined;
  private lastValue = 0;
  constructor(name: SpecColumn, index: number, constant: string, report: Report, texts: Texts, byteText: boolean) {
    this.name = name;
    this.byteText = byteText;
    this.index = index;
    this.constantText = constant;
    this.constant = texts.intern(constant);
    this.report = report;
    this.texts = texts;
  }

  /** The cell's text as an index into Texts (0: empty). */
  read(row: Cell[], r: number): number {
    if (this.index < 0) return this.constant;
    const cell = row[this.index];
    if (cell === null || cell === undefined) return 0;
    const raw = typeof cell === 'string' ? cell : textOf(cell);
    if (raw === this.lastRaw) return this.lastValue;
    let value = this.cache.get(raw);
    if (value === undefined) {
      const text = this.byteText ? fromByteText(raw) : raw;
      // A flat copy: the parser's text is a slice of the whole file, which must not be kept alive by it.
      value = this.texts.intern(flat(isPlain(text) ? text : this.clean(text, r)));
      this.cache.set(flat(raw), value);
    }
    this.lastRaw = raw;
    this.lastValue = value;
    return value;
  }

  /** The cell's text itself, for columns new on every row (never remembered). */
  readText(row: Cell[], r: number): string {
    if (this.index < 0) return this.constantText;
    const cell = row[this.index];
    if (cell === null || cell === undefined) return '';
    const raw = typeof cell === 'string' ? (this.byteText ? fromByteText(cell) : cell) : textOf(cell);
    return isPlain(raw) ? raw : this.clean(raw, r);
  }

  private clean(raw: string, r: number): string {
    const cleaned = clean(raw);
    if (cleaned.control) this.report('control-character', r, this.name);
    const stripped = withoutIdentityNumbers(cleaned.text);
    for (const found of stripped.found) this.report('invoice-personal-data', r, this.name, found);
    return stripped.text;
  }
}

/** A string that shares no memory with the text it was cut from. */
function flat(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8');
}

/** Printable text without leading, trailing or double spaces and with fewer than ten digits: nothing to clean. */
function isPlain(text: string): boolean {
  const n = text.length;
  if (n === 0) return true;
  let digits = 0;
  let previous = 32;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++digits >= 10) return false;
    } else if (c === 32) {
      if (previous === 32) return false;
    } else if (c < 32 || (c >= 0x7f && c <= 0xa0) || c === 0xad || (c >= 0x2000 && c <= 0x206f) || c === 0xfeff || c === 0x3000) return false;
    previous = c;
  }
  return previous !== 32;
}

/** A mapping's `maskSuppliers` as rules. */
export function mappingRules(mask: NonNullable<InvoiceMapping['maskSuppliers']>): MaskRules {
  return { ids: new Set((mask.ids ?? []).map(idKey)), names: (mask.names ?? []).map(namePattern) };
}

function isBlankRow(row: Cell[], byteText: boolean): boolean {
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (cell === null || cell === undefined) continue;
    // Byte text blank as it is is ASCII spaces; otherwise its text decides (a no-break space is blank).
    if (typeof cell !== 'string' || (cell.trim() !== '' && (!byteText || fromByteText(cell).trim() !== ''))) return false;
  }
  return true;
}

/**
 * A supplier id as text. An id typed into a workbook as a number loses its leading zero: a
 * personnummer of someone born 2000–2009 (0501011234) becomes nine digits. Put it back, so such
 * a number is still recognised as a person's.
 */
function supplierIdText(cell: Cell | undefined, decode: (cell: string) => string): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return clean(decode(cell)).text;
  if (typeof cell !== 'string' && cell.t === 'n' && Number.isInteger(cell.v)) {
    const digits = String(cell.v);
    return digits.length === 9 || digits.length === 11 ? `0${digits}` : digits;
  }
  return clean(textOf(cell)).text;
}

/** YYYY-MM-DD as the number YYYYMMDD, or -1 when the text is not ten characters of that form. */
function isoDigits(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return -1;
  let n = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** A kommunkod typed as a number in a workbook ("180") is the code 0180. */
function normaliseMunicipality(code: string): string {
  return /^\d{1,3}$/.test(code) ? code.padStart(4, '0') : code;
}

function amountHint(reason: AmountFailure): Record<string, string> {
  if (reason === 'decimals') return { 'hint@sv': ' Ett belopp har högst två decimaler (öre); ”1,234” kan betyda både 1 234 kr och 1,234 kr.', 'hint@en': ' An amount has at most two decimals (öre); "1,234" may mean 1 234 kr or 1.234 kr.' };
  if (reason === 'range') return { 'hint@sv': ' Beloppet är orimligt stort.', 'hint@en': ' The amount is implausibly large.' };
  return {};
}

