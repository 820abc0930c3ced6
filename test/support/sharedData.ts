import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

/** ../shared/data beside the checkout: third-party test data, read in place, never copied. */
export const SHARED_DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
export const hasSharedData = existsSync(SHARED_DATA);

if (!hasSharedData) {
  // Say so once, loudly: these tests are skipped only when the folder is absent (CI always has it).
  console.warn(`[shared data] ${SHARED_DATA} does not exist: tests that read it are skipped.`);
}

/**
 * describe() that runs only where ../shared/data exists. Without it the block's body is not even
 * collected (describe.skipIf would still run it, and a body that reads a shared file would throw):
 * one skipped test says why.
 */
export function describeShared(name: string, body: () => void | Promise<void>): void {
  describe.skipIf(!hasSharedData)(name, hasSharedData ? body : () => it(`needs ${SHARED_DATA}`, () => {}));
}

export function shared(...parts: string[]): string {
  return SHARED_DATA + parts.join('/');
}

/**
 * The files in a shared folder, or none when ../shared/data is absent: describe.skipIf
 * still runs the describe callback to collect tests, so listing must not throw there.
 */
export function sharedFiles(...parts: string[]): string[] {
  return hasSharedData ? readdirSync(shared(...parts)).sort() : [];
}
