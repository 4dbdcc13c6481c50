import { attachScreenshot, expect, mainNavigation, signIn, test } from './support/fixtures';
import { PERSONAS, TENANT, TENANT_NAME } from './support/personas';

test.describe('signing in and out', () => {
  test('the sign-in page offers the remembered tenant', async ({ page }) => {
    await page.goto('/login');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(page.getByLabel('Tenant')).toHaveValue(TENANT);
    await expect(page.getByLabel('Email')).toBeFocused();
    await attachScreenshot(page, 'login.png');
  });

  test('a wrong password shows the reason and stays on the sign-in page', async ({ page }) => {
    await signIn(page, PERSONAS.approver, 'not-the-password');
    await expect(page.getByRole('alert')).toHaveText('Email or password is incorrect');
    await expect(page).toHaveURL('/login');
    await expect(page.getByLabel('Password')).toBeVisible();
    await expect(mainNavigation(page)).toHaveCount(0);
    await attachScreenshot(page, 'login-failed.png');
  });

  test('an unknown tenant is refused the same way as a wrong password', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('Tenant').fill('no-such-tenant');
    await page.getByLabel('Email').fill(PERSONAS.requester.email);
    await page.getByLabel('Password').fill('Trellis-demo-1');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toHaveText('Email or password is incorrect');
    await expect(page).toHaveURL('/login');
  });

  test('a protected page asks for sign-in, then opens after it', async ({ page }) => {
    await page.goto('/audit');
    await expect(page).toHaveURL('/login');
    await signIn(page, PERSONAS.auditor);
    await expect(page).toHaveURL('/audit');
    await expect(page.getByRole('heading', { level: 1, name: 'Audit' })).toBeVisible();
  });

  test('signing out returns to the sign-in page and protected pages stay closed', async ({
    page,
  }) => {
    const persona = PERSONAS.requester;
    await signIn(page, persona);
    await expect(page.getByRole('heading', { level: 1, name: 'Catalog' })).toBeVisible();
    await mainNavigation(page).getByRole('link', { name: 'My requests' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My requests' })).toBeVisible();

    await page.getByRole('button', { name: persona.name }).click();
    const account = page.getByRole('dialog', { name: 'Your account' });
    await expect(account).toContainText(TENANT_NAME);
    await expect(account.getByRole('list', { name: 'Your roles' })).toHaveText('Requester');
    await attachScreenshot(page, 'user-menu.png');
    await account.getByRole('menuitem', { name: 'Sign out' }).click();

    await expect(page).toHaveURL('/login');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();

    // Back in history is the catalog page the person saw while signed in: it must not reopen.
    await page.goBack();
    await expect(page).toHaveURL('/login');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await page.goto('/requests');
    await expect(page).toHaveURL('/login');
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  });
});
