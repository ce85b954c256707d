/**
 * axe-core in the real browser. It is evaluated through the DevTools
 * protocol rather than added as a script tag, so pages with a strict CSP
 * (no inline script), like /admin, are checked exactly as served.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource: string = createRequire(import.meta.url)('axe-core').source;

export type AxeViolation = { id: string; impact: string; nodes: { target: unknown; failureSummary: string }[] };

/** Every axe violation on the page, rules of every level (WCAG 2.0–2.2 A/AA and best practices). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: Document) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const { violations } = await axe.run(document);
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}
