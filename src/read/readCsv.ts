// CSV/TSV/TXT → one RawTable of strings. Rows stay arrays straight from
// papaparse (header:false: header:true drops "__proto__" and renames
// duplicates); no per-cell objects, so a million rows parse at papaparse speed.
import Papa from 'papaparse';
import type { Finding } from '../problems/Finding.ts';
import type { RawTable } from './RawTable.ts';
import { decodeText, type DecodedText } from './decodeText.ts';
import { delimiterName, detectDelimiter, type Delimiter } from './detectDelimiter.ts';
import { DEFAULT_LIMITS, formatCount } from './limits.ts';
import { toA1 } from './a1.ts';

export interface CsvOptions {
  /** Force a delimiter (e.g. tab for .tsv); otherwise detected among ';' ',' and tab. */
  delimiter?: Delimiter;
  maxRows?: number;
}

export interface CsvResult {
  /** null when nothing usable was read (the findings say why). */
  table: RawTable | null;
  findings: Finding[];
  /** The delimiter used. */
  delimiter: string;
}

/** Excel's last column is XFD: 16 384 columns. */
export const MAX_COLUMNS = 16_384;

/** One quote problem per row is enough; a broken file can otherwise produce one per line. */
const MAX_FORMAT_FINDINGS = 50;

function isBlank(row: string[]): boolean {
  for (let i = 0; i < row.length; i++) if (row[i] !== '') return false;
  return true;
}

/** Only line breaks and spaces: nothing to read (checked on a prefix first, so big files stay cheap). */
function isWhitespaceOnly(text: string): boolean {
  return /^\s*$/.test(text.slice(0, 4096)) && /^\s*$/.test(text);
}

export function readCsvText(text: string, relPath: string, options: CsvOptions = {}): CsvResult {
  const findings: Finding[] = [];
  if (text.length > 0 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (isWhitespaceOnly(text)) {
    findings.push({ code: 'empty-file', file: relPath });
    return { table: null, findings, delimiter: options.delimiter ?? ',' };
  }
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const maxRows = options.maxRows ?? DEFAULT_LIMITS.maxRows;
  const parsed = Papa.parse<string[]>(text, { header: false, delimiter, preview: maxRows + 1 });
  const rows = parsed.data;

  // A final line break yields one [""] row; trailing blank lines are not data.
  let end = rows.length;
  while (end > 0 && isBlank(rows[end - 1])) end--;
  if (end < rows.length) rows.length = end;

  if (rows.length === 0) {
    findings.push({ code: 'empty-file', file: relPath });
    return { table: null, findings, delimiter };
  }
  if (rows.length > maxRows) {
    let width = 1;
    for (const row of rows) if (row.length > width) width = row.length;
    findings.push({
      code: 'sheet-too-large',
      file: relPath,
      params: { range: `A1:${toA1(rows.length - 1, width - 1)}`, cells: formatCount(rows.length * width), 'limit@sv': `${formatCount(maxRows)} rader`, 'limit@en': `${maxRows} rows` },
    });
    return { table: null, findings, delimiter };
  }

  // Wider than Excel's last column (XFD): no export meant to be opened in Excel is, and every later
  // stage is linear in the width per layout tried (a million columns took half a minute). Trailing
  // empty cells (a row of delimiters) do not count.
  let widest = 0;
  let widestRow = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (row.length <= MAX_COLUMNS) continue;
    let used = row.length;
    while (used > 0 && row[used - 1] === '') used--;
    if (used > widest) {
      widest = used;
      widestRow = r;
    }
  }
  if (widest > MAX_COLUMNS) {
    findings.push({
      code: 'sheet-too-large',
      file: relPath,
      cell: toA1(widestRow, MAX_COLUMNS),
      params: { range: `A1:${toA1(rows.length - 1, widest - 1)}`, cells: formatCount(widest), 'limit@sv': `${formatCount(MAX_COLUMNS)} kolumner`, 'limit@en': `${MAX_COLUMNS} columns` },
    });
    return { table: null, findings, delimiter };
  }

  let formatFindings = 0;
  for (const e of parsed.errors) {
    if (e.type !== 'Quotes' || formatFindings >= MAX_FORMAT_FINDINGS) continue;
    formatFindings++;
    const row = (e.row ?? 0) + 1;
    findings.push({
      code: 'format-error',
      file: relPath,
      cell: toA1(row - 1, 0),
      params: {
        row,
        'detail@sv': e.code === 'MissingQuotes' ? 'ett citattecken avslutas aldrig' : 'ett citattecken står mitt i ett fält',
        'detail@en': e.code === 'MissingQuotes' ? 'a quoted field is never closed' : 'a quote stands inside a field',
      },
    });
  }

  // Everything in one column although the header holds a separator (";", ",", tab, or a "|" we never
  // split on): the classic Swedish-export failure.
  let wide = 0;
  for (let i = 0; i < rows.length && wide < 2; i++) wide = Math.max(wide, rows[i].length);
  if (wide === 1 && /[;,\t|]/.test(rows[0][0])) {
    findings.push({ code: 'wrong-delimiter', file: relPath, cell: 'A1', value: rows[0][0], params: { delimiter: delimiterName(delimiter) } });
  }

  const table: RawTable = { file: relPath, rows, merges: [], hiddenRows: [], hiddenColumns: [], date1904: false };
  return { table, findings, delimiter };
}

/** The encoding-suspect warning: the code page in words, and the letters worth a look. */
function encodingSuspect(relPath: string, suspect: NonNullable<DecodedText['suspect']>): Finding {
  const { encoding, letters } = suspect;
  const params: Record<string, string> = { encoding: encoding.name, 'encoding@sv': encoding.sv, 'encoding@en': encoding.en };
  if (letters.length > 0) {
    params['letters@sv'] = ` – särskilt ${letters.join(' ')}`;
    params['letters@en'] = `, especially ${letters.join(' ')}`;
  }
  return { code: 'encoding-suspect', file: relPath, params };
}

export function readCsvBytes(bytes: Uint8Array, relPath: string, options: CsvOptions = {}): CsvResult {
  if (bytes.length === 0) return { table: null, findings: [{ code: 'empty-file', file: relPath }], delimiter: options.delimiter ?? ',' };
  const decoded = decodeText(bytes);
  const result = readCsvText(decoded.text, relPath, options);
  if (decoded.suspect) result.findings.unshift(encodingSuspect(relPath, decoded.suspect));
  return result;
}
