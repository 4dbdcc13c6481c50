import { attachScreenshot, expect, test } from './support/fixtures';
import { PERSONAS, storageStatePath } from './support/personas';

test.use({ storageState: storageStatePath(PERSONAS.auditor) });

test("the auditor's Audit page shows sign-in events", async ({ page }) => {
  await page.goto('/audit');
  await expect(page.getByRole('heading', { level: 1, name: 'Audit' })).toBeVisible();
  const events = page.getByRole('table', { name: 'Audit events' });
  await expect(events).toHaveAttribute('aria-busy', 'false');
  // The setup signed the auditor in, so the trail holds at least that sign-in, by name.
  const ownSignIn = events
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: 'auth.login', exact: true }) })
    .filter({ has: page.getByRole('cell', { name: PERSONAS.auditor.name, exact: true }) });
  await expect(ownSignIn.first()).toBeVisible();
  await attachScreenshot(page, 'audit-events.png');
});
