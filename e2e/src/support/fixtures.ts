import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { Persona } from './personas';
import { PASSWORD, TENANT } from './personas';

/**
 * Playwright's `test`, failing any test whose page threw an uncaught error: a blank screen after
 * a crash would otherwise pass every assertion that looks for something to be absent.
 */
export const test = base.extend<{ pageErrors: Error[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: Error[] = [];
      page.on('pageerror', (error) => errors.push(error));
      await use(errors);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Signs in through the sign-in page, as a person would. */
export async function signIn(page: Page, persona: Persona, password = PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Tenant').fill(TENANT);
  await page.getByLabel('Email').fill(persona.email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export function mainNavigation(page: Page) {
  return page.getByRole('navigation', { name: 'Main navigation' });
}

/**
 * Attaches a full-page screenshot to the test: it lands in the HTML report and, as
 * `attachments/<name>-<hash>.png`, under the test's folder in e2e/test-results.
 */
export async function attachScreenshot(page: Page, name: string): Promise<void> {
  const body = await page.screenshot({ fullPage: true });
  await test.info().attach(name, { body, contentType: 'image/png' });
}
