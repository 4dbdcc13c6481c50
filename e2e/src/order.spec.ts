import { attachScreenshot, expect, test } from './support/fixtures';
import { PERSONAS, storageStatePath } from './support/personas';

test.use({ storageState: storageStatePath(PERSONAS.requester) });

test('the requester orders a laptop, fixing the field the form flags', async ({ page }) => {
  await page.goto('/catalog');
  await page.getByRole('link', { name: 'Laptop Request' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Laptop Request' })).toBeVisible();
  const form = page.getByRole('region', { name: 'Request this item' });

  // No reason given: the field says so, checked live in the page against the item's schema
  // (under the production CSP too) before anything is sent.
  await form.getByRole('combobox', { name: /Model/ }).click();
  await page.getByRole('option', { name: 'MacBook Pro 14"' }).click();
  await form.getByRole('button', { name: 'Submit request' }).click();
  await expect(form.getByText(/must have required property 'Reason'/).first()).toBeVisible();
  await expect(page).toHaveURL(/\/catalog\//);
  await attachScreenshot(page, 'order-field-error.png');

  await form.getByRole('combobox', { name: /Reason/ }).click();
  await page.getByRole('option', { name: 'Replacement: end of life' }).click();
  await expect(form.getByText(/must have required property/)).toHaveCount(0);
  await form.getByLabel('Justification').fill('My laptop is five years old.');
  await form.getByRole('button', { name: 'Submit request' }).click();

  await expect(page).toHaveURL(/\/requests\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: /Laptop Request/ })).toBeVisible();
  await expect(page.getByText('Pending approval')).toBeVisible();
  await expect(page.getByText('My laptop is five years old.')).toBeVisible();
  await attachScreenshot(page, 'order-submitted.png');
  const heading = await page.getByRole('heading', { level: 1 }).textContent();
  const number = /REQ-\d+/.exec(heading ?? '')?.[0];
  expect(number).toBeDefined();

  await page.getByRole('link', { name: 'My requests' }).first().click();
  const mine = page.getByRole('table', { name: 'Requests' });
  await expect(mine).toHaveAttribute('aria-busy', 'false');
  const row = mine
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: number, exact: true }) });
  await expect(row).toContainText('Laptop Request');
  await expect(row).toContainText('Pending approval');

  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Pending approval' }).click();
  await expect(row).toBeVisible();
  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Cancelled' }).click();
  await expect(row).toHaveCount(0);
});

test("the requester orders an account for a colleague's new starter, picking people from the directory", async ({
  page,
}) => {
  await page.goto('/catalog');
  await page.getByRole('link', { name: 'New User Account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New User Account' })).toBeVisible();
  const form = page.getByRole('region', { name: 'Request this item' });

  await form.getByRole('textbox', { name: /First name/ }).fill('Casey');
  await form.getByRole('textbox', { name: /Last name/ }).fill('Newstart');
  await form.getByRole('combobox', { name: /Department/ }).click();
  await page.getByRole('option', { name: 'Finance' }).click();
  await form.getByLabel(/Start date/).fill('2027-01-04');
  // A person field of the form: found by name in the directory, answered with their email.
  const manager = form.getByRole('combobox', { name: /Line manager/ });
  await manager.fill('avery');
  await page
    .getByRole('option', { name: `${PERSONAS.approver.name} (${PERSONAS.approver.email})` })
    .click();
  await expect(manager).toHaveValue(PERSONAS.approver.email);
  // Ordered on someone else's behalf, found the same way by a plain requester.
  await form.getByRole('combobox', { name: 'On behalf of' }).fill('auditor@');
  await page.getByRole('option', { name: new RegExp(PERSONAS.auditor.email) }).click();
  await attachScreenshot(page, 'order-on-behalf.png');
  await form.getByRole('button', { name: 'Submit request' }).click();

  await expect(page).toHaveURL(/\/requests\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: /New User Account/ })).toBeVisible();
  await expect(page.getByText(PERSONAS.auditor.name).first()).toBeVisible();
  await expect(page.getByText(PERSONAS.approver.email)).toBeVisible();
});
