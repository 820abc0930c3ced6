// Checks that need every file: the same voucher booked on the same account in two files. With
// the same amount it is a file exported twice (or a month inside a yearly file): counted once,
// with a warning. With another amount one of them is wrong, and no total can be trusted: an error.
import type { Finding } from '../../problems/Finding.ts';
import type { LineStore } from '../normalise/LineStore.ts';
import { oreToDecimal } from '../normalise/parseAmount.ts';

export interface FileLines {
  path: string;
  sheet?: string;
  /** The file's lines are the store's from `start` up to `end`. */
  start: number;
  end: number;
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

function place(file: FileLines, row: number): { sv: string; en: string } {
  const sheet = file.sheet !== undefined ? ` (${file.sheet})` : '';
  return { sv: `${file.path}${sheet} rad ${row}`, en: `${file.path}${sheet} row ${row}` };
}

/**
 * The vouchers found in more than one file. Most exports number vouchers: plain numbers without a
 * leading zero, up to eleven digits (TextList.plainNumber), compared as numbers in one sorted typed
 * array (times 4096 files they stay below 2^53, exact in a double; no string is made or hashed per
 * line); the others through a map.
 */
function sharedVouchers(store: LineStore, files: readonly FileLines[]): { numbers: Set<number>; others: Set<string> } {
  const keys = new Float64Array(store.length);
  let n = 0;
  const others = new Map<string, number>();
  const shared = { numbers: new Set<number>(), others: new Set<string>() };
  const vouchers = store.voucher;
  files.forEach((file, f) => {
    let last = -1;
    for (let i = file.start; i < file.end; i++) {
      // The next booking line of the same voucher: nothing new.
      if (last >= 0 && vouchers.compare(i, last) === 0) continue;
      last = i;
      const number = vouchers.plainNumber(i);
      if (number >= 0) keys[n++] = number * 4096 + f;
      else {
        const voucher = vouchers.get(i);
        const first = others.get(voucher);
        if (first === undefined) others.set(voucher, f);
        else if (first !== f) shared.others.add(voucher);
      }
    }
  });
  const sorted = keys.subarray(0, n).sort();
  for (let k = 1; k < sorted.length; k++) {
    const a = Math.floor(sorted[k - 1] / 4096);
    const b = Math.floor(sorted[k] / 4096);
    if (a === b && sorted[k - 1] !== sorted[k]) shared.numbers.add(a);
  }
  return shared;
}

/**
 * Findings; a line already counted in an earlier file gets `kept` 0 in the store. Vouchers are
 * compared first (each is usually in one file only); only the lines of a voucher found in two
 * files are compared by buyer and account.
 */
export function checkAcrossFiles(store: LineStore, files: readonly FileLines[]): Finding[] {
  if (files.length > 4096) throw new Error('more than 4096 invoice files');
  const shared = sharedVouchers(store, files);
  if (shared.numbers.size === 0 && shared.others.size === 0) return [];
  /** Line i's voucher when it is found in more than one file. */
  const sharedVoucher = (i: number): string | undefined => {
    const number = store.voucher.plainNumber(i);
    if (number >= 0) return shared.numbers.has(number) ? String(number) : undefined;
    const voucher = store.voucher.get(i);
    return shared.others.has(voucher) ? voucher : undefined;
  };
  const findings: Finding[] = [];
  const sums: Map<string, KeySum>[] = [];
  const firstFile = new Map<string, number>();
  const keyOf = (i: number, voucher: string) => `${store.get('buyerId', i)}\u0001${voucher}\u0001${store.get('account', i)}`;
  files.forEach((file, f) => {
    const local = new Map<string, KeySum>();
    for (let i = file.start; i < file.end; i++) {
      const voucher = sharedVoucher(i);
      if (voucher === undefined) continue;
      const key = keyOf(i, voucher);
      const sum = local.get(key);
      if (sum) sum.ore += store.ore[i];
      else local.set(key, { ore: store.ore[i], row: store.row[i], voucher, account: store.get('account', i) });
    }
    sums.push(local);
    const dropped = new Set<string>();
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
        dropped.add(key);
      } else {
        findings.push({
          code: 'invoice-conflict',
          ...at,
          params: { account: sum.account, amount: oreToDecimal(sum.ore), other: oreToDecimal(other.ore), 'otherPlace@sv': otherPlace.sv, 'otherPlace@en': otherPlace.en },
        });
      }
    }
    if (dropped.size > 0)
      for (let i = file.start; i < file.end; i++) {
        const voucher = sharedVoucher(i);
        if (voucher !== undefined && dropped.has(keyOf(i, voucher))) store.kept[i] = 0;
      }
  });
  return findings;
}
