// Every built page passes the W3C Nu Html Checker (vnu.jar, the checker behind validator.w3.org/nu)
// with zero errors: both sites, all HTML files, one JVM start.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { htmlFiles, pageTemplates } from '../support/siteTemplates.ts';
import { siteUnderTest, type SiteName } from '../support/siteUnderTest.ts';

const VNU = fileURLToPath(new URL('../../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url));

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

/**
 * vnu needs a deep stack for its HTML schema (it says so: at least 512k); the C1-only JIT
 * cuts its start-up CPU time by about two thirds on a short run like this one.
 */
const JAVA_OPTIONS = ['-Xss4m', '-XX:TieredStopAtLevel=1'];

const MISSING_JAVA = 'Java is missing: the W3C HTML checker (vnu.jar) needs it. Install it with `apt-get install -y default-jre-headless` (as root), or run `.ci/run`, which does.';

/** Runs vnu once over all files; its JSON report goes to stderr, and it exits 1 when there are errors. */
function vnu(files: string[]): Promise<VnuMessage[]> {
  return new Promise((resolve, reject) => {
    execFile('java', [...JAVA_OPTIONS, '-jar', VNU, '--format', 'json', '--errors-only', ...files], { maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') return reject(new Error(MISSING_JAVA));
      try {
        resolve((JSON.parse(stderr) as { messages: VnuMessage[] }).messages);
      } catch {
        reject(new Error(`vnu.jar gave no JSON report (${error?.message ?? 'exit 0'}):\n${stderr.slice(0, 2000)}`));
      }
    });
  });
}

function formatMessages(messages: VnuMessage[]): string {
  return messages
    .map((m) => `  ${(m.url ?? '').replace(/^file:/, '')}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'} ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message}${m.extract ? `\n      ${JSON.stringify(m.extract)}` : ''}`)
    .join('\n');
}

/** A page with known errors: no <title>, a </p> with no open <p> (the <div> closed it), an <img> without alt. */
const BROKEN = '<!doctype html><html lang="sv"><head><meta charset="utf-8"></head><body><p><div>x</div></p><img src="a.png"></body></html>';

const SITES: SiteName[] = ['example', 'injection'];

// One JVM start for everything (the self-test page and both sites): vnu.jar takes seconds to start.
let messages: VnuMessage[] = [];
let vnuError: Error | undefined;
const checked = new Map<string, string[]>();
const tmp = mkdtempSync(join(tmpdir(), 'oppna-vnu-'));
const brokenFile = join(tmp, 'broken.html');

beforeAll(async () => {
  writeFileSync(brokenFile, BROKEN);
  const files = [brokenFile];
  for (const name of SITES) {
    const site = inject('sites')[name];
    if (site.error) continue; // that site's test fails with the build's own message
    const paths = htmlFiles(site).map((file) => join(site.dist, file));
    checked.set(name, paths);
    files.push(...paths);
  }
  try {
    messages = await vnu(files);
  } catch (error) {
    vnuError = error as Error;
  }
}, 180_000);

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** Messages about one file ('non-document-error' is vnu failing to read it: that counts too). */
function errorsIn(file: string): VnuMessage[] {
  const url = pathToFileURL(file).href;
  return messages.filter((m) => m.type !== 'info' && (m.url === url || m.url === `file:${file}`));
}

describe('the W3C Nu Html Checker harness', () => {
  it('finds the errors in a broken page (self-test)', () => {
    if (vnuError) throw vnuError;
    expect(errorsIn(brokenFile).length).toBeGreaterThanOrEqual(3);
  });
});

describe.each(SITES)('the %s site', (name) => {
  it('passes vnu.jar with zero errors on every HTML page', () => {
    expect(existsSync(VNU), `${VNU} is missing: run npm install`).toBe(true);
    const site = siteUnderTest(name);
    if (vnuError) throw vnuError;
    const files = htmlFiles(site);
    // All templates must be among the checked files, or the check proves little.
    if (name === 'example') {
      for (const template of pageTemplates(site)) {
        const file = template.path.endsWith('/') ? `${template.path.slice(1)}index.html` : template.path.slice(1);
        expect(files, `the ${template.name} page`).toContain(file);
      }
    }
    const errors = (checked.get(name) ?? []).flatMap(errorsIn);
    console.log(`[html] ${name}: ${files.length} HTML files checked by vnu.jar, ${errors.length} errors`);
    expect(errors.length, `vnu.jar errors in the ${name} site:\n${formatMessages(errors)}`).toBe(0);
  });
});
