// The dialogue's own part of the gate: its JSON against its schemas, every calendar file
// well-formed as RFC 5545 requires (CRLF, lines of at most 75 octets, balanced components),
// and every page's CSP letting forms post to exactly the configured endpoint.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { SiteConfig } from '../../model/types.gen.ts';
import { validateDialogue, validateDialoguePriority, validateDialogueQuestion } from '../../validate/schemas.ts';
import type { GateProblem } from '../../verify/verifyBuild.ts';
import { DIALOG_SECTION } from '../DialogData.ts';
import { replyCspDirectives } from '../form/replyForm.ts';
import { LANGS } from '../../i18n/languages.ts';
import { inLanguage } from '../../i18n/routes.ts';

async function files(dir: string, suffix: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((e) => e.isFile() && e.name.endsWith(suffix)).map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/')).sort();
}

/** What is wrong with an iCalendar text's framing, or undefined. */
export function calendarProblem(text: string): string | undefined {
  if (!text.endsWith('\r\n')) return 'does not end with CRLF';
  const lines = text.slice(0, -2).split('\r\n');
  if (lines.some((l) => l.includes('\n') || l.includes('\r'))) return 'a bare LF or CR (lines end with CRLF)';
  const long = lines.findIndex((l) => Buffer.byteLength(l, 'utf8') > 75);
  if (long >= 0) return `line ${long + 1} is longer than 75 octets`;
  const open: string[] = [];
  for (const line of lines) {
    if (line.startsWith('BEGIN:')) open.push(line.slice(6));
    else if (line.startsWith('END:') && open.pop() !== line.slice(4)) return `${line} does not close the component it ends`;
  }
  if (open.length > 0 || lines[0] !== 'BEGIN:VCALENDAR') return 'not one VCALENDAR';
  return undefined;
}

const CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** `csp`: every page's CSP as the gate read it (see Section.verify); without it the pages are read here. */
export async function verifyDialog(siteDir: string, dataDir: string, csp?: ReadonlyMap<string, string | null>): Promise<GateProblem[]> {
  const problems: GateProblem[] = [];
  const dir = join(dataDir, DIALOG_SECTION);
  const checks: [string, (v: unknown) => boolean][] = [['dialogues.json', validateDialogue], ['questions.json', validateDialogueQuestion], ['priorities.json', validateDialoguePriority]];
  for (const [file, validate] of checks) {
    const records = await readFile(join(dir, file), 'utf8').then((t) => JSON.parse(t) as unknown[], () => undefined);
    if (records === undefined) continue;
    const bad = Array.isArray(records) ? records.findIndex((r) => !validate(r)) : 0;
    if (bad >= 0) problems.push({ file: `${DIALOG_SECTION}/${file}`, rule: 'invalid-json', detail: `record ${bad} does not match its schema` });
  }
  // The calendars in every language: /dialog/… and /en/dialog/….
  for (const folder of LANGS.map((lang) => inLanguage('/dialog', lang).slice(1))) {
    for (const file of await files(join(siteDir, folder), '.ics')) {
      const problem = calendarProblem(await readFile(join(siteDir, folder, file), 'utf8'));
      if (problem) problems.push({ file: `${folder}/${file}`, rule: 'invalid-calendar', detail: problem });
    }
  }
  const site = await readFile(join(dataDir, 'site.json'), 'utf8').then((t) => JSON.parse(t) as SiteConfig, () => undefined);
  if (site) {
    const expected = replyCspDirectives(site.feedback).find((d) => d.startsWith('form-action'));
    const pages = csp ?? new Map(await Promise.all((await files(siteDir, '.html')).map(async (file) => [file, CSP.exec(await readFile(join(siteDir, file), 'utf8'))?.[1] ?? null] as const)));
    for (const [file, content] of [...pages].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const formAction = content?.split(';').map((d) => d.trim()).find((d) => d.startsWith('form-action'));
      if (content !== null && formAction !== expected) problems.push({ file, rule: 'csp-form-action', detail: `${formAction ?? 'no form-action'} (expected ${expected})` });
    }
  }
  return problems;
}
