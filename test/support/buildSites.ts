// vitest globalSetup of the "site" project: builds the example site and the hostile
// injection site ONCE per run with the real CLI, serves both on 127.0.0.1 and starts
// one Chromium for every browser test. Tests get the paths and URLs through inject().
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { hasChromium, launchBrowserServer, MISSING_CHROMIUM } from './chromium.ts';
import { runBuild } from './runBuild.ts';
import { serveStatic, type StaticServer } from './serveStatic.ts';
import { startFormEndpoint } from './formEndpoint.ts';
import type { SiteName, SiteUnderTest } from './siteUnderTest.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Data folders (relative to the project root, as a controller would pass them). */
const SOURCES: Record<SiteName, string> = {
  example: 'data',
  injection: 'test/fixtures/injection',
};

/**
 * A copy of a data folder whose site.json sends replies to the local test endpoint (its form
 * tests post there, and the endpoint answers CORS, so the script posts in place too).
 */
function withFormEndpoint(source: string, copy: string, endpoint: string): string {
  cpSync(join(ROOT, source), copy, { recursive: true });
  const file = join(copy, 'site.json');
  const site = JSON.parse(readFileSync(file, 'utf8'));
  site.feedback = { ...site.feedback, form: { action: `${endpoint}/tyck-till`, postInPlace: true, thankYouUrl: `${site.baseUrl}dialog/tack/` } };
  writeFileSync(file, JSON.stringify(site, null, 2));
  return copy;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Outside CI a developer may reuse earlier builds to iterate quickly; CI always builds afresh.
  const reuse = process.env.CI ? '' : (process.env.OPPNA_TEST_REUSE_BUILD ?? '');
  const tmp = reuse ? resolve(reuse) : mkdtempSync(join(tmpdir(), 'oppna-site-test-'));
  const servers: StaticServer[] = [];
  let browser: BrowserServer | undefined;

  // The injection site's replies go to a local endpoint, so a browser can post its form for real.
  const endpoint = await startFormEndpoint();
  const sites = {} as Record<SiteName, SiteUnderTest>;
  for (const name of Object.keys(SOURCES) as SiteName[]) {
    const out = join(tmp, name);
    const source = name === 'injection' ? withFormEndpoint(SOURCES[name], join(tmp, 'injection-data'), endpoint.url) : SOURCES[name];
    const site: SiteUnderTest = { name, source: join(ROOT, SOURCES[name]), out, dist: join(out, 'dist'), data: join(out, 'data'), url: '', error: '' };
    // The injection site is always built: its form posts to this run's endpoint, on a new port.
    if (reuse && name !== 'injection' && existsSync(join(site.dist, 'index.html'))) {
      console.log(`[site tests] reusing ${site.dist}`);
    } else {
      const result = await runBuild(ROOT, source, out);
      console.log(`[site tests] npm run build -- --data ${SOURCES[name]} --out ${out}: ${result.ok ? 'ok' : 'FAILED'} in ${(result.ms / 1000).toFixed(1)} s`);
      if (!result.ok) {
        site.error = `npm run build -- --data ${SOURCES[name]} --out ${out} failed:\n${result.output.slice(-6000)}`;
        console.error(`[site tests] ${site.error}`);
      } else if (!existsSync(join(site.dist, 'index.html'))) {
        site.error = `the build of ${SOURCES[name]} succeeded but wrote no ${join(site.dist, 'index.html')}:\n${result.output.slice(-3000)}`;
      }
    }
    if (!site.error) {
      const server = await serveStatic(site.dist);
      servers.push(server);
      site.url = server.url;
    }
    sites[name] = site;
  }

  let browserError = '';
  if (!hasChromium()) {
    browserError = MISSING_CHROMIUM;
    console.error(`[site tests] ${MISSING_CHROMIUM}`);
  } else {
    try {
      browser = await launchBrowserServer();
    } catch (error) {
      browserError = `Chromium did not start: ${(error as Error).message}`;
    }
  }

  project.provide('sites', sites);
  project.provide('formEndpoint', endpoint.url);
  project.provide('browserWsEndpoint', browser?.wsEndpoint() ?? '');
  project.provide('browserError', browserError);

  return async () => {
    await browser?.close();
    await Promise.all([...servers.map((server) => server.close()), endpoint.close()]);
    if (!reuse && !process.env.OPPNA_TEST_KEEP_BUILD) rmSync(tmp, { recursive: true, force: true });
  };
}
