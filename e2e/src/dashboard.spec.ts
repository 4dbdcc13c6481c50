import { readFile } from 'node:fs/promises';
import { expectNoSeriousA11yViolations } from './support/axe';
import { attachScreenshot, expect, mainNavigation, test } from './support/fixtures';
import { PERSONAS, storageStatePath } from './support/personas';

// axe is injected as a script, which the API's CSP rightly forbids; only these tests lift it.
test.use({ bypassCSP: true });

for (const persona of [PERSONAS.agent, PERSONAS.admin]) {
  test.describe(`signed in as ${persona.name}`, () => {
    test.use({ storageState: storageStatePath(persona) });

    test('the dashboard shows the key figures as numbers and the charts', async ({ page }) => {
      await page.goto('/catalog');
      await mainNavigation(page).getByRole('link', { name: 'Dashboard' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
      const figures = page.getByRole('list', { name: 'Key figures' });
      // The demo data holds submitted requests and published items, so these are real counts.
      await expect(figures.getByRole('listitem', { name: /^Requests: \d/ })).toBeVisible();
      await expect(
        figures.getByRole('listitem', { name: /^Active catalog items: [1-9]/ }),
      ).toBeVisible();
      await expect(figures.getByRole('listitem', { name: /^Pending approval: \d/ })).toBeVisible();
      await expect(figures.getByRole('listitem', { name: /^Success rate: / })).toBeVisible();
      await expect(page.getByRole('figure', { name: 'Requests over time' })).toBeVisible();
      await expect(page.getByRole('figure', { name: 'Most requested items' })).toBeVisible();

      await page.getByRole('button', { name: 'Last 90 days' }).click();
      await expect(page.getByRole('button', { name: 'Last 90 days' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      await expect(figures.getByRole('listitem', { name: /^Requests: \d/ })).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      await attachScreenshot(page, `dashboard-${persona.key}.png`);
    });

    test("the dashboard exports the period's requests as a CSV file", async ({ page }) => {
      await page.goto('/dashboard');
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export requests (CSV)' }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^requests-\d{4}-\d{2}-\d{2}\.csv$/);
      const text = await readFile(await download.path(), 'utf8');
      const lines = text.replace(/^\uFEFF/, '').split('\r\n');
      expect(lines[0]).toBe(
        'Number,Item,Status,Priority,Requester,Requested for,Assignee,Cost,Currency,Created at,Updated at',
      );
      // The demo tenant's requests, by number.
      expect(lines[1]).toMatch(/^REQ-\d{6},/);
      await expect(page.getByText('Requests exported.')).toBeVisible();
    });
  });
}

test.describe('signed in as a requester', () => {
  test.use({ storageState: storageStatePath(PERSONAS.requester) });

  test('the requester has no dashboard in the navigation', async ({ page }) => {
    await page.goto('/catalog');
    await expect(page.getByRole('heading', { level: 1, name: 'Catalog' })).toBeVisible();
    await expect(mainNavigation(page).getByRole('link', { name: 'Dashboard' })).toHaveCount(0);
  });
});
