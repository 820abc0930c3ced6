import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** DOS-lagen → EN 301 549 → WCAG 2.1 AA. */
export const AXE_TAGS = ['EN-301-549', 'wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * axe's violations on the page. Legacy mode runs axe in the page itself (and in any frame, by axe's
 * own messaging), where the default opens a blank page per run to combine the frames' results — for
 * cross-origin frames, which the site's pages have none of: the same results, a second less a page
 * (1.7–2.0 s against 2.8–3.0 s on the example site's indicator, finance and dialogue pages).
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true).analyze();
  return results.violations as AxeViolation[];
}

/** id, help and every target, so a failing run says what to fix without opening a browser. */
export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => {
      const targets = v.nodes.map((n) => `    ${JSON.stringify(n.target)}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : ''}`);
      return `  ${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    ${v.helpUrl}\n${targets.join('\n')}`;
    })
    .join('\n');
}
