// Runs the hostile corpus (corpus.ts): every case must end in a located problem
// with a code, the right exit code, no stack trace, no hang and bounded memory;
// a sample of error cases must also leave a previous build untouched.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/cli/report.ts';
import { ingest } from '../../src/ingest.ts';
import type { Report } from '../../src/model/types.gen.ts';
import { catalogue } from '../../src/problems/catalogue.ts';
import { validateReport } from '../../src/validate/schemas.ts';
import { hasSharedData } from '../support/sharedData.ts';
import { BASE, buildCorpus, GOOD, type Case, type Files } from './corpus.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** One case may take this long in a child process before it counts as a hang. */
const CASE_TIMEOUT_MS = 20_000;
/**
 * Peak RSS of one `check` run. A clean run of the example data peaks near 150 MB and the
 * largest case here is a few MB on disk; 1 GB leaves room for SheetJS's worker while still
 * catching what matters: a reader that laid out the claimed A1:XFD1048576 grid (17 billion
 * cells) or unpacked a bomb would go far past it.
 */
const MAX_RSS_MB = 1024;

const corpus = buildCorpus();
const cases = corpus.filter((c) => !c.shared || hasSharedData);
/** Children at once: the CI machine has 2 cores, and each child also starts a reader thread. */
const PARALLEL = 3;
const work = await mkdtemp(join(tmpdir(), 'oppna-hostile-'));
afterAll(() => rm(work, { recursive: true, force: true }));

// Prints the peak RSS of the child on exit (covers its worker threads: they share the process).
const RSS_HOOK = `data:text/javascript,${encodeURIComponent("process.on('exit', () => process.stderr.write('\\n__maxrss_kb=' + process.resourceUsage().maxRSS + '\\n'));")}`;

/** The CLI must not think it runs inside vitest. */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) if (key === 'VITEST' || key.startsWith('VITEST_') || key === 'TEST' || key === 'NODE_ENV') delete env[key];
  return env;
}

let folders = 0;
async function folder(files: Files, base: Case['base'] = {}): Promise<string> {
  const dir = join(work, `case-${++folders}`);
  const all: Record<string, string | Uint8Array> = { ...BASE };
  for (const [name, content] of Object.entries(base)) {
    if (name.startsWith('shared:')) all[name.slice('shared:'.length)] = await readFile(content!);
    else if (content === null) delete all[name];
    else all[name] = content;
  }
  Object.assign(all, files);
  for (const [name, content] of Object.entries(all)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  return dir;
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  rssMb: number | undefined;
  pid: number | undefined;
  ms: number;
}

// A small pool: the children run in the background, PARALLEL at a time, while the tests
// await their own run (so the corpus takes its CPU time divided by the cores, not the sum).
const queue: (() => void)[] = [];
let running = 0;
function pooled<T>(job: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve) => {
    const start = () => {
      running++;
      void job().then((value) => {
        running--;
        queue.shift()?.();
        resolve(value);
      });
    };
    if (running < PARALLEL) start();
    else queue.push(start);
  });
}

function run(script: string, args: string[]): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', RSS_HOOK, script, ...args], { cwd: ROOT, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'], timeout: CASE_TIMEOUT_MS, killSignal: 'SIGKILL' });
    const out: Buffer[] = [];
    const errs: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => errs.push(b));
    child.on('close', (code, signal) => {
      // The hook also runs in the reader's worker threads: take the largest figure, drop every line.
      let rssKb: number | undefined;
      const stderr = Buffer.concat(errs)
        .toString('utf8')
        .replace(/\n__maxrss_kb=(\d+)\n/g, (_, kb: string) => ((rssKb = Math.max(rssKb ?? 0, Number(kb))), ''));
      resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr, rssMb: rssKb === undefined ? undefined : rssKb / 1024, pid: child.pid, ms: Date.now() - started });
    });
  });
}

/** What a crash looks like in output: a stack frame, Node's "SomethingError:", or the CLI's own bug report. */
function expectNoCrashText(text: string): void {
  expect(text).not.toMatch(/^\s{4}at /m);
  expect(text).not.toMatch(/\b(?:Type|Range|Reference|Syntax|Internal)?Error: /);
  expect(text).not.toContain('Internt fel');
  expect(text).not.toContain('node:internal');
}

/** The checks every case shares, on the report however it was produced. */
function expectReport(c: Case, report: Report, exitCode: number): void {
  expect(validateReport(report), 'the report matches schemas/report.schema.json').toBe(true);
  for (const p of report.problems) {
    expect(Object.hasOwn(catalogue, p.code), `${p.code} is in the catalogue`).toBe(true);
    expect(p.file).not.toBe('');
  }
  const want = c.expect;
  const summary = report.problems.map((p) => `${p.severity} ${p.code} ${p.file} ${p.sheet ?? ''} ${p.cell ?? ''}`).join('\n');
  expect(exitCode, summary).toBe(want.severity === 'error' ? 1 : 0);
  expect(report.ok).toBe(want.severity !== 'error');
  if (want.codes.length) {
    const located = report.problems.filter(
      (p) => (want.codes as string[]).includes(p.code) && p.file === want.file && (want.sheet === undefined || p.sheet === want.sheet) && (want.cell === undefined || p.cell === want.cell),
    );
    expect(located.length, `a ${want.codes.join('|')} at ${want.file} ${want.sheet ?? ''} ${want.cell ?? ''} among:\n${summary}`).toBeGreaterThan(0);
  }
  // Nothing of the shared base is blamed: the only problems are in the case's own files.
  const own = new Set([...Object.keys(c.files), ...Object.keys(c.base ?? {}).map((n) => n.replace(/^shared:/, ''))]);
  for (const p of report.problems) expect(own.has(p.file) || p.file.startsWith(want.file), `${p.code} in ${p.file} comes from the case, not the base`).toBe(true);
}

