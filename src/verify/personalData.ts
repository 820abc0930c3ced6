// The gate's privacy rule for the whole site: no published text may hold a personnummer or
// samordningsnummer — a number of that shape with a plausible date and a valid check digit, the
// same test the project's tooling runs over dist/. Every text file is read (pages, JSON, CSV, XML,
// RDF, calendars, plain text, SVG), the search index's fragments (Pagefind gzips them) and the text
// inside the zip downloads and the workbooks (shared strings, worksheets, properties). A hit stops
// the release; the report shows the number without its last four digits.
//
// What is not text is not read as text: a JSON number, a number in a CSV column that the open data
// declares numeric, a decimal (12345678901.5), and a run of hex digits such as a sha256 — none of
// these can be a personnummer someone typed, and a rule that fails on them would fail real sites.
import { eachLimited } from '../cache/eachLimited.ts';
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, fstatSync, openSync, readFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { extname, join } from 'node:path';
import { crc32, gunzipSync, inflateRawSync } from 'node:zlib';
import Papa from 'papaparse';
import yauzl from 'yauzl';
import { openZipEntry } from '../read/openZipEntry.ts';
import { SEGMENTED_FROM, segmentedScan, type SegmentBook, type SegmentVerdict } from './deflateSegments.ts';
import { sha256 } from '../cache/OutputCache.ts';
import { luhnValid, maskIdentityNumber } from '../privacy/identityNumbers.ts';
import type { GateProblem } from './verifyBuild.ts';
import type { Verdicts } from './verdicts.ts';

const TEXT_EXTENSIONS = new Set(['.html', '.json', '.csv', '.xml', '.rdf', '.ics', '.txt', '.svg', '.md', '.webmanifest']);
/** Digits of a personnummer as written: YYMMDD-NNNC, YYMMDD+NNNC, YYMMDDNNNC, with or without the century. */
const SHAPE = /(?<![0-9])(?:19|20)?[0-9]{6}[-+]?[0-9]{4}(?![0-9])/g;
/** A sha256, an ETag or an Astro asset hash: hex runs this long are never an identity number. */
const HEX_RUN = 32;

/**
 * Ten digits that read as a birth date (month 1–12, day 1–31, or 61–91 for a samordningsnummer)
 * with a valid Luhn check digit — deliberately the same looser date test as the lead's tooling,
 * so the gate never passes what that check would flag.
 */
export function looksLikeIdentityNumber(match: string): boolean {
  const digits = match.replace(/[-+]/g, '').slice(-10);
  const month = Number(digits.slice(2, 4));
  let day = Number(digits.slice(4, 6));
  if (day > 60) day -= 60;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && luhnValid(digits);
}

function insideHexRun(text: string, start: number, end: number): boolean {
  const hex = (i: number) => /[0-9a-f]/i.test(text[i] ?? '');
  let a = start;
  let b = end;
  while (a > 0 && hex(a - 1)) a--;
  while (b < text.length && hex(b)) b++;
  return b - a >= HEX_RUN;
}

const isDigit = (c: number | undefined) => c !== undefined && c >= 48 && c <= 57;

/**
 * Whether bytes may hold a number SHAPE matches, looked for without decoding them. Every match is
 * a whole run of digits (no digit before or after): 10 or 12 of them, or 6 or 8, a "-" or "+" and
 * 4. A run of six digits or more covers one of every sixth byte, so only those are looked at until
 * one is a digit, whose run is then measured (4–6× faster than SHAPE over text full of numbers).
 * It may say yes where SHAPE finds nothing (the century's 19 or 20 is not checked; a run cut at
 * the edge looks shorter), never no where SHAPE finds something: a yes is read as text.
 */
export function mayHoldIdentityNumber(b: Uint8Array): boolean {
  let examined = 0;
  for (let i = 5; i < b.length; ) {
    if (!isDigit(b[i])) {
      i += 6;
      continue;
    }
    let start = i;
    while (start > examined && isDigit(b[start - 1])) start--;
    let end = i + 1;
    while (isDigit(b[end])) end++;
    const run = end - start;
    if (run === 10 || run === 12) return true;
    if ((run === 6 || run === 8) && (b[end] === 45 || b[end] === 43)) {
      let after = end + 1;
      while (isDigit(b[after])) after++;
      if (after - end - 1 === 4) return true;
    }
    examined = end;
    i = end + 6;
  }
  return false;
}

