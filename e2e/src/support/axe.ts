import type { Page } from '@playwright/test';
import type { AxeResults, ImpactValue } from 'axe-core';
import { expect } from './fixtures';

const AXE_SCRIPT = require.resolve('axe-core/axe.min.js');
const BLOCKING: readonly ImpactValue[] = ['serious', 'critical'];

interface Violation {
  id: string;
  impact: ImpactValue | undefined;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page and fails on serious or critical violations. (`@axe-core/playwright`
 * needs Node 22; injecting axe itself works everywhere. The page's CSP forbids injected scripts,
 * so tests that call this use `bypassCSP`.)
 */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  await page.addScriptTag({ path: AXE_SCRIPT });
  const violations = await page.evaluate(async (): Promise<Violation[]> => {
    const axe = (window as unknown as { axe: { run: () => Promise<AxeResults> } }).axe;
    const results = await axe.run();
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? undefined,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
  const blocking = violations.filter((v) => v.impact && BLOCKING.includes(v.impact));
  expect(blocking, JSON.stringify(blocking, null, 2)).toEqual([]);
}
