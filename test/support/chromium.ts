import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer, type LaunchOptions } from 'playwright-core';

/** Debian's Chromium: nothing can download a browser of its own on these machines. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Without the background-networking flags Chromium floods the closed network with connections. */
export const CHROMIUM_LAUNCH: LaunchOptions = {
  executablePath: CHROMIUM_PATH,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-quic',
  ],
};

export const MISSING_CHROMIUM =
  `Chromium is missing at ${CHROMIUM_PATH}: the browser tests (axe, injection) cannot run. ` +
  'Install it with `apt-get update && apt-get install -y chromium` (as root), or run `.ci/run`, which does.';

export function hasChromium(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** One browser for the whole run: launched by the global setup, tests connect to it over a websocket. */
export async function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer({ ...CHROMIUM_LAUNCH, host: '127.0.0.1' });
}

/** Connects to the shared browser; fails (never skips) with a clear message when there is none. */
export async function connectBrowser(wsEndpoint: string, launchError: string): Promise<Browser> {
  if (!wsEndpoint) throw new Error(launchError || MISSING_CHROMIUM);
  return chromium.connect(wsEndpoint);
}