/** Personnummer-shaped numbers in a text (as written), decimals and hex runs left out. */
export function identityNumbersIn(text: string): string[] {
  const found: string[] = [];
  SHAPE.lastIndex = 0;
  for (let m = SHAPE.exec(text); m; m = SHAPE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (/[0-9][.,]$/.test(text.slice(Math.max(0, start - 2), start)) || /^[.,][0-9]/.test(text.slice(end, end + 2))) continue;
    if (!looksLikeIdentityNumber(m[0])) continue;
    if (insideHexRun(text, start, end)) continue;
    found.push(m[0]);
  }
  return found;
}

/** The strings of a JSON document (keys and values): only they are text. */
function* jsonStrings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* jsonStrings(v);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      yield k;
      yield* jsonStrings(v);
    }
  }
}

const PLAIN_NUMBER = /^-?[0-9]+(?:[.,][0-9]+)?$/;

/**
 * Hits in a text file of the given type. The whole text is scanned first (fast); only a file with a
 * hit is parsed, to leave out what is not text in it.
 */
export function findInText(text: string, type: string, numericColumns: ReadonlySet<string>): string[] {
  const rough = identityNumbersIn(text);
  if (rough.length === 0) return [];
  if (type === '.json') {
    try {
      const data: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
      return [...jsonStrings(data)].flatMap(identityNumbersIn);
    } catch {
      return rough;
    }
  }
  if (type === '.csv') {
    const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const header = rows[0] ?? [];
    const hits: string[] = [];
    rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (r > 0 && numericColumns.has(header[c] ?? '') && PLAIN_NUMBER.test(cell.trim())) return;
        hits.push(...identityNumbersIn(cell));
      }),
    );
    return hits;
  }
  return rough;
}

/** Bytes scanned per piece: small enough that each piece's string is cheap for V8 (large strings cost a page mapping each: 1 MB pieces scan 2–3× slower than 64 KB ones). */
const WINDOW = 64 << 10;

/**
 * The rough hits in bytes: they are read as latin1 — one character per byte, far cheaper than
 * decoding UTF-8 — a piece at a time with an overlap. It finds at least what it finds in the
 * decoded text: every character it looks at (digits, "-", "+", ".", ",", hex letters) is ASCII
 * and no byte of a multi-byte UTF-8 character is, and a piece's edges can only let more through.
 */
export function roughHits(bytes: Buffer): string[] {
  if (!mayHoldIdentityNumber(bytes)) return [];
  const hits = new Set<string>();
  for (let start = 0; start < bytes.length; start += WINDOW) {
    for (const hit of identityNumbersIn(bytes.toString('latin1', Math.max(0, start - OVERLAP), Math.min(bytes.length, start + WINDOW)))) hits.add(hit);
  }
  return [...hits];
}

/** Hits in a text file's bytes: only a text with a rough hit (roughHits) is decoded and judged whole. */
export function findInBytes(bytes: Buffer, type: string, numericColumns: ReadonlySet<string>): string[] {
  return roughHits(bytes).length > 0 ? findInText(bytes.toString('utf8'), type, numericColumns) : [];
}

/** Entries up to this size are read whole (and parsed when a hit needs it); larger ones are scanned a chunk at a time. */
const WHOLE_ENTRY_BYTES = 256 << 20;
/** Enough of the previous chunk to hold a number cut at the chunk's edge ("19121212-1212" and its surroundings). */
const OVERLAP = 32;

/**
 * The hits in a text read as a stream, a chunk at a time with an overlap; nothing of it is kept.
 * Most texts have no rough hit at all. One that has is read again with `whole` and judged as
 * findInText judges it (number columns left out) when it is at most WHOLE_ENTRY_BYTES; a longer
 * one — a country's bulk table can pass V8's longest string — has its rough hits reported as they are.
 */
