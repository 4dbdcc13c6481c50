import { navigationFor } from '@trellis/domain';
import { attachScreenshot, expect, mainNavigation, test } from './support/fixtures';
import { ALL_PERSONAS, storageStatePath } from './support/personas';

for (const persona of ALL_PERSONAS) {
  test.describe(`as ${persona.key} (${persona.roles.join(', ')})`, () => {
    test.use({ storageState: storageStatePath(persona) });

    test('sees exactly the navigation their roles allow, and every entry opens its page', async ({
      page,
    }) => {
      // The expectation comes from the same rules the API enforces, not from a copy of them.
      const expected = navigationFor(persona.roles);
      expect(expected.length).toBeGreaterThan(0);
      // Every entry is a page load and a full-page screenshot: the admin's eight took 31.5 s of the
      // default 30 on a loaded two-core run. The budget grows with the entries instead.
      test.setTimeout(20_000 + expected.length * 6_000);

      await page.goto('/');
      await expect(page).toHaveURL(expected[0].path);
      const navigation = mainNavigation(page);
      await expect(navigation.getByRole('link')).toHaveText(expected.map((entry) => entry.label));

      for (const entry of expected) {
        const link = navigation.getByRole('link', { name: entry.label, exact: true });
        await link.click();
        await expect(page).toHaveURL(entry.path);
        await expect(page.getByRole('heading', { level: 1, name: entry.label })).toBeVisible();
        await expect(link).toHaveAttribute('aria-current', 'page');
        await expect(page).toHaveTitle(`${entry.label} · Trellis`);
        const table = page.getByRole('table');
        if ((await table.count()) > 0) await expect(table).toHaveAttribute('aria-busy', 'false');
        await attachScreenshot(page, `${persona.key}-${entry.key}.png`);
      }
    });
  });
}
