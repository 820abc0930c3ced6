// The CI recipes that fetch Kolada's figures on a schedule: they run the real commands, validate
// before proposing anything, open a pull/merge request (or commit when asked), and publishing follows.
// Every shell step is checked by bash itself (`bash -n`).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../support/runNpm.ts';

type Step = { name?: string; run?: string; uses?: string; if?: string; with?: Record<string, unknown>; id?: string };
type Workflow = { on: Record<string, unknown>; jobs: Record<string, { steps?: Step[]; uses?: string; if?: string; needs?: string; with?: Record<string, unknown> }> };

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

function bashSyntax(script: string): string {
  // GitHub's ${{ … }} expressions are filled in before bash sees the script.
  const r = spawnSync('bash', ['-n'], { input: script.replace(/\$\{\{[^}]*\}\}/g, 'x'), encoding: 'utf8' });
  return r.status === 0 ? '' : r.stderr;
}

describe('GitHub Actions: kolada.yml', () => {
  const wf = parse(read('.github/workflows/kolada.yml')) as Workflow;
  const steps = wf.jobs.fetch.steps ?? [];
  const index = (pred: (s: Step) => boolean) => steps.findIndex(pred);

  it('runs on a schedule and by hand', () => {
    expect(Object.keys(wf.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect((wf.on.schedule as { cron: string }[])[0].cron).toMatch(/^\S+ \S+ \S+ \S+ \S+$/);
  });

  it('fetches, checks, and only then opens a pull request or commits', () => {
    const fetch = index((s) => /npm run kolada\b/.test(s.run ?? ''));
    const check = index((s) => /npm run check\b/.test(s.run ?? ''));
    const pr = index((s) => (s.uses ?? '').startsWith('peter-evans/create-pull-request@'));
    const commit = index((s) => /git push/.test(s.run ?? ''));
    expect(fetch).toBeGreaterThan(-1);
    expect(check).toBeGreaterThan(fetch);
    expect(pr).toBeGreaterThan(check);
    expect(commit).toBeGreaterThan(check);
    expect(steps[pr].if).toContain("steps.diff.outputs.changed == 'true'");
    expect(steps[commit].if).toContain("vars.KOLADA_MODE == 'commit'");
    expect(steps[pr].with?.['add-paths']).toBe('data/kolada');
  });

  it('publishes a direct commit through publish.yml, which can be called', () => {
    expect(wf.jobs.publish).toMatchObject({ uses: './.github/workflows/publish.yml', needs: 'fetch' });
    const publish = parse(read('.github/workflows/publish.yml')) as Workflow;
    expect(Object.keys(publish.on)).toContain('workflow_call');
    expect(publish.jobs.build.steps?.[0].with?.ref).toBe('${{ inputs.ref || github.sha }}');
  });

  it('has shell steps bash accepts', () => {
    for (const file of ['kolada.yml', 'publish.yml']) {
      const w = parse(read(`.github/workflows/${file}`)) as Workflow;
      for (const job of Object.values(w.jobs)) for (const s of job.steps ?? []) if (s.run) expect(bashSyntax(s.run), `${file}: ${s.name}`).toBe('');
    }
  });
});

describe('GitLab CI: the kolada job', () => {
  const ci = parse(read('.gitlab-ci.yml')) as Record<string, { script: string[]; rules: { if: string }[]; stage: string }>;

  it('runs only in a scheduled pipeline that asks for it, and the pages job stays out of that pipeline', () => {
    expect(ci.kolada.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "schedule" && $KOLADA_FETCH == "true"' }]);
    expect(ci.pages.rules[0].if).toContain('$KOLADA_FETCH != "true"');
  });

  it('fetches, checks, commits and opens a merge request (or pushes to the default branch)', () => {
    const script = ci.kolada.script.join('\n');
    const at = (re: RegExp) => script.search(re);
    expect(at(/npm run kolada\b/)).toBeGreaterThan(-1);
    expect(at(/npm run check\b/)).toBeGreaterThan(at(/npm run kolada\b/));
    expect(at(/git commit/)).toBeGreaterThan(at(/npm run check\b/));
    expect(script).toContain('-o merge_request.create');
    expect(script).toContain('HEAD:${CI_DEFAULT_BRANCH}');
    expect(bashSyntax(script)).toBe('');
  });
});