function streamHits(stream: Readable, type: string, numericColumns: ReadonlySet<string>, whole: () => Promise<Buffer>): Promise<string[]> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const rough = new Set<string>();
    let tail = Buffer.alloc(0);
    stream.on('data', (c: Buffer) => {
      size += c.length;
      // A number cut at the chunk's edge lies within the last chunk's tail and this one's head.
      const seam = Buffer.concat([tail, c.subarray(0, OVERLAP)]);
      if (mayHoldIdentityNumber(seam) || mayHoldIdentityNumber(c)) {
        // Read as text a window at a time, whatever the chunk's size: see findInBytes and WINDOW.
        let text = tail.toString('latin1');
        for (let at = 0; at < c.length; at += WINDOW) {
          text = text.slice(-OVERLAP) + c.toString('latin1', at, Math.min(c.length, at + WINDOW));
          for (const hit of identityNumbersIn(text)) rough.add(hit);
        }
      }
      tail = Buffer.from(c.subarray(Math.max(0, c.length - OVERLAP)));
    });
    stream.on('end', () => {
      if (rough.size === 0) return resolve([]);
      if (size > WHOLE_ENTRY_BYTES) return resolve([...rough]);
      whole().then((bytes) => resolve(findInText(bytes.toString('utf8'), type, numericColumns)), reject);
    });
    stream.on('error', reject);
  });
}

/**
 * The hits in each text entry of a zip (a bulk download, an xlsx's shared strings). A zip
 * download's other entries are read too (and thrown away), so that `intact` — every entry
 * inflated to its declared size — answers the gate's parse check as well, without a second pass.
 */
function zipHits(bytes: Buffer, workbook: boolean, numericColumns: ReadonlySet<string>, segments?: SegmentBook): Promise<{ found: { name: string; hits: string[] }[]; intact: boolean }> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('not a zip'));
      const found: { name: string; hits: string[] }[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        const name = entry.fileName;
        const wanted = workbook ? /^xl\/sharedStrings\.xml$|^docProps\//.test(name) || WORKSHEET.test(name) : TEXT_EXTENSIONS.has(extname(name).toLowerCase());
        if (!wanted && workbook) return zip.readEntry();
        const type = extname(name).toLowerCase();
        const open = () => openZipEntry(zip, entry);
        const inflated = (): Promise<string[]> =>
          entry.uncompressedSize <= INFLATE_WHOLE_BYTES
            ? entryBytes(zip, entry).then((text) => (wanted ? findInBytes(text, type, numericColumns) : []))
            : open().then((stream) => (wanted ? streamHits(stream, type, numericColumns, () => open().then(buffer)) : buffer(stream).then(() => [])));
        // A large deflated member is judged by its segments when it can be (deflateSegments.ts); a
        // text that may hold a number, or that cannot be judged so, is inflated and read whole.
        const book = wanted && entry.compressionMethod === 8 && entry.compressedSize >= SEGMENTED_FROM ? segments : undefined;
        (book ? rawBytes(zip, entry).then((raw) => segmentedScan(raw, { bytes: entry.uncompressedSize, crc: entry.crc32 }, roughHits, book)) : Promise.resolve(undefined))
          .then((mayHold) => (mayHold === false ? [] : inflated()))
          .then((hits) => {
            if (hits.length) found.push({ name, hits });
            zip.readEntry();
          }, reject);
      });
      zip.on('end', () => resolve({ found, intact: !workbook }));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** A workbook's worksheets: their XML holds the texts written in cells (SheetJS writes them there, not as shared strings) and the numbers. */
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

/** The personnummer-shaped numbers in a workbook's text cells, as SheetJS reads them. */
async function textCellNumbers(bytes: Buffer): Promise<Set<string>> {
  // Loaded here: only a workbook with a rough hit in a worksheet needs it.
  const XLSX = await import('@e965/xlsx');
  const wb = XLSX.read(bytes, { type: 'buffer', dense: true, cellText: false, cellHTML: false });
  const numbers = new Set<string>();
  for (const name of wb.SheetNames) {
    for (const row of wb.Sheets[name]?.['!data'] ?? []) {
      for (const cell of row ?? []) if (cell?.t === 's') for (const n of identityNumbersIn(String(cell.v))) numbers.add(n);
    }
  }
  return numbers;
}

