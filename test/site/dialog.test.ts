// The dialogue as built: pages, calendars, the outcome feed, API documents and the CSP, checked
// against the example's own spreadsheets read here INDEPENDENTLY (SheetJS, papaparse — not the
// pipeline); and the reply form in real Chromium, posted with JavaScript off to a local endpoint
// on 127.0.0.1, posted in place by the script with it on, and refused when the honeypot is filled.
import * as XLSX from '@e965/xlsx';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectBrowser } from '../support/chromium.ts';
import { receivedPosts } from '../support/formEndpoint.ts';
import { parseCalendar as calendar } from '../support/icalendar.ts';
import { attr, scanTags } from '../support/htmlScan.ts';
import { pageWeight } from '../support/pageWeight.ts';
import { siteUnderTest } from '../support/siteUnderTest.ts';
import { childrenNamed, childText, parseXml } from '../opendata/feedsXml.ts';
import { endpointSource } from '../../src/dialog/form/replyForm.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
/** The example's reply endpoint as its CSP names it. */
const ENDPOINT = endpointSource(JSON.parse(readFileSync(join(ROOT, 'data/site.json'), 'utf8')).feedback)!;


const read = (dist: string, path: string) => readFileSync(join(dist, path), 'utf8');
const text = (html: string) => html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/[ \t\r\n]+/g, ' ');

/** The example's dialogue log, read straight from the workbook. */
interface SourceDialogue {
  id: string;
  title: string;
  /** YYYY-MM-DD or YYYY-MM-DDTHH:MM */
  start: string;
  end?: string;
  status: string;
  participants?: number;
  areas: string[];
  indicators: string[];
}

