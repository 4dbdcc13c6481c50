import { navigationFor } from '@trellis/domain';
import { attachScreenshot, expect, mainNavigation, test } from './support/fixtures';
import { PERSONAS, storageStatePath } from './support/personas';

test.use({
  storageState: storageStatePath(PERSONAS.changes),
  viewport: { width: 390, height: 844 },
});

test('on a phone the navigation opens as a drawer and closes after choosing a page', async ({
  page,
}) => {
  await page.goto('/catalog');
  await expect(page.getByRole('heading', { level: 1, name: 'Catalog' })).toBeVisible();
  await expect(mainNavigation(page)).toBeHidden();

  await page.getByRole('button', { name: 'Open navigation' }).click();
  const navigation = mainNavigation(page);
  await expect(navigation.getByRole('link')).toHaveText(
    navigationFor(PERSONAS.changes.roles).map((entry) => entry.label),
  );
  await attachScreenshot(page, 'phone-navigation.png');

  await navigation.getByRole('link', { name: 'Changes' }).click();
  await expect(page).toHaveURL('/changes');
  await expect(page.getByRole('heading', { level: 1, name: 'Changes' })).toBeVisible();
  await expect(mainNavigation(page)).toBeHidden();
});
