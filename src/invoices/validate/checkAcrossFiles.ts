// Checks that need every file: the same voucher booked on the same account in two files. With
// the same amount it is a file exported twice (or a month inside a yearly file): counted once,
// with a warning. With another amount one of them is wrong, and no total can be trusted: an error.
import type { Finding } from '../../problems/Finding.ts';
import type { InvoiceLine } from '../normalise/InvoiceLine.ts';
import { oreToDecimal } from '../normalise/parseAmount.ts';

export interface FileLines {
  path: string;
  sheet?: string;
  lines: InvoiceLine[];
  /** Letter of the voucher column, where problems are located. */
  voucherColumn: string;
}

interface KeySum {
  ore: number;
  /** First row of the key in its file. */
  row: number;
  voucher: string;
  account: string;
}

const keyOf = (line: InvoiceLine) => `${line.buyerId}\u0001${line.voucher}\u0001${line.account}`;

function place(file: FileLines, row: number): { sv: string; en: string } {
  const sheet = file.sheet !== undefined ? ` (${file.sheet})` : '';
  return { sv: `${file.path}${sheet} rad ${row}`, en: `${file.path}${sheet} row ${row}` };
}

/**
 * Findings, and each file's lines without those already counted in an earlier file. Vouchers are
 * compared first (each is usually in one file only, and its text exists already: no key is built
 * per line); only the lines of a voucher found in two files are compared by buyer and account.
 */
export function checkAcrossFiles(files: readonly FileLines[]): { findings: Finding[]; lines: InvoiceLine[][] } {
  const owner = new Map<string, number>();
  const shared = new Set<string>();
  files.forEach((file, f) => {
    let last: string | undefined;
    for (const line of file.lines) {
      const voucher = line.voucher;
      if (voucher === last) continue; // the next booking line of the same voucher
      last = voucher;
      const first = owner.get(voucher);
      if (first === undefined) owner.set(voucher, f);
      else if (first !== f) shared.add(voucher);
    }
  });
  if (shared.size === 0) return { findings: [], lines: files.map((f) => f.lines) };

  const findings: Finding[] = [];
  const sums: Map<string, KeySum>[] = [];
  const firstFile = new Map<string, number>();
  const kept: InvoiceLine[][] = [];
  files.forEach((file, f) => {
    const local = new Map<string, KeySum>();
    for (const line of file.lines) {
      if (!shared.has(line.voucher)) continue;
      const key = keyOf(line);
      const sum = local.get(key);
      if (sum) sum.ore += line.ore;
      else local.set(key, { ore: line.ore, row: line.row, voucher: line.voucher, account: line.account });
    }
    sums.push(local);
    let dropped: Set<string> | undefined;
    for (const [key, sum] of local) {
      const earlier = firstFile.get(key);
      if (earlier === undefined) {
        firstFile.set(key, f);
        continue;
      }
      const other = sums[earlier].get(key)!;
      const otherPlace = place(files[earlier], other.row);
      const at = { file: file.path, ...(file.sheet !== undefined ? { sheet: file.sheet } : {}), cell: `${file.voucherColumn}${sum.row}`, value: sum.voucher };
      if (other.ore === sum.ore) {
        findings.push({ code: 'invoice-duplicate', ...at, params: { account: sum.account, 'otherPlace@sv': otherPlace.sv, 'otherPlace@en': otherPlace.en } });
        (dropped ??= new Set()).add(key);
      } else {
        findings.push({
          code: 'invoice-conflict',
          ...at,
          params: { account: sum.account, amount: oreToDecimal(sum.ore), other: oreToDecimal(other.ore), 'otherPlace@sv': otherPlace.sv, 'otherPlace@en': otherPlace.en },
        });
      }
    }
    kept.push(dropped ? file.lines.filter((line) => !(shared.has(line.voucher) && dropped.has(keyOf(line)))) : file.lines);
  });
  return { findings, lines: kept };
}