function sourceLog(): { asOf: string; dialogues: SourceDialogue[] } {
  const wb = XLSX.read(readFileSync(join(ROOT, 'data/dialog/dialoglogg.xlsx')), { type: 'buffer' });
  const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets.Dialoger, { header: 1, raw: true, defval: null });
  const when = (v: unknown): string | undefined => {
    if (typeof v !== 'number') return undefined;
    const d = XLSX.SSF.parse_date_code(v);
    const date = `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
    return d.H || d.M ? `${date}T${String(d.H).padStart(2, '0')}:${String(d.M).padStart(2, '0')}` : date;
  };
  const asOf = when(rows.find((r) => r[0] === 'Senast uppdaterad')?.[1])!;
  const h = rows.findIndex((r) => r[0] === 'Dialog-id');
  const col = (name: string) => (rows[h] as string[]).indexOf(name);
  const list = (v: unknown) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()) : []);
  return {
    asOf,
    dialogues: rows.slice(h + 1).filter((r) => r[0]).map((r) => ({
      id: String(r[0]), title: String(r[col('Titel')]), start: when(r[col('Start')])!, end: when(r[col('Slut')]), status: String(r[col('Status')]),
      participants: typeof r[col('Antal deltagare')] === 'number' ? (r[col('Antal deltagare')] as number) : undefined,
      areas: list(r[col('Verksamhetsområden')]), indicators: list(r[col('Mått-id')]),
    })),
  };
}

describe('the dialogue of the example site', () => {
  const site = () => siteUnderTest('example');
  const source = sourceLog();
  const coming = source.dialogues.filter((d) => (d.end ?? d.start).slice(0, 10) >= source.asOf).map((d) => d.id).sort();

  it('has a page per dialogue of the log, and /dialog/ lists what is coming by the log\'s own date', () => {
    const { dist } = site();
    for (const d of source.dialogues) expect(text(read(dist, `dialog/${d.id}/index.html`)), d.id).toContain(d.title);
    const index = read(dist, 'dialog/index.html');
    const upcoming = /<ul class="dialogue-list" data-upcoming>([\s\S]*?)<\/ul>/.exec(index)?.[1] ?? '';
    expect([...upcoming.matchAll(/data-dialogue="([^"]+)"/g)].map((m) => m[1]).sort()).toEqual(coming);
    expect(coming.length).toBeGreaterThan(2);
    expect(text(index)).toContain('Enligt dialogloggen 15 oktober 2025.');
  });

  it('counts per year the dialogues held and their participants as the log says', () => {
    const table = read(site().dist, 'dialog/index.html').match(/<table data-year-counts>[\s\S]*?<\/table>/)![0];
    for (const year of ['2024', '2025']) {
      const held = source.dialogues.filter((d) => d.start.startsWith(year) && (d.end ?? d.start).slice(0, 10) < source.asOf);
      const participants = held.reduce((sum, d) => sum + (d.participants ?? 0), 0);
      const reported = held.filter((d) => d.status === 'återkopplad').length;
      const cells = [...table.matchAll(new RegExp(`<td class="num" data-year="${year}">([^<]*)`, 'g'))].map((m) => m[1].replace(/\u00a0/g, ' '));
      expect(cells.slice(0, 3), year).toEqual([String(held.length), participants.toLocaleString('sv-SE').replace(/\u00a0/g, ' '), String(reported)]);
    }
  });

  it('the calendars parse with ical.js and hold exactly the coming dialogues, with stable UIDs and Swedish times', () => {
    const { dist } = site();
    const all = calendar(read(dist, 'dialog/kalender.ics'));
    expect(all.events.map((e) => e.uid.replace(/@resultat\.exempelkommun\.se$/, '')).sort()).toEqual(coming);
    for (const e of all.events) {
      const d = source.dialogues.find((s) => `${s.id}@resultat.exempelkommun.se` === e.uid)!;
      expect(e.summary).toBe(d.title);
      expect(e.component.getFirstPropertyValue('dtstamp')!.toString()).toBe(`${source.asOf}T00:00:00Z`);
      if (d.start.length > 10) {
        expect(e.startDate.zone?.tzid).toBe('Europe/Stockholm');
        // The wall-clock time in Stockholm is the log's time.
        const local = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'short', timeStyle: 'short' }).format(e.startDate.toJSDate());
        expect(local.replace(' ', 'T')).toBe(d.start);
      } else expect(e.startDate.toString()).toBe(d.start);
    }
    // One calendar per operating area, each with the coming dialogues that concern it.
    const files = readdirSync(join(dist, 'dialog/kalender')).sort();
    expect(files.length).toBeGreaterThan(3);
    const perArea = files.flatMap((f) => calendar(read(dist, `dialog/kalender/${f}`)).events.map((e) => e.uid));
    expect(new Set(perArea)).toEqual(new Set(all.events.map((e) => e.uid)));
    for (const id of coming) expect(calendar(read(dist, `dialog/${id}/kalender.ics`)).events.map((e) => e.uid)).toEqual([`${id}@resultat.exempelkommun.se`]);
  });

  it("an operating area's page lists its coming dialogues, the same as its calendar", () => {
    const { dist } = site();
    const html = read(dist, 'omraden/grundskola/index.html');
    const listed = [...(/data-area-dialogues>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '').matchAll(/data-dialogue="([^"]+)"/g)].map((m) => m[1]);
    // The school results meeting concerns N15428, a Grundskola indicator, so it is on the area's page.
    expect(listed).toContain('2025-resultatdialog-skolan');
    expect(listed.map((id) => `${id}@resultat.exempelkommun.se`).sort()).toEqual(calendar(read(dist, 'dialog/kalender/grundskola.ics')).events.map((e) => e.uid).sort());
    expect(html).toContain('href="/dialog/kalender/grundskola.ics"');
  });

  it('the Atom feed has one entry per dialogue reported back, linking its page', () => {
    const { dist } = site();
    const feed = parseXml(read(dist, 'dialog/flode.xml'));
    const entries = childrenNamed(feed, 'entry');
    expect(entries.map((e) => childText(e, 'title')).sort()).toEqual(source.dialogues.filter((d) => d.status === 'återkopplad').map((d) => d.title).sort());
    for (const e of entries) {
      const href = childrenNamed(e, 'link')[0].attributes.get('href')!;
      expect(existsSync(join(dist, href.replace('https://resultat.exempelkommun.se/', ''), 'index.html')), href).toBe(true);
      expect(childText(e, 'summary')).toMatch(/^Vi hörde: [\s\S]+Vi gjorde: /);
    }
  });

  it('publishes the log, the questions and the priorities as API documents linked from the API index, and as bulk tables', () => {
    const { dist, data } = site();
    const index = JSON.parse(read(dist, 'api/v1/index.json')) as { links: { dialog: Record<string, string> } };
    expect(Object.keys(index.links.dialog).sort()).toEqual(['calendar', 'dialogues', 'feed', 'page', 'priorities', 'questions']);
    for (const url of Object.values(index.links.dialog)) {
      const path = url.replace('https://resultat.exempelkommun.se/', '');
      expect(existsSync(join(dist, path.endsWith('/') ? `${path}index.html` : path)), url).toBe(true);
    }
    const api = JSON.parse(read(dist, 'api/v1/dialog/dialogues.json')) as { id: string }[];
    expect(api).toEqual(JSON.parse(readFileSync(join(data, 'dialog/dialogues.json'), 'utf8')));
    expect(api.map((d) => d.id).sort()).toEqual(source.dialogues.map((d) => d.id).sort());
    const csv = Papa.parse<Record<string, string>>(read(dist, 'oppna-data/dialoger.csv'), { header: true, skipEmptyLines: true }).data;
    expect(csv.map((r) => r.dialog_id).sort()).toEqual(source.dialogues.map((d) => d.id).sort());
    const questions = Papa.parse<string[]>(readFileSync(join(ROOT, 'data/dialog/fragor-och-svar.csv'), 'utf8').replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true }).data.slice(1);
    expect(Papa.parse(read(dist, 'oppna-data/dialogfragor.csv'), { header: true, skipEmptyLines: true }).data).toHaveLength(questions.length);
    // The bulk zip's JSON of each table is the API's document, byte for byte.
    const zip = unzipSync(new Uint8Array(readFileSync(join(dist, 'oppna-data/alla-resultat.zip'))));
    for (const [table, api] of [['dialoger', 'dialogues'], ['dialogfragor', 'questions'], ['dialogprioriteringar', 'priorities']]) {
      expect(strFromU8(zip[`${table}.json`]), table).toBe(read(dist, `api/v1/dialog/${api}.json`));
      expect(strFromU8(zip[`${table}.csv`]), table).toBe(read(dist, `oppna-data/${table}.csv`));
    }
  });

  it('lists the three tables on /oppna-data/ and in the DCAT catalogue, every file they name there', () => {
    const { dist } = site();
    const page = scanTags(read(dist, 'oppna-data/index.html'));
    // Beside the other sections' datasets (the finances …).
    expect(page.filter((t) => t.name === 'article').map((t) => attr(t, 'data-section-dataset') ?? '').filter((key) => key.startsWith('dialog'))).toEqual(['dialoger', 'dialogfragor', 'dialogprioriteringar']);
    const rdf = read(dist, 'oppna-data/dcat.rdf');
    for (const key of ['dialoger', 'dialogfragor', 'dialogprioriteringar']) expect(rdf).toContain(`<dcat:dataset rdf:resource="https://resultat.exempelkommun.se/oppna-data/dcat.rdf#dataset-section.${key}"/>`);
    const urls = [...rdf.matchAll(/<dcat:downloadURL rdf:resource="https:\/\/resultat\.exempelkommun\.se\/((?:oppna-data\/dialog|api\/v1\/dialog)[^"]*)"/g)].map((m) => m[1]);
    expect(urls.length).toBe(6);
    for (const url of urls) expect(existsSync(join(dist, url)), url).toBe(true);
  });

  it("shows on an indicator's page its questions and answers, its dialogues and how many said it matters", () => {
    const { dist } = site();
    const html = read(dist, 'matt/N15428/index.html');
    const questions = Papa.parse<string[]>(readFileSync(join(ROOT, 'data/dialog/fragor-och-svar.csv'), 'utf8').replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true }).data.filter((r) => r[0] === 'N15428');
    expect(questions.length).toBeGreaterThan(1);
    for (const q of questions) expect(text(html)).toContain(q[2]);
    for (const d of source.dialogues.filter((s) => s.indicators.includes('N15428'))) expect(html).toContain(`data-dialogue="${d.id}"`);
    const wb = XLSX.read(readFileSync(join(ROOT, 'data/dialog/prioriteringar.xlsx')), { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets.Prioriteringar, { header: 1, raw: true });
    const count = rows.filter((r) => r[0] === 2025 && r[1] === 'N15428').reduce((sum, r) => sum + (r[3] as number), 0);
    expect(html).toContain(`data-matters-count="${count}"`);
  });

  it('lets forms post to the site and to exactly the configured endpoint, in every page\'s CSP and in the deploy headers', () => {
    const { dist } = site();
    const pages = ['index.html', 'matt/N15428/index.html', 'dialog/index.html', 'sok/index.html'];
    for (const page of pages) {
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(read(dist, page))![1];
      expect(csp, page).toContain(`form-action 'self' ${ENDPOINT};`);
      expect(csp, page).toContain(`connect-src 'self' ${ENDPOINT};`);
    }
    const form = scanTags(read(dist, 'matt/N15428/index.html')).filter((t) => t.name === 'form' && attr(t, 'method') === 'post');
    expect(form.map((f) => attr(f, 'action'))).toEqual([ENDPOINT, ENDPOINT]);
    for (const file of ['deploy/headers/_headers', 'deploy/headers/_headers.cloudflare', 'deploy/nginx.conf']) {
      const policies = [...readFileSync(join(ROOT, file), 'utf8').matchAll(/form-action ([^;"\n]+)/g)].map((m) => m[1].trim());
      expect(policies.length, file).toBeGreaterThan(0);
      expect(new Set(policies), file).toEqual(new Set([`'self' ${ENDPOINT}`]));
    }
  });

  it('keeps the dialogue pages within the page weight limits, and the reply script under 3 KB gzipped', () => {
    const { dist } = site();
    const paths = ['/dialog/', '/dialog/alla/', '/dialog/fungerar-dialogen/', '/dialog/tack/', '/dialog/2025-budgetdialog/', '/matt/N15428/'];
    const weights = paths.map((p) => pageWeight(dist, p));
    console.log(`[weight] dialogue pages (gzip -9): ${weights.map((w) => `${w.page} ${(w.total / 1024).toFixed(1)} KB (js ${(w.js / 1024).toFixed(1)} KB)`).join(', ')}`);
    expect(weights.flatMap((w) => w.problems)).toEqual([]);
    for (const w of weights) {
      expect(w.total, w.page).toBeLessThan(60 * 1024);
      expect(w.js, w.page).toBeLessThan(10 * 1024);
    }
    const island = scanTags(read(dist, 'matt/N15428/index.html')).filter((t) => t.name === 'script' && (t.text ?? '').includes('data-reply-form'));
    expect(island).toHaveLength(1);
    const size = gzipSync(island[0].text!, { level: 9 }).length;
    console.log(`[weight] reply script: ${island[0].text!.length} B raw, ${size} B gzipped`);
    expect(size).toBeLessThanOrEqual(3 * 1024);
    // Dialogue pages without a form carry no script of the dialogue.
    expect(read(dist, 'dialog/index.html')).not.toContain('data-reply-form');
  });
});

describe('hostile text in the dialogue (injection site)', () => {
  const S = '<script>window.__pwned=1</script>';
  const A = '"><svg onload=window.__pwned=1>';
  const ICS = 'a\\b; c, d';

  it('comes back from the calendar literally, through ical.js', () => {
    const { events } = calendar(read(siteUnderTest('injection').dist, 'dialog/kalender.ics'));
    expect(events).toHaveLength(1);
    expect(events[0].summary).toBe(`Dialog ${S} ${ICS}`);
    expect(events[0].location).toBe(`Plats ${A} ${ICS}`);
    expect(events[0].description).toContain(`Fråga ${S} ${ICS}\nnästa rad`);
    expect(events[0].description).toContain('Nämnd </script><script>window.__pwned=1</script>');
  });

  it('comes back from the Atom feed as text, the XML well-formed', () => {
    const feed = parseXml(read(siteUnderTest('injection').dist, 'dialog/flode.xml'));
    const [entry] = childrenNamed(feed, 'entry');
    expect(childText(entry, 'title')).toBe(`Återkopplad ${A}`);
    expect(childText(entry, 'summary')).toBe(`Vi hörde: Hörde ${S} ${ICS}\nnästa rad\n\nVi gjorde: Gjorde ${A} ${ICS}\nnästa rad\n\nBeslut: KF </script><script>window.__pwned=1</script>`);
  });
});

describe('the reply form in Chromium (injection site, posting to a local endpoint)', () => {
  let browser: Browser;
  let endpoint = '';
  beforeAll(async () => {
    browser = await connectBrowser(inject('browserWsEndpoint'), inject('browserError'));
    endpoint = inject('formEndpoint');
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(javaScriptEnabled: boolean): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`${siteUnderTest('injection').url}/matt/INJ-01/`, { waitUntil: 'load' });
    return { context, page };
  }
  const arrived = async (marker: string) => (await receivedPosts(endpoint)).filter((p) => p.fields.some(([, v]) => v.includes(marker)));

  it('with JavaScript off, a comment reaches the endpoint with exactly the expected fields', async () => {
    const { context, page } = await open(false);
    try {
      const marker = `utan skript ${Date.now()}`;
      await page.getByLabel('Din synpunkt eller fråga om måttet').fill(`Bra mått, ${marker}; & < > "citat"`);
      await Promise.all([page.waitForURL(`${endpoint}/tyck-till`), page.getByRole('button', { name: 'Skicka synpunkten' }).click()]);
      expect(await page.locator('h1').textContent()).toContain('Tack');
      const posts = await arrived(marker);
      expect(posts).toHaveLength(1);
      expect(posts[0].path).toBe('/tyck-till');
      expect(posts[0].contentType).toBe('application/x-www-form-urlencoded');
      expect(posts[0].fields).toEqual([
        ['matt', 'INJ-01'],
        ['sida', 'https://injektion.example.org/matt/INJ-01/'],
        ['typ', 'synpunkt'],
        ['tack', 'https://injektion.example.org/dialog/tack/'],
        ['meddelande', `Bra mått, ${marker}; & < > "citat"`],
        ['webbplats', ''],
      ]);
    } finally {
      await context.close();
    }
  });

  it('with JavaScript off, "this matters to me" is sent with its own kind and an optional text', async () => {
    const { context, page } = await open(false);
    try {
      const before = (await receivedPosts(endpoint)).length;
      await Promise.all([page.waitForURL(`${endpoint}/tyck-till`), page.getByRole('button', { name: 'Ja, det här är viktigt för mig' }).click()]);
      const posts = (await receivedPosts(endpoint)).slice(before);
      expect(posts.map((p) => p.fields)).toEqual([[['matt', 'INJ-01'], ['sida', 'https://injektion.example.org/matt/INJ-01/'], ['typ', 'viktigt'], ['tack', 'https://injektion.example.org/dialog/tack/'], ['meddelande', ''], ['webbplats', '']]]);
    } finally {
      await context.close();
    }
  });

  it('with JavaScript on, the script posts in place and says it was sent', async () => {
    const { context, page } = await open(true);
    try {
      const marker = `med skript ${Date.now()}`;
      const field = page.getByLabel('Din synpunkt eller fråga om måttet');
      await field.fill(marker);
      await expect.poll(() => page.locator('[data-reply-limit]').first().textContent()).toContain('tecken kvar');
      await page.getByRole('button', { name: 'Skicka synpunkten' }).click();
      await expect.poll(() => page.locator('[data-reply-status]').first().textContent()).toBe('Tack! Ditt svar har skickats.');
      expect(new URL(page.url()).pathname).toBe('/matt/INJ-01/');
      const posts = await arrived(marker);
      expect(posts).toHaveLength(1);
      expect(posts[0].fields.map(([name]) => name)).toEqual(['matt', 'sida', 'typ', 'tack', 'meddelande', 'webbplats']);
      expect(await field.inputValue()).toBe('');
    } finally {
      await context.close();
    }
  });

  it('with the honeypot filled in, the script refuses to send', async () => {
    const { context, page } = await open(true);
    try {
      const marker = `honung ${Date.now()}`;
      const before = (await receivedPosts(endpoint)).length;
      await page.getByLabel('Din synpunkt eller fråga om måttet').fill(marker);
      // A bot fills every field it finds, the hidden one too.
      await page.locator('#synpunkt-hp').evaluate((input: HTMLInputElement) => (input.value = 'https://spam.example'));
      await page.getByRole('button', { name: 'Skicka synpunkten' }).click();
      await expect.poll(() => page.locator('[data-reply-status]').first().textContent()).toContain('skickades inte');
      await page.waitForTimeout(300);
      expect((await receivedPosts(endpoint)).length).toBe(before);
      expect(new URL(page.url()).pathname).toBe('/matt/INJ-01/');
    } finally {
      await context.close();
    }
  });

  it('with JavaScript off, the dialogue pages show everything (nothing is rendered by script)', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${siteUnderTest('example').url}/dialog/`, { waitUntil: 'load' });
      expect(await page.locator('[data-upcoming] [data-dialogue]').count()).toBeGreaterThan(2);
      expect(await page.locator('[data-outcomes] [data-dialogue]').count()).toBeGreaterThan(2);
      expect(await page.locator('table[data-priorities]').first().isVisible()).toBe(true);
      await page.goto(`${siteUnderTest('example').url}/matt/N15428/`, { waitUntil: 'load' });
      expect(await page.locator('article.qa').count()).toBeGreaterThan(1);
      expect(await page.locator('form[data-reply-form] textarea').count()).toBe(2);
    } finally {
      await context.close();
    }
  });

  it('the honeypot is out of sight and out of the tab order, and nothing asks for a name, e-mail or phone', async () => {
    const { context, page } = await open(false);
    try {
      const hp = page.locator('#synpunkt-hp');
      expect(await hp.getAttribute('type')).toBe('text');
      expect(await hp.getAttribute('tabindex')).toBe('-1');
      const box = await hp.boundingBox();
      expect(box === null || box.x + box.width <= 0).toBe(true);
      const fields = await page.locator('form[data-reply-form]').first().locator('input, textarea').evaluateAll((els) => els.map((e) => `${e.getAttribute('type') ?? e.tagName.toLowerCase()} ${e.getAttribute('name')}`));
      expect(fields).toEqual(['hidden matt', 'hidden sida', 'hidden typ', 'hidden tack', 'textarea meddelande', 'text webbplats']);
      expect(await page.getByText('Skriv inga personuppgifter').count()).toBeGreaterThan(0);
      expect(await page.getByText('Högst 2 000 tecken.').count()).toBe(2);
    } finally {
      await context.close();
    }
  });
});
