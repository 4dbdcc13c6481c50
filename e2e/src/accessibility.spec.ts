import { expectNoSeriousA11yViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { PERSONAS, storageStatePath } from './support/personas';

// axe is injected as a script, which the API's CSP rightly forbids; only these tests lift it.
test.use({ bypassCSP: true });

test('the sign-in page has no serious accessibility violations', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('the sign-in page with an error has no serious accessibility violations', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill(PERSONAS.agent.email);
  await page.getByLabel('Password').fill('wrong-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test.describe('signed in as an admin', () => {
  test.use({ storageState: storageStatePath(PERSONAS.admin) });

  test('the shell has no serious accessibility violations', async ({ page }) => {
    await page.goto('/catalog');
    await expect(page.getByRole('heading', { level: 1, name: 'Catalog' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the Admin page in ${colorScheme} mode has no serious accessibility violations`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/admin');
      await expect(page.getByRole('table', { name: 'Users' })).toHaveAttribute(
        'aria-busy',
        'false',
      );
      await expectNoSeriousA11yViolations(page);
    });
  }

  test('the not-found page has no serious accessibility violations', async ({ page }) => {
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe('signed in as a requester', () => {
  test.use({ storageState: storageStatePath(PERSONAS.requester) });

  test('the no-access page has no serious accessibility violations', async ({ page }) => {
    await page.goto('/admin');
    await expect(
      page.getByRole('heading', { level: 1, name: "You don't have access to this page" }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the Catalog page in ${colorScheme} mode has no serious accessibility violations`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/catalog');
      await expect(page.getByRole('list', { name: 'Catalog items' })).toHaveAttribute(
        'aria-busy',
        'false',
      );
      await expect(page.getByRole('group', { name: 'Categories' })).toHaveAttribute(
        'aria-busy',
        'false',
      );
      await expectNoSeriousA11yViolations(page);
    });
  }

  test('the My requests page has no serious accessibility violations', async ({ page }) => {
    await page.goto('/requests');
    await expect(page.getByRole('table', { name: 'Requests' })).toHaveAttribute(
      'aria-busy',
      'false',
    );
    await expectNoSeriousA11yViolations(page);
  });

  test('a catalog item page has no serious accessibility violations', async ({ page }) => {
    await page.goto('/catalog');
    await page.getByRole('link', { name: 'Laptop Request' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Laptop Request' })).toBeVisible();
    const reviews = page.getByRole('region', { name: 'Reviews' });
    await expect(
      reviews
        .getByRole('listitem')
        .first()
        .or(reviews.getByRole('heading', { name: 'No reviews yet' })),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe('signed in as an auditor', () => {
  test.use({ storageState: storageStatePath(PERSONAS.auditor) });

  test('the Audit page has no serious accessibility violations', async ({ page }) => {
    await page.goto('/audit');
    await expect(page.getByRole('table', { name: 'Audit events' })).toHaveAttribute(
      'aria-busy',
      'false',
    );
    await expectNoSeriousA11yViolations(page);
  });
});
