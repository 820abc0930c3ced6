// The logo from the data folder: SVGs with anything active or external are rejected with the line,
// rasters must be what their name says and of a sensible size.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/problems/formatProblem.ts';
import { checkLogo, LOGO_MAX_BYTES } from '../../src/theme/checkLogo.ts';
import { inspectSvg } from '../../src/theme/svgSafety.ts';
import { png } from '../support/png.ts';

const dir = await mkdtemp(join(tmpdir(), 'oppna-logo-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

const svg = (body: string, attrs = 'viewBox="0 0 200 50"') => `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ${attrs}>\n${body}\n</svg>\n`;

async function check(name: string, content: string | Buffer) {
  await writeFile(join(dir, name), content);
  return checkLogo(dir, name);
}

describe('SVG logos', () => {
  it('accepts shapes, text, gradients, fragment references and embedded raster images; the size comes from the viewBox', async () => {
    const body = [
      '<defs><linearGradient id="g"><stop offset="0" stop-color="#1f4e79"/></linearGradient></defs>',
      '<style>.a{fill:url(#g)}</style>',
      '<rect class="a" width="50" height="50"/><use href="#g"/><text x="60" y="30">Nacka</text>',
      '<image width="10" height="10" xlink:href="data:image/png;base64,iVBORw0KGgo="/>',
    ].join('\n');
    const r = await check('ok.svg', svg(body));
    expect(r.findings).toEqual([]);
    expect(r.logo).toMatchObject({ width: 200, height: 50 });
  });

  const unsafe: [string, string, RegExp][] = [
    ['a script', '<script>alert(1)</script>', /<script>-element på rad 3/],
    ['an event attribute', '<rect width="1" height="1" onclick="alert(1)"/>', /händelseattributet onclick på rad 3/],
    ['onload on the root', '', /händelseattributet onload/],
    ['a link to another file', '<use xlink:href="https://evil.example/x.svg#a"/>', /länk till en annan fil/],
    ['a javascript: link', '<a href="javascript:alert(1)"><text>x</text></a>', /<a>-element/],
    ['foreignObject', '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>', /<foreignObject>-element/],
    ['a style that loads a file', '<style>@import url(https://evil.example/a.css);</style>', /stil som hämtar/],
    ['a style attribute with url()', '<rect style="fill:url(https://evil.example/p.svg#a)"/>', /stil som hämtar/],
    ['an animation that can set href', '<set attributeName="href" to="javascript:alert(1)"/>', /<set>-element/],
    ['an embedded SVG document', '<image href="data:image/svg+xml;base64,PHN2Zz4="/>', /länk till en annan fil/],
  ];
  for (const [what, body, expected] of unsafe) {
    it(`rejects ${what} and says where`, async () => {
      const text = what === 'onload on the root' ? svg('', 'viewBox="0 0 1 1" onload="alert(1)"') : svg(body);
      const r = await check('bad.svg', text);
      expect(r.logo).toBeUndefined();
      expect(r.findings.length).toBeGreaterThan(0);
      const p = formatProblem(r.findings[0], 'sv');
      expect(p.code).toBe('logo-unsafe');
      expect(p.file).toBe('bad.svg');
      expect(p.message).toMatch(expected);
      expect(formatProblem(r.findings[0], 'en').message).toMatch(/line \d+/);
    });
  }

  it('rejects a DOCTYPE (entity expansion) and a file that is not SVG', async () => {
    const doctype = await check('dt.svg', '<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY a "aaaa">]>\n<svg xmlns="http://www.w3.org/2000/svg">&a;</svg>');
    expect(doctype.findings[0]).toMatchObject({ code: 'logo-unsafe' });
    expect(formatProblem(doctype.findings[0]).message).toContain('DOCTYPE-deklaration på rad 2');
    const html = await check('html.svg', '<html><body>Nacka</body></html>');
    expect(html.findings[0]).toMatchObject({ code: 'logo-format' });
  });

  it('reads the size from width and height when they are given', () => {
    expect(inspectSvg(svg('', 'width="120px" height="40" viewBox="0 0 12 4"'))).toMatchObject({ width: 120, height: 40, isSvg: true });
  });
});

describe('raster logos', () => {
  it('accepts a PNG and reads its size; warns when it is too low to look sharp', async () => {
    const big = await check('logo.png', png(300, 100));
    expect(big).toMatchObject({ findings: [], logo: { width: 300, height: 100 } });
    const small = await check('liten.png', png(60, 20));
    expect(small.logo).toBeDefined();
    expect(small.findings.map((f) => f.code)).toEqual(['logo-small']);
  });

  it('rejects a file whose content is not what its name says', async () => {
    const r = await check('logo.jpg', png(300, 100));
    expect(r.findings.map((f) => f.code)).toEqual(['logo-format']);
    expect(formatProblem(r.findings[0]).message).toContain('filen heter .jpg men innehåller PNG');
  });

  it('rejects a logo larger than the limits, in bytes and in pixels', async () => {
    const heavy = await check('tung.svg', svg(`<!-- ${'x'.repeat(LOGO_MAX_BYTES)} -->`));
    expect(heavy.findings.map((f) => f.code)).toEqual(['logo-too-large']);
    const wide = await check('bred.png', png(5000, 100));
    expect(wide.findings.map((f) => f.code)).toEqual(['logo-too-large']);
    expect(formatProblem(wide.findings[0]).message).toContain('5000 × 100 pixlar');
  });

  it('says which file site.json names when it is missing', async () => {
    const r = await checkLogo(dir, 'finns-inte.svg');
    expect(r.findings).toEqual([{ code: 'logo-missing', file: 'site.json', pointer: '/logo', value: 'finns-inte.svg' }]);
  });
});

describe('font stacks', () => {
  it('need no character that HTML escaping would change inside the theme <style>', async () => {
    const { FONT_STACKS } = await import('../../src/theme/fontStacks.ts');
    const { themeCss } = await import('../../src/site/themeCss.ts');
    for (const [name, stack] of Object.entries(FONT_STACKS)) expect(stack, name).toMatch(/^[A-Za-z0-9 ,-]+$/);
    expect(themeCss({}, 'humanist')).toContain(';--font-body:Seravek, Gill Sans Nova');
    expect(themeCss({}, 'system')).not.toContain('--font-body');
  });
});
