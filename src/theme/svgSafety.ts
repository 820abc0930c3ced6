// Whether an SVG logo is safe to publish. A logo shown with <img> cannot run scripts, but the file
// is also published on its own, where a browser runs whatever it holds on the site's origin. So an
// SVG with anything active or anything that reaches outside the file is rejected (not cleaned:
// a cleaned logo may look different from the one the municipality approved), with the line where
// it was found. Parsed with htmlparser2 in XML mode, as the build already parses HTML with it.
import { Parser } from 'htmlparser2';

export interface SvgFinding {
  /** What was found, in Swedish and English ("ett <script>-element"). */
  sv: string;
  en: string;
  line: number;
}

export interface SvgInfo {
  findings: SvgFinding[];
  /** The root is <svg>. */
  isSvg: boolean;
  /** Intrinsic size from width/height or the viewBox, when stated. */
  width?: number;
  height?: number;
}

/** Elements that run code, embed other documents or animate attributes (an animation can set href to javascript:). */
const ACTIVE = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'audio', 'video', 'handler', 'listener', 'set', 'animate', 'animatemotion', 'animatetransform', 'a']);
/** Embedded raster images are common in exported logos; nothing else may be referenced. */
const DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$/i;
/** CSS that loads something (url() other than a fragment, @import) or runs something (old IE expressions). */
const CSS_EXTERNAL = /@import|url\(\s*['"]?(?!#)|expression\s*\(|javascript:/i;

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function length(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^\s*([0-9]*\.?[0-9]+)\s*(px)?\s*$/.exec(value);
  return m ? Number(m[1]) : undefined;
}

export function inspectSvg(text: string): SvgInfo {
  const info: SvgInfo = { findings: [], isSvg: false };
  const add = (sv: string, en: string) => info.findings.push({ sv, en, line: lineAt(text, parser.startIndex) });
  let depth = 0;
  let inStyle = false;
  const parser = new Parser(
    {
      onprocessinginstruction(name) {
        // <?xml …?> is harmless; a DOCTYPE can declare entities (XXE, "billion laughs").
        if (name.toLowerCase() === '!doctype') add('en DOCTYPE-deklaration', 'a DOCTYPE declaration');
        else if (name.startsWith('!')) add(`en deklaration <${name}>`, `a declaration <${name}>`);
        else if (name.toLowerCase() !== '?xml') add(`en processinstruktion <${name}>`, `a processing instruction <${name}>`);
      },
      onopentag(name, attribs) {
        const tag = name.toLowerCase();
        if (depth === 0 && tag === 'svg') {
          info.isSvg = true;
          const vb = (attribs.viewBox ?? attribs.viewbox ?? '').trim().split(/[\s,]+/).map(Number);
          info.width = length(attribs.width) ?? (vb.length === 4 && vb[2] > 0 ? vb[2] : undefined);
          info.height = length(attribs.height) ?? (vb.length === 4 && vb[3] > 0 ? vb[3] : undefined);
        }
        depth++;
        if (ACTIVE.has(tag.replace(/^svg:/, ''))) add(`ett <${name}>-element`, `a <${name}> element`);
        if (tag === 'style') inStyle = true;
        for (const [attr, value] of Object.entries(attribs)) {
          const a = attr.toLowerCase();
          if (a.startsWith('on')) add(`händelseattributet ${attr}`, `the event attribute ${attr}`);
          else if ((a === 'href' || a.endsWith(':href')) && !value.trim().startsWith('#') && !DATA_IMAGE.test(value.trim())) {
            add(`en länk till en annan fil (${attr}="${value.slice(0, 60)}")`, `a link to another file (${attr}="${value.slice(0, 60)}")`);
          } else if (a === 'style' && CSS_EXTERNAL.test(value)) add('en stil som hämtar eller kör något', 'a style that loads or runs something');
          else if (/javascript:/i.test(value)) add(`javascript: i ${attr}`, `javascript: in ${attr}`);
        }
      },
      ontext(data) {
        if (inStyle && CSS_EXTERNAL.test(data)) add('en stil som hämtar eller kör något', 'a style that loads or runs something');
      },
      onclosetag(name) {
        depth--;
        if (name.toLowerCase() === 'style') inStyle = false;
      },
    },
    { xmlMode: true, recognizeCDATA: true },
  );
  parser.write(text);
  parser.end();
  return info;
}