/** A worksheet's hits kept only where a text cell holds them: a number cell of that shape is a figure, as in a numeric CSV column. */
function inTextCells(found: { name: string; hits: string[] }[], text: ReadonlySet<string>): { name: string; hits: string[] }[] {
  return found.map(({ name, hits }) => ({ name, hits: WORKSHEET.test(name) ? hits.filter((h) => text.has(h)) : hits })).filter(({ hits }) => hits.length > 0);
}

/** Entries declared up to this size are inflated in one piece: a workbook's sheet in half the time of a stream. */
const INFLATE_WHOLE_BYTES = 64 << 20;

/**
 * A zip entry's content inflated in one piece, no larger than declared (the output is capped
 * there), and checked against its declared size and CRC-32 — what openZipEntry's stream checks,
 * and more.
 */
async function entryBytes(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  const method = entry.compressionMethod;
  if ((method !== 0 && method !== 8) || entry.isEncrypted()) return buffer(await openZipEntry(zip, entry)); // openZipEntry says why
  const raw = await rawBytes(zip, entry);
  const size = entry.uncompressedSize;
  const text = method === 0 ? raw : inflateRawSync(raw, { chunkSize: Math.max(64, size), maxOutputLength: Math.max(1, size) });
  if (text.length !== size || crc32(text) !== entry.crc32 >>> 0) throw new Error(`${entry.fileName} does not inflate to the size and CRC-32 its zip declares`);
  return text;
}

/** A zip entry's bytes as stored (compressed). */
function rawBytes(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, { decodeFileData: false }, (error, raw) => (error || !raw ? reject(error ?? new Error(`cannot read ${entry.fileName}`)) : buffer(raw).then(resolve, reject))),
  );
}

/** What the report says of the hits: never a whole number. */
function detailOf(hits: readonly string[]): string {
  const shown = [...new Set(hits)].slice(0, 3).map(maskIdentityNumber).join(', ');
  return `${hits.length} personnummer-shaped number(s) with a valid date and check digit: ${shown}`;
}

/** What the rule found in one file: where ('' for the file itself, else a zip entry's name) and the masked detail. */
export type Findings = { entry: string; detail: string }[];

/** True for the files the rule reads. */
export function isScanned(file: string): boolean {
  const type = extname(file).toLowerCase();
  return TEXT_EXTENSIONS.has(type) || type === '.pf_fragment' || type === '.zip' || type === '.xlsx';
}

/**
 * What a check learned besides its findings: that a zip download inflated entry by entry to its
 * declared sizes (or its large members' segments added up to them), and the segments' verdicts it used.
 */
export interface Evidence {
  zipIntact?: boolean;
  segments?: Record<string, SegmentVerdict>;
}

/**
 * The findings in a file's bytes, read whole; `evidence` gets what else reading them showed. With
 * `segments` (the verdicts remembered for deflate segments), a zip's large members are judged by them.
 */
export async function findingsIn(file: string, bytes: Buffer, numericColumns: ReadonlySet<string>, evidence: Evidence = {}, segments?: SegmentBook['known']): Promise<Findings> {
  const type = extname(file).toLowerCase();
  const found = (hits: string[]): Findings => (hits.length ? [{ entry: '', detail: detailOf(hits) }] : []);
  if (TEXT_EXTENSIONS.has(type)) return found(findInBytes(bytes, type, numericColumns));
  // The search index's page texts: gzipped JSON after a "pagefind_dcd" signature.
  if (type === '.pf_fragment') {
    const text = gunzipSync(bytes);
    const signature = Buffer.from('pagefind_dcd');
    return found(findInBytes(text.subarray(0, signature.length).equals(signature) ? text.subarray(signature.length) : text, '.json', numericColumns));
  }
  if (type === '.zip' || type === '.xlsx') {
    // A zip that cannot be read cannot be cleared: a finding, not an exception (the parse check says why too).
    const book = segments && { known: segments, used: {} };
    const read = await zipHits(bytes, type === '.xlsx', numericColumns, book).catch((e: Error) => e);
    if (read instanceof Error) return [{ entry: '', detail: `cannot be read to look for personal identity numbers: ${read.message.slice(0, 120)}` }];
    const { found, intact } = read;
    evidence.zipIntact = intact;
    if (book) evidence.segments = book.used;
    const judged = type === '.xlsx' && found.some(({ name }) => WORKSHEET.test(name)) ? inTextCells(found, await textCellNumbers(bytes)) : found;
    return judged.map(({ name, hits }) => ({ entry: name, detail: detailOf(hits) }));
  }
  return [];
}

