// What the gate sees of one page, on its own: the rules of the page itself (no inline style or
// handler, no javascript: URL, a CSP), its links and its personal data. Links are checked against
// the other files afterwards (verifyBuild.ts); this part can run in any thread (pageThreads.ts).
import { Parser } from 'htmlparser2';
import { readFileSync } from 'node:fs';
import { sha256 } from '../cache/OutputCache.ts';
import { findingsIn, readChecked, type Findings } from './personalData.ts';
import type { GateProblem } from './verifyBuild.ts';

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data']);

/** A javascript: URL hides behind case, whitespace and control characters ("  JaVa\tscript:"). */
function isJavascriptUrl(value: string): boolean {
  return value.replace(/[\u0000-\u0020]+/g, '').toLowerCase().startsWith('javascript:');
}

interface PageScan {
  problems: GateProblem[];
  links: string[];
  hasCsp: boolean;
}

function scanHtml(file: string, html: string): PageScan {
  const scan: PageScan = { problems: [], links: [], hasCsp: false };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        for (const [attr, value] of Object.entries(attrs)) {
          if (attr === 'style') scan.problems.push({ file, rule: 'inline-style', detail: `<${name} style="${value.slice(0, 60)}">` });
          else if (attr.startsWith('on')) scan.problems.push({ file, rule: 'inline-handler', detail: `<${name} ${attr}=…>` });
          if (URL_ATTRIBUTES.has(attr)) {
            if (isJavascriptUrl(value)) scan.problems.push({ file, rule: 'javascript-url', detail: `<${name} ${attr}="${value.slice(0, 60)}">` });
            else scan.links.push(value);
          }
        }
        if (name === 'meta' && attrs['http-equiv']?.toLowerCase() === 'content-security-policy' && attrs.content) scan.hasCsp = true;
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return scan;
}

/** What the gate saw of a page: its problems (without the file), links, CSP and personal data. */
export interface PageVerdict extends PageScan {
  /** The content of its first CSP meta element as written (the sections' checks read it), or null. */
  csp: string | null;
  personal: Findings;
}

const CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/**
 * A page's verdict, its strings copied out of the page as the build cache holds them: the links
 * and the CSP are substrings of the page's text, and V8 keeps the whole text alive behind each
 * substring, so 16 000 verdicts kept for the link check would hold every page (800 MB at country
 * scale). (A verdict from a thread arrives as a copy anyway.)
 */
export async function pageVerdict(bytes: Buffer): Promise<PageVerdict> {
  const html = bytes.toString('utf8');
  const personal = await findingsIn('page.html', bytes, new Set());
  return JSON.parse(JSON.stringify({ ...scanHtml('', html), csp: CSP.exec(html)?.[1] ?? null, personal })) as PageVerdict;
}

/** A page's verdict, and its sha256 when asked for (`hash` true) or checked (`hash` the sha256 its bytes must have). */
export interface Judged {
  verdict: PageVerdict;
  hash?: string;
}

/** The page at `path` read (a blocking read: the cheapest for a small file), hashed or checked as `hash` says, and judged. */
export async function judgePage(path: string, hash: string | boolean): Promise<Judged> {
  const bytes = typeof hash === 'string' ? await readChecked(path, hash) : readFileSync(path);
  return { verdict: await pageVerdict(bytes), ...(hash === false ? {} : { hash: typeof hash === 'string' ? hash : sha256(bytes) }) };
}
