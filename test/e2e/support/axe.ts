import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * What axe finds wrong on the page as it is now, one line per rule and element, prefixed with
 * the screen's name so one run lists every screen's problems. Every rule of every impact runs:
 * a screen is clean only when nothing at all is reported.
 */
export async function axeViolations(page: Page, screen: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${screen}: [${violation.impact ?? 'unknown'}] ${violation.id} (${violation.help}) at ${node.target.join(' ')}`),
  );
}