/** The findings as the gate's problems for `file`. */
export function findingProblems(file: string, findings: Findings): GateProblem[] {
  return findings.map(({ entry, detail }) => ({ file: entry ? `${file}/${entry}` : file, rule: 'personal-data', detail }));
}

/** Text files above this size are hashed and scanned as a stream, never held whole (a country's observations table is hundreds of MB). */
const WHOLE_FILE_BYTES = 64 << 20;
/** Such a file is read a megabyte at a time: in 64 KB chunks (the default), a country's observations table took twice as long. */
const READ_CHUNK = 1 << 20;

/** The sha256 of a file read as a stream. */
function hashOf(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path, { highWaterMark: READ_CHUNK })
      .on('data', (c) => hash.update(c))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });
}

/**
 * The findings in a large text file, read as a stream (and whole again only to judge a rough hit),
 * with the sha256 of the bytes streamed; `expected` (a sha256) checks that they are the bytes hashed before.
 */
async function streamedFindings(path: string, type: string, numericColumns: ReadonlySet<string>, expected?: string): Promise<{ findings: Findings; sha256: string }> {
  const hash = createHash('sha256');
  const stream = createReadStream(path, { highWaterMark: READ_CHUNK }).on('data', (c) => hash.update(c));
  let streamed: string | undefined;
  const checked = (): string => {
    streamed ??= hash.digest('hex');
    if (expected !== undefined && streamed !== expected) throw new Error(`${path} changed while the gate read it`);
    return streamed;
  };
  const hits = await streamHits(stream, type, numericColumns, () => readChecked(path, checked()));
  return { findings: hits.length ? [{ entry: '', detail: detailOf(hits) }] : [], sha256: checked() };
}

/** A file's bytes read whole with one open, or undefined for a text file too large for that (then streamed). */
function readWhole(path: string, type: string): Buffer | undefined {
  // Blocking reads: the gate reads tens of thousands of files, and each asynchronous call is a trip
  // through libuv's pool (open, stat, read, close: a third of the gate's time on a large site).
  const fd = openSync(path, 'r');
  try {
    return !TEXT_EXTENSIONS.has(type) || fstatSync(fd).size <= WHOLE_FILE_BYTES ? readFileSync(fd) : undefined;
  } finally {
    closeSync(fd);
  }
}

/** What the rule found in a file, and the sha256 of the bytes judged (when hashed: with `verdicts`). */
export interface FileCheck extends Evidence {
  problems: GateProblem[];
  sha256?: string;
}

/**
 * The rule on one published file, its bytes read once (a large text file is read a second time
 * only when it has to be scanned). With `verdicts`, the bytes are hashed and a verdict remembered
 * for that hash is used; `known` is the sha256 of the bytes at the path when the caller already
 * knows it for certain (see KnownHashes). `judge` judges the file elsewhere (in a thread:
 * judgeFile's work there, read, hashed and judged at once, as pages are; the verdict kept here).
 */
