import { cp, mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Moves finished staging folders into place. Each target is swapped by rename
 * (atomic on one file system): the old folder is moved aside first and removed
 * only after the new one is in place, so a failure leaves the previous build.
 */
export async function publishAtomically(moves: { from: string; to: string }[]): Promise<void> {
  await (await swapAtomically(moves))();
}

/**
 * publishAtomically's swap alone: gives the removal of the old folders, for the caller to run
 * beside other work (tens of thousands of files to unlink, mostly waiting on the file system).
 */
export async function swapAtomically(moves: { from: string; to: string }[]): Promise<() => Promise<void>> {
  const aside: { from: string; to: string }[] = [];
  try {
    for (const { from, to } of moves) {
      await mkdir(dirname(to), { recursive: true });
      const old = `${to}.old-${process.pid}`;
      await rm(old, { recursive: true, force: true });
      try {
        await rename(to, old);
        aside.push({ from: old, to });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
      await moveInto(from, to);
    }
  } catch (e) {
    // Put back whatever was moved aside; the staged output is abandoned.
    for (const { from: old, to } of aside.reverse()) {
      await rm(to, { recursive: true, force: true });
      await rename(old, to);
    }
    throw e;
  }
  return async () => {
    for (const { from: old } of aside) await rm(old, { recursive: true, force: true });
  };
}

/**
 * rename(), or — when the target is on another file system (EXDEV) — a copy
 * beside the target first, so that the final step is still a rename.
 */
async function moveInto(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    const near = `${to}.new-${process.pid}`;
    await rm(near, { recursive: true, force: true });
    await cp(from, near, { recursive: true });
    await rename(near, to);
    await rm(from, { recursive: true, force: true });
  }
}
