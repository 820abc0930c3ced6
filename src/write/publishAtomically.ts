import { readdirSync } from 'node:fs';
import { cp, mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { startThread } from '../threads/startThread.ts';

/**
 * Moves finished staging folders into place. Each target is swapped by rename (atomic on one
 * file system): the old folder is moved aside first, so a failure puts back the previous build.
 * The old folders are left aside (hidden, beside their targets) for removeAside.
 */
export async function publishAtomically(moves: { from: string; to: string }[]): Promise<void> {
  const aside: { from: string; to: string }[] = [];
  try {
    for (const { from, to } of moves) {
      await mkdir(dirname(to), { recursive: true });
      const old = asideOf(to, process.pid);
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
}

/** Moves `dir` aside as an old folder of `target`, for removeAside, instead of removing it now. */
export async function leaveAside(dir: string, target: string): Promise<void> {
  await rename(dir, asideOf(target, process.pid));
}

/** Where a swapped-out folder goes: beside the target (the same file system, so a rename), hidden, named for the build that moved it. */
const asideOf = (target: string, pid: number) => join(dirname(target), `${asidePrefix(target)}${pid}`);
const asidePrefix = (target: string) => `.${basename(target)}.old-`;

/**
 * Removes what earlier builds moved aside beside `targets` and left there (`.<target>.old-<pid>`):
 * the build command leaves the previous site for the next build to remove while it imports — a
 * single-threaded stage, so the unlinking, seconds of it, runs on the other core instead of after
 * publishing — and a build that was stopped leaves its own. Not a folder of another build still
 * running: that one may yet put it back.
 */
export async function removeAside(targets: readonly string[]): Promise<void> {
  const found: string[] = [];
  for (const target of targets) {
    const prefix = asidePrefix(target);
    let names: string[];
    try {
      names = readdirSync(dirname(target));
    } catch {
      continue;
    }
    for (const name of names) {
      const pid = name.startsWith(prefix) ? Number(name.slice(prefix.length)) : NaN;
      if (Number.isInteger(pid) && (pid === process.pid || !isRunning(pid))) found.push(join(dirname(target), name));
    }
  }
  await Promise.all(found.map(removeInThread));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes a folder with Node's native removal (rmSync) in a thread of its own: tens of thousands
 * of unlinks wait on the file system, and the asynchronous fs.rm needs a turn of this thread after
 * each, which the caller's blocking work beside it (storing the build) would hold up.
 */
function removeInThread(dir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // Plain JavaScript, evaluated: the thread strips no TypeScript.
    const code = "require('node:fs').rmSync(require('node:worker_threads').workerData, { recursive: true, force: true })";
    const worker = startThread(code, { eval: true, workerData: dir });
    worker.once('error', reject);
    worker.once('exit', (status) => (status === 0 ? resolve() : reject(new Error(`${dir} was not removed (exit ${status})`))));
  });
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