export async function checkFile(
  siteDir: string,
  file: string,
  numericColumns: ReadonlySet<string>,
  verdicts?: Verdicts,
  known?: string,
  judge?: (hash: string | boolean) => Promise<JudgedFile>,
): Promise<FileCheck> {
  if (!isScanned(file)) return { problems: [] };
  const type = extname(file).toLowerCase();
  let zipIntact: boolean | undefined;
  const judged = async (hash: string | boolean) => {
    const found = await (judge ?? ((h: string | boolean) => judgeFile(siteDir, file, numericColumns, h)))(hash);
    zipIntact = found.zipIntact;
    return found;
  };
  const result = (findings: Findings, sha256?: string): FileCheck => ({ problems: findingProblems(file, findings), ...(sha256 ? { sha256 } : {}), ...(zipIntact ? { zipIntact } : {}) });
  // Nothing is read unless the verdict is not remembered.
  if (verdicts && known) return result(await verdicts.of(`personal${type}`, known, async () => (await judged(known)).findings), known);
  if (judge) {
    const found = await judged(verdicts !== undefined);
    return result(verdicts && found.sha256 ? await verdicts.of(`personal${type}`, found.sha256, () => found.findings) : found.findings, found.sha256);
  }
  const path = join(siteDir, file);
  const bytes = readWhole(path, type);
  if (bytes) return checkBytes(file, bytes, numericColumns, verdicts);
  const hash = verdicts ? await hashOf(path) : undefined;
  const check = async () => (await streamedFindings(path, type, numericColumns, hash)).findings;
  return result(verdicts && hash ? await verdicts.of(`personal${type}`, hash, check) : await check(), hash);
}

/** What the rule found in a file judged in one read, with the sha256 of its bytes when asked for. */
export interface JudgedFile extends Evidence {
  findings: Findings;
  sha256?: string;
}

/**
 * The rule on one published file, its bytes read once and hashed as `hash` says (true: hashed;
 * a sha256: checked against it; false: neither) — for the gate's threads, which judge without
 * the verdicts (the caller keeps them by the hash, as for pages, and hands in those of the
 * deflate segments for a zip: `segments`).
 */
export async function judgeFile(siteDir: string, file: string, numericColumns: ReadonlySet<string>, hash: string | boolean, segments?: SegmentBook['known']): Promise<JudgedFile> {
  if (!isScanned(file)) return { findings: [] };
  const path = join(siteDir, file);
  const type = extname(file).toLowerCase();
  const expected = typeof hash === 'string' ? hash : undefined;
  const bytes = readWhole(path, type);
  if (!bytes) {
    const streamed = await streamedFindings(path, type, numericColumns, expected);
    return { findings: streamed.findings, ...(hash === false ? {} : { sha256: streamed.sha256 }) };
  }
  const sha = hash === false ? undefined : sha256(bytes);
  if (expected !== undefined && sha !== expected) throw new Error(`${path} changed while the gate read it`);
  const evidence: Evidence = {};
  return { findings: await findingsIn(file, bytes, numericColumns, evidence, segments), ...(sha ? { sha256: sha } : {}), ...evidence };
}

/** A file's bytes, checked against the sha256 they are judged by. */
export async function readChecked(path: string, hash: string): Promise<Buffer> {
  const bytes = readFileSync(path); // blocking: see checkFile
  if (sha256(bytes) !== hash) throw new Error(`${path} changed while the gate read it`);
  return bytes;
}

/** The rule on a file's bytes already read, remembered by their sha256 with `verdicts`. */
export async function checkBytes(file: string, bytes: Buffer, numericColumns: ReadonlySet<string>, verdicts?: Verdicts): Promise<FileCheck> {
  if (!isScanned(file)) return { problems: [] };
  const evidence: Evidence = {};
  const check = () => findingsIn(file, bytes, numericColumns, evidence);
  if (!verdicts) return { problems: findingProblems(file, await check()), ...evidence };
  const hash = sha256(bytes);
  return { problems: findingProblems(file, await verdicts.of(`personal${extname(file).toLowerCase()}`, hash, check)), sha256: hash, ...evidence };
}

/**
 * Every published file of `files` (paths relative to `siteDir`) checked for personal identity
 * numbers. `numericColumns` are CSV headers the open data declares as numbers. With `verdicts`,
 * a file whose bytes (sha256) were judged before keeps that verdict and is not scanned again.
 */
export async function findPersonalDataInSite(siteDir: string, files: readonly string[], numericColumns: ReadonlySet<string>, verdicts?: Verdicts): Promise<GateProblem[]> {
  const problems: GateProblem[] = [];
  // A few files at a time: tens of thousands of pages, each read and scanned once.
  await eachLimited(files, 8, async (file) => void problems.push(...(await checkFile(siteDir, file, numericColumns, verdicts)).problems));
  return problems.sort((a, b) => (a.file < b.file ? -1 : 1));
}
