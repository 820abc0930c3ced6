// The hosting configurations in deploy/ applied to the real built pages: every page gets the
// security headers, embed pages may be framed by anyone and no other page by anybody. The
// _headers files are evaluated with each host's documented rule semantics; nginx's maps with
// their own regular expressions.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collect, siteUnderTest } from '../support/siteUnderTest.ts';

const DEPLOY = fileURLToPath(new URL('../../deploy/', import.meta.url));

interface Rule {
  pattern: RegExp;
  /** [name, value]; a name starting with "! " detaches (Cloudflare). */
  headers: [string, string][];
}

/** Netlify/Cloudflare _headers: a path line, then indented "Name: value" lines. */
function parseHeaders(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[a-z]+/g, '[^/]+').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else {
      const text = line.trim();
      if (text.startsWith('! ')) rules.at(-1)!.headers.push([text, '']);
      else {
        const colon = text.indexOf(':');
        rules.at(-1)!.headers.push([text.slice(0, colon).trim().toLowerCase(), text.slice(colon + 1).trim()]);
      }
    }
  }
  return rules;
}

/** Netlify: every matching rule applies; the same header in a later rule overrides. An empty value sends nothing. */
function netlify(rules: Rule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules.filter((r) => r.pattern.test(path))) for (const [name, value] of rule.headers) out.set(name, value);
  for (const [name, value] of out) if (value === '') out.delete(name);
  return out;
}

/** Cloudflare Pages: matching rules' values for the same header are joined with ", "; "! Name" removes earlier ones. */
function cloudflare(rules: Rule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules.filter((r) => r.pattern.test(path))) {
    for (const [name, value] of rule.headers) {
      if (name.startsWith('! ')) out.delete(name.slice(2).trim().toLowerCase());
      else out.set(name, out.has(name) ? `${out.get(name)}, ${value}` : value);
    }
  }
  return out;
}

/** nginx: the value of a map for a URI (first matching regex, else default). */
function nginxMap(conf: string, variable: string, uri: string): string {
  const block = new RegExp(`map \\$uri \\$${variable} \\{([\\s\\S]*?)\\n\\}`).exec(conf)?.[1] ?? '';
  let fallback = '';
  for (const line of block.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const m = /^("[^"]*"|\S+)\s+"([^"]*)";$/.exec(line);
    if (!m) continue;
    const key = m[1].replace(/^"|"$/g, '');
    if (key === 'default') fallback = m[2];
    else if (key.startsWith('~') && new RegExp(key.slice(1)).test(uri)) return m[2];
  }
  return fallback;
}

const pages = collect('the example build', () => {
  const dist = siteUnderTest('example').dist;
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name === 'index.html') out.push(`/${relative(dist, d)}/`.replace(/\/+/g, '/'));
    }
  };
  walk(dist);
  return out.sort();
});

// The Swedish and the English embed pages.
const isEmbed = (path: string) => /^(\/en)?\/matt\/[^/]+\/inbaddning\/$/.test(path);
const frameAncestors = (csp: string | undefined) => [...(csp ?? '').matchAll(/frame-ancestors ([^;,]+)/g)].map((m) => m[1].trim());

if (pages.error) {
  describe('deploy configurations', () => {
    it('the example build', () => {
      throw pages.error;
    });
  });
} else {
  const paths = pages.value;
  describe('deploy configurations', () => {
    it('cover embed pages and ordinary pages of the build', () => {
      expect(paths.filter(isEmbed).length).toBeGreaterThan(0);
      expect(paths.filter((p) => isEmbed(p) && p.startsWith('/en/')).length).toBeGreaterThan(0);
      expect(paths.filter((p) => !isEmbed(p)).length).toBeGreaterThan(0);
    });

    for (const [file, apply] of [['_headers', netlify], ['_headers.cloudflare', cloudflare]] as const) {
      it(`${file}: security headers everywhere; only embed pages may be framed, by anyone`, () => {
        const rules = parseHeaders(readFileSync(join(DEPLOY, 'headers', file), 'utf8'));
        const wrong: string[] = [];
        for (const path of paths) {
          const h = apply(rules, path);
          const expected = isEmbed(path) ? ['*'] : ["'none'"];
          if (JSON.stringify(frameAncestors(h.get('content-security-policy'))) !== JSON.stringify(expected)) wrong.push(`${path}: ${h.get('content-security-policy')}`);
          // frame-ancestors supersedes X-Frame-Options, which cannot say "anyone": never send it.
          if (h.has('x-frame-options')) wrong.push(`${path}: X-Frame-Options ${h.get('x-frame-options')}`);
          if (h.get('x-content-type-options') !== 'nosniff') wrong.push(`${path}: nosniff`);
          if (h.get('referrer-policy') !== 'strict-origin-when-cross-origin') wrong.push(`${path}: referrer`);
          if (!h.get('permissions-policy')?.includes('camera=()')) wrong.push(`${path}: permissions`);
          if (/(default|script|style)-src/.test(h.get('content-security-policy') ?? '')) wrong.push(`${path}: the header CSP must not restrict scripts or styles (the <meta> does)`);
        }
        expect(wrong).toEqual([]);
        expect(apply(rules, '/api/v1/index.json').get('access-control-allow-origin')).toBe('*');
      });
    }

    it('the Cloudflare semantics would catch a missing detach (self-test)', () => {
      const rules = parseHeaders('/*\n  Content-Security-Policy: frame-ancestors \'none\'\n/matt/:id/inbaddning/*\n  Content-Security-Policy: frame-ancestors *\n');
      expect(frameAncestors(cloudflare(rules, '/matt/X/inbaddning/').get('content-security-policy'))).toEqual(["'none'", '*']);
    });

    it('nginx.conf: the same policy through its maps', () => {
      const conf = readFileSync(join(DEPLOY, 'nginx.conf'), 'utf8');
      for (const path of paths) {
        expect(nginxMap(conf, 'oppna_frame_ancestors', path), path).toBe(isEmbed(path) ? 'frame-ancestors *' : "frame-ancestors 'none'");
      }
      expect(conf).not.toContain('X-Frame-Options');
      for (const header of ['X-Content-Type-Options "nosniff"', 'Referrer-Policy "strict-origin-when-cross-origin"', 'Permissions-Policy', 'Content-Security-Policy "$oppna_frame_ancestors;']) {
        expect(conf).toContain(`add_header ${header}`);
      }
    });
  });
}
