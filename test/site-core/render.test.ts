// Renders the hand-written fixture with the real Astro build and checks what the indicator page
// promises: latest value, change in words, target status, status symbols with explanations,
// the unit table and its sorted pages, downloads, feedback and provenance.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
// Inside the project on purpose: Astro puts its prerender chunks next to an outDir within the
// working directory, but in one shared .astro/ folder otherwise, where parallel builds collide.
let tmp = '';
let dist = '';
let buildError = '';
// A second site: published under a sub-path, feedback by e-mail only, no region or similar
// municipalities, and one indicator without any observations.
let variantDist = '';
let variantError = '';
const page = (path: string) => readFileSync(join(dist, path), 'utf8');
const variantPage = (path: string) => readFileSync(join(variantDist, path), 'utf8');

function astroBuild(dataDir: string, outDir: string): Promise<string> {
  return new Promise((resolve) => {
    execFile(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
      cwd: ROOT,
      env: { ...process.env, OPPNA_DATA_DIR: dataDir, ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 32 * 1024 * 1024,
    }, (error, stdout, stderr) => {
      resolve(error ? `astro build failed: ${error.message}\n${stdout.slice(-3000)}\n${stderr.slice(-3000)}` : '');
    });
  });
}
// Collapse ASCII white space only: \s would also eat the no-break spaces the formatting promises.
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/[ \t\r\n]+/g, ' ');

