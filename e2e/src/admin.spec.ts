import { attachScreenshot, expect, test } from './support/fixtures';
import { ALL_PERSONAS, PERSONAS, storageStatePath } from './support/personas';

test.use({ storageState: storageStatePath(PERSONAS.admin) });

test('the Admin page lists the demo users with their roles', async ({ page }) => {
  await page.goto('/admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Admin' })).toBeVisible();
  const users = page.getByRole('table', { name: 'Users' });
  await expect(users).toHaveAttribute('aria-busy', 'false');
  // Each demo person has a row (other specs add people of their own meanwhile).
  for (const persona of ALL_PERSONAS) {
    const row = users
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: persona.name }) });
    await expect(row).toContainText(persona.email);
  }
  const changeManager = users
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: PERSONAS.changes.name }) });
  await expect(changeManager).toContainText('Change manager');
  await expect(changeManager).toContainText('Approver');
  await attachScreenshot(page, 'admin-users.png');
});