/** Code per case, for the summary table. */
const produced = new Map<Case, string>();
function remember(c: Case, report: Report, run?: Run): void {
  const codes = [...new Set(report.problems.filter((p) => p.file === c.expect.file || Object.hasOwn(c.files, p.file)).map((p) => p.code))];
  const cost = run ? `  [${(run.ms / 1000).toFixed(1)} s, ${Math.round(run.rssMb ?? 0)} MB]` : '';
  produced.set(c, (codes.join(', ') || '(none)') + cost);
}

const groups = [...new Set(cases.map((c) => c.group))];

/** CLI runs, started together when the file starts and awaited by each test. */
const cliRuns = new Map<Case, Promise<Run>>();
for (const c of cases.filter((x) => x.cli)) cliRuns.set(c, pooled(async () => run('scripts/check.ts', ['--data', await folder(c.files, c.base), '--json'])));
/** The test waits for its turn in the pool; the child itself is killed after CASE_TIMEOUT_MS. */
const QUEUE_TIMEOUT_MS = 240_000;

describe('the hostile corpus', () => {
  it('has at least 100 cases, every class represented', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(100);
    expect(groups.length).toBeGreaterThanOrEqual(15);
  });

  for (const group of groups) {
    describe(group, () => {
      for (const c of cases.filter((x) => x.group === group)) {
        if (c.cli) {
          it(`${c.name} (CLI)`, async () => {
            const r = await cliRuns.get(c)!;
            expect(r.signal, `killed after ${r.ms} ms: a hang`).toBeNull();
            expectNoCrashText(r.stdout);
            expectNoCrashText(r.stderr);
            expect(r.stderr.trim()).toBe('');
            const report = JSON.parse(r.stdout) as Report;
            expectReport(c, report, r.code!);
            expect(r.rssMb, 'peak RSS reported').toBeDefined();
            expect(r.rssMb!).toBeLessThan(MAX_RSS_MB);
            remember(c, report, r);
          }, QUEUE_TIMEOUT_MS);
        } else {
          it(c.name, async () => {
            const dir = await folder(c.files, c.base);
            const result = await ingest(dir, { requireConfig: false });
            const report = buildReport(result, 'sv');
            expectReport(c, report, report.ok ? 0 : 1);
            if (c.expect.severity === 'error') expect(result.dataset).toBeUndefined();
            remember(c, report);
          });
        }
      }
    });
  }
});

/** sha256 of every file in a tree, by relative path. */
async function treeHash(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
  for (const abs of entries) hash.update(abs.slice(dir.length)).update('\0').update(await readFile(abs)).update('\0');
  return hash.digest('hex');
}

describe('a failed build publishes nothing and keeps the previous output', () => {
  const sample = cases.filter((c) => c.build);
  let template = '';
  let before = { data: '', dist: '' };
  const builds = new Map<Case, Promise<{ r: Run; data: string; dist: string }>>();

  beforeAll(async () => {
    const good = await folder(GOOD);
    template = join(work, 'good-out');
    const r = await pooled(() => run('scripts/build.ts', ['--data', good, '--out', template, '--quiet']));
    expect(r.code, r.stdout + r.stderr).toBe(0);
    before = { data: await treeHash(join(template, 'data')), dist: await treeHash(join(template, 'dist')) };
    // Each bad build gets a copy of the good output to (fail to) replace.
    for (const c of sample) {
      builds.set(
        c,
        pooled(async () => {
          const out = join(work, `out-${++folders}`);
          await cp(template, out, { recursive: true });
          const r = await run('scripts/build.ts', ['--data', await folder(c.files, c.base), '--out', out, '--quiet']);
          const hashes = { r, data: await treeHash(join(out, 'data')), dist: await treeHash(join(out, 'dist')) };
          await rm(out, { recursive: true, force: true });
          return hashes;
        }),
      );
    }
  }, QUEUE_TIMEOUT_MS);

  it('samples at least one error case per class', () => {
    const errorGroups = new Set(cases.filter((c) => c.expect.severity === 'error').map((c) => c.group));
    expect(new Set(sample.map((c) => c.group))).toEqual(errorGroups);
  });

  for (const c of sample) {
    it(`${c.group}: ${c.name}`, async () => {
      const { r, data, dist } = await builds.get(c)!;
      expect(r.signal, 'no hang').toBeNull();
      expect(r.code).not.toBe(0);
      expect(r.code).not.toBe(3); // 3 is the CLI's "internal error"
      expectNoCrashText(r.stdout + r.stderr);
      expect(data, 'OUT/data unchanged').toBe(before.data);
      expect(dist, 'OUT/dist unchanged').toBe(before.dist);
      expect(existsSync(join(ROOT, 'build', `.staging-${r.pid}`)), 'no staging folder left behind').toBe(false);
      expect(r.rssMb!).toBeLessThan(MAX_RSS_MB);
    }, QUEUE_TIMEOUT_MS);
  }
});

afterAll(() => {
  // The summary for the closing note: cases per class and the codes each produced.
  const lines = ['', `Hostile corpus: ${cases.length} cases`, ''];
  for (const group of groups) {
    const inGroup = cases.filter((c) => c.group === group);
    lines.push(`${group} (${inGroup.length})`);
    for (const c of inGroup) lines.push(`  ${c.name.padEnd(58).slice(0, 58)} ${c.cli ? 'cli' : '   '} → ${produced.get(c) ?? '(not run)'}`);
  }
  console.log(lines.join('\n'));
});