beforeAll(async () => {
  tmp = mkdtempSync(join(ROOT, '.tmp-site-core-'));
  dist = join(tmp, 'dist');
  buildError = await astroBuild(join(ROOT, 'test/fixtures/site-data'), dist);

  const data = join(tmp, 'data');
  cpSync(join(ROOT, 'test/fixtures/site-data'), data, { recursive: true });
  const site = JSON.parse(readFileSync(join(data, 'site.json'), 'utf8'));
  site.baseUrl = 'https://kommun.example/resultat/';
  site.feedback = { email: 'tyck@kommun.example' };
  site.comparison = { country: '0000' };
  delete site.licence;
  // English texts of its own: a site name, and an accessibility statement whose lists replace the Swedish ones.
  site.en = {
    siteName: 'Results of Exempelkommun',
    accessibility: {
      method: 'Self-assessment with automated tests and a manual review.',
      knownIssues: [{ issue: 'The charts have no patterns for grey-scale printing.', reason: 'Fixed in the next version.', criterion: '1.4.1' }],
    },
  };
  writeFileSync(join(data, 'site.json'), JSON.stringify(site));
  const indicators = JSON.parse(readFileSync(join(data, 'indicators.json'), 'utf8'));
  indicators.push({ ...indicators[3], id: 'tomt', title: 'Ett mått utan värden', question: undefined, related: [], analysis: [], targets: [] });
  writeFileSync(join(data, 'indicators.json'), JSON.stringify(indicators));
  variantDist = join(tmp, 'variant');
  variantError = await astroBuild(data, variantDist);
}, 240_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the site rendered from test/fixtures/site-data', () => {
  it('builds every page', () => {
    expect(buildError).toBe('');
    for (const path of [
      'index.html', '404.html', 'om-statistiken/index.html', 'tillganglighet/index.html',
      'omraden/utbildning/index.html', 'omraden/vard-och-omsorg/index.html',
      'matt/N15428/index.html', 'matt/N15428/enheter/namn/index.html', 'matt/N15428/enheter/varde/index.html',
      'matt/U15011/index.html', 'matt/vantetid-sarskilt-boende/index.html',
    ]) expect(existsSync(join(dist, path)), path).toBe(true);
    expect(existsSync(join(dist, 'matt/U15011/enheter'))).toBe(false);
  });

  it('has lang, a skip link to #main, the example-data banner and the accessibility statement in the footer', () => {
    const html = page('index.html');
    expect(html).toMatch(/<html lang="sv">/);
    expect(html).toMatch(/<a class="skip-link" href="#main">/);
    expect(html).toMatch(/<main id="main"/);
    expect(html).toContain('Exempeldata:');
    expect(html).toMatch(/<footer[\s\S]*href="\/tillganglighet\/"/);
    expect(html).toMatch(/<meta http-equiv="content-security-policy"/);
  });

  it('shows latest value, change and target status on the indicator page', () => {
    const html = page('matt/N15428/index.html');
    expect(html).toMatch(/data-latest="2025"/);
    expect(text(html)).toContain('85,9\u00a0%');
    expect(html).toMatch(/data-change="up"/);
    expect(text(html)).toContain('Värdet ökade från 83,4\u00a0% till 85,9\u00a0% mellan 2024 och 2025');
    expect(html).toMatch(/data-target-status="on-track"/);
    expect(text(html)).toContain('På väg mot målet');
    expect(page('matt/U15011/index.html')).toMatch(/data-target-status="none"/);
    expect(page('matt/N00945/index.html')).toMatch(/data-target-status="not-achieved"/);
  });

  it('says whether higher or lower is better and attributes the source', () => {
    const html = page('matt/vantetid-sarskilt-boende/index.html');
    expect(text(html)).toContain('Ett lägre värde är bättre.');
    expect(text(page('matt/N15428/index.html'))).toContain('Källa: Kolada');
    expect(text(page('matt/U15011/index.html'))).toContain('Bearbetning av data från Kolada');
  });

  it('compares with riket, the region and similar municipalities, with a caveat', () => {
    const t = text(page('matt/N15428/index.html'));
    expect(t).toContain('högre än riket (84,5\u00a0%)');
    expect(t).toContain('högre än Region Exempel');
    expect(t).toContain('högre än liknande kommuner (82,9\u00a0%, medelvärde för 2 av 3 kommuner)');
    // The table says how many members a group mean is made of when some are missing.
    expect(t).toMatch(/82,9\u00a0% \(2 av 3\)/);
    expect(t).toMatch(/Skillnader kan bero på slumpen/);
  });

  it('shows status symbols with their explanation, never as 0 or blank', () => {
    const html = page('matt/vantetid-sarskilt-boende/index.html');
    expect(html).toMatch(/<abbr title="Uppgift saknas \(bortfall\)\.">-<\/abbr>/);
    const units = page('matt/N15428/index.html');
    expect(units).toMatch(/<abbr title="[^"]*skydda enskilda[^"]*">\.\.<\/abbr>/);
    expect(text(page('matt/U15011/index.html'))).toContain('Teckenförklaring');
    // Every data cell of the series table has a figure or a symbol.
    const table = units.match(/<table data-series-table>[\s\S]*?<\/table>/)![0];
    for (const [, cell] of table.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)) expect(text(cell).trim()).not.toBe('');
  });

  it('sorts the unit table on separate static pages', () => {
    const byValue = text(page('matt/N15428/enheter/varde/index.html'));
    expect(byValue.indexOf('Friskolan Åsen')).toBeLessThan(byValue.indexOf('Björkskolan'));
    expect(byValue.indexOf('Björkskolan')).toBeLessThan(byValue.indexOf('Eklidens skola'));
    const byName = text(page('matt/N15428/enheter/namn/index.html'));
    expect(byName.indexOf('Björkskolan')).toBeLessThan(byName.indexOf('Friskolan Åsen'));
    expect(page('matt/N15428/index.html')).toMatch(/href="\/matt\/N15428\/enheter\/varde\/"/);
    // One order of the table is in the site search: the other would be the same hit twice.
    expect(page('matt/N15428/enheter/varde/index.html')).toContain('data-pagefind-body');
    expect(page('matt/N15428/enheter/namn/index.html')).not.toContain('data-pagefind-body');
  });

  it('shows analysis, downloads, feedback and provenance', () => {
    const html = page('matt/N15428/index.html');
    expect(text(html)).toContain('Vi utökar läxhjälpen');
    for (const f of ['data.csv', 'data-excel.csv', 'data.xlsx', 'data.json']) expect(html).toContain(`href="/matt/N15428/${f}"`);
    expect(html).toContain('href="https://e-tjanst.exempelkommun.se/tyck-till?matt=N15428&amp;titel=Elever%20i%20%C3%A5rskurs%209');
    expect(html).toMatch(/<details data-pagefind-ignore>\s*<summary>Var kommer siffrorna ifrån\?<\/summary>/);
    expect(text(html)).toContain('blad N15428, cell D');
    // Grouped by file: each file named once, over its rows.
    const groups = [...html.matchAll(/<th scope="rowgroup" colspan="4">Fil: ([^<]+)<\/th>/g)].map((m) => m[1]);
    expect(groups.length).toBeGreaterThan(0);
    expect(new Set(groups).size).toBe(groups.length);
    expect(text(html)).toContain('JSON-sökväg /values/');
  });

  it('has every part of the accessibility statement', () => {
    const t = text(page('tillganglighet/index.html'));
    for (const part of ['Exempelkommun', 'Exempelkommuns resultat', 'delvis förenlig', 'Diagrammen saknar mönster',
      'Åtgärdas i nästa version', '1 oktober 2026', '1 november 2026', 'Självskattning', 'tillganglighet@exempelkommun.se',
      'Inskannade PDF-dokument', 'Länkade webbplatser']) expect(t, part).toContain(part);
    expect(page('tillganglighet/index.html')).toContain('href="https://www.digg.se/tdosanmalan"');
  });

  it('has no inline style attributes, handlers, javascript: URLs or set:html output', () => {
    const check = (html: string) => {
      expect(html).not.toMatch(/\sstyle="/);
      expect(html).not.toMatch(/\son[a-z]+="/i);
      expect(html).not.toMatch(/javascript:/i);
    };
    for (const p of ['index.html', 'matt/N15428/index.html', 'matt/U15011/index.html', 'tillganglighet/index.html', '404.html']) check(page(p));
  });
});

