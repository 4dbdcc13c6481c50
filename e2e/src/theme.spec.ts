import { attachScreenshot, expect, test } from './support/fixtures';
import { PERSONAS, storageStatePath } from './support/personas';

test.use({ storageState: storageStatePath(PERSONAS.agent) });

test('the colour mode follows the system until chosen, and the choice is remembered', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/tasks');
  const toLight = page.getByRole('button', { name: 'Switch to light mode' });
  await expect(toLight).toBeVisible();

  await toLight.click();
  await expect(page.getByRole('button', { name: 'Switch to dark mode' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Switch to dark mode' })).toBeVisible();

  await page.getByRole('button', { name: 'Switch to dark mode' }).click();
  await expect(page.getByRole('button', { name: 'Switch to light mode' })).toBeVisible();
  await attachScreenshot(page, 'tasks-dark.png');
});
