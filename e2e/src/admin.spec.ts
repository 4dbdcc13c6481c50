import { attachScreenshot, expect, test } from './support/fixtures';
import { ALL_PERSONAS, PERSONAS, storageStatePath } from './support/personas';

test.use({ storageState: storageStatePath(PERSONAS.admin) });

test('the Admin page lists the six demo users with their roles', async ({ page }) => {
  await page.goto('/admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Admin' })).toBeVisible();
  const users = page.getByRole('table', { name: 'Users' });
  await expect(users).toHaveAttribute('aria-busy', 'false');
  // A header row plus one per person.
  await expect(users.getByRole('row')).toHaveCount(ALL_PERSONAS.length + 1);
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