describe('a site under a sub-path, with e-mail feedback and fewer comparisons', () => {
  it('builds', () => expect(variantError).toBe(''));
  it('prefixes every internal link with the base path', () => {
    const html = variantPage('matt/N15428/index.html');
    expect(html).toContain('href="/resultat/matt/N15428/data.csv"');
    expect(html).toContain('href="/resultat/om-statistiken/"');
    expect(html).toContain('<link rel="canonical" href="https://kommun.example/resultat/matt/N15428/">');
    expect(html).not.toMatch(/href="\/(?!resultat\/)/);
  });
  it('uses mailto: with a prefilled subject for feedback', () => {
    expect(variantPage('matt/N15428/index.html')).toContain('href="mailto:tyck@kommun.example?subject=Synpunkt%20p%C3%A5%20m%C3%A5ttet%20');
  });
  it('compares with riket only', () => {
    const html = variantPage('matt/N15428/index.html');
    expect(html).toContain('data-comparison="country"');
    expect(html).not.toContain('data-comparison="similar"');
    expect(html).not.toContain('data-comparison="region"');
  });
  it('has its English pages under /resultat/en/, linked both ways and to each other under the base path', () => {
    const en = variantPage('en/matt/N15428/index.html');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<link rel="alternate" hreflang="sv" href="https://kommun.example/resultat/matt/N15428/">');
    expect(en).toContain('<link rel="alternate" hreflang="en" href="https://kommun.example/resultat/en/matt/N15428/">');
    expect(en).toMatch(/<a href="\/resultat\/matt\/N15428\/" hreflang="sv" lang="sv" data-lang-switch>Svenska<\/a>/);
    expect(variantPage('matt/N15428/index.html')).toMatch(/<a href="\/resultat\/en\/matt\/N15428\/" hreflang="en" lang="en" data-lang-switch>English<\/a>/);
    expect(en).toContain('href="/resultat/en/om-statistiken/"');
    expect(en).toContain('href="/resultat/matt/N15428/data.csv"');
    expect(en).not.toMatch(/href="\/(?!resultat\/)/);
  });
  it('uses site.json’s English texts on English pages, and keeps the Swedish ones on Swedish pages', () => {
    const statement = variantPage('en/tillganglighet/index.html');
    expect(text(statement)).toContain('Self-assessment with automated tests and a manual review.');
    expect(text(statement)).toContain('The charts have no patterns for grey-scale printing. (WCAG criterion 1.4.1). Why: Fixed in the next version.');
    expect(statement).not.toContain('Diagrammen saknar mönster');
    expect(statement).toContain('<span>Results of Exempelkommun</span>');
    expect(text(variantPage('tillganglighet/index.html'))).toContain('Diagrammen saknar mönster');
    expect(variantPage('index.html')).not.toContain('Results of Exempelkommun');
  });
  it('says an indicator without values has none, instead of an empty table', () => {
    const t = text(variantPage('matt/tomt/index.html'));
    expect(t).toContain('Det finns inget värde för Exempelkommun ännu.');
    expect(t).toContain('Det finns inga värden för måttet ännu.');
    expect(variantPage('matt/tomt/index.html')).toMatch(/data-target-status="none"/);
    expect(variantPage('matt/tomt/index.html')).not.toContain('data-series-table');
  });
});
