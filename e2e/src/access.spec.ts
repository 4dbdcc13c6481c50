import { expect, mainNavigation, test } from './support/fixtures';
import { PERSONAS, storageStatePath } from './support/personas';

test.describe('as a requester', () => {
  test.use({ storageState: storageStatePath(PERSONAS.requester) });

  test('opening /admin directly shows the no-access page', async ({ page }) => {
    await page.goto('/admin');
    await expect(
      page.getByRole('heading', { level: 1, name: "You don't have access to this page" }),
    ).toBeVisible();
    await expect(mainNavigation(page).getByRole('link', { name: 'Admin' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Go to your start page' }).click();
    await expect(page).toHaveURL('/catalog');
  });

  test('an unknown address shows the not-found page inside the shell', async ({ page }) => {
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(mainNavigation(page)).toBeVisible();
  });
});
