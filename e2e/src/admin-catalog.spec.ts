import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { attachScreenshot, expect, mainNavigation, test } from './support/fixtures';
import { PERSONAS, storageStatePath } from './support/personas';

// The admin's pages are checked with axe, which is injected into the page: that needs the CSP
// bypassed. The requester's part runs in a context of its own with the CSP in force, to prove
// the form is validated live under it.
test.use({ storageState: storageStatePath(PERSONAS.admin), bypassCSP: true });

const suffix = Date.now().toString(36);
const POLICY = `Manager sign-off ${suffix}`;
const ITEM = `Ergonomic chair ${suffix}`;

async function createPolicy(page: Page) {
  await mainNavigation(page).getByRole('link', { name: 'Catalog admin' }).click();
  await page.getByRole('link', { name: 'Approval policies' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Approval policies' })).toBeVisible();
  await page.getByRole('link', { name: 'New policy' }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(POLICY);
  const level = page.getByRole('region', { name: 'Level 1' });
  await level.getByRole('textbox', { name: 'Level 1 name' }).fill('Manager');
  // A new level asks the requester's manager; any one approval passes it.
  await expect(level.getByRole('combobox', { name: 'Level 1 approver 1 type' })).toHaveText(
    "The requester's manager",
  );
  await level.getByRole('spinbutton', { name: 'Remind every (hours)' }).fill('-1');
  await expect(
    level.getByText('The reminder interval must be a positive number of hours.'),
  ).toBeVisible();
  await level.getByRole('spinbutton', { name: 'Remind every (hours)' }).fill('24');
  await expect(
    level.getByText('The reminder interval must be a positive number of hours.'),
  ).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await attachScreenshot(page, 'admin-policy-editor.png');
  await page.getByRole('button', { name: 'Save policy' }).click();
  await expect(page.getByText(`${POLICY} is saved.`)).toBeVisible();
  await expect(page).toHaveURL(/\/catalog-admin\/approval-policies\/[0-9a-f-]{36}$/);
}

async function createItem(page: Page) {
  await mainNavigation(page).getByRole('link', { name: 'Catalog admin' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Catalog admin' })).toBeVisible();
  await page.getByRole('link', { name: 'New item' }).click();

  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(ITEM);
  await page.getByRole('combobox', { name: 'Category', exact: true }).click();
  await page.getByRole('option', { name: 'Hardware' }).click();
  await page
    .getByRole('textbox', { name: 'Description', exact: true })
    .fill('A chair adjusted to you.');
  await page.getByRole('textbox', { name: 'Cost', exact: true }).fill('320.00');

  await page.getByRole('tab', { name: 'Form' }).click();
  const fields = page.getByRole('list', { name: 'Form fields' });
  await page.getByRole('button', { name: 'Add field' }).click();
  await page.getByRole('menuitem', { name: 'Text', exact: true }).click();
  const location = fields.locator(':scope > li').nth(0);
  await location.getByRole('textbox', { name: 'Label', exact: true }).fill('Desk location');
  await location.getByRole('switch', { name: 'Required' }).check();
  await page.getByRole('button', { name: 'Add field' }).click();
  await page.getByRole('menuitem', { name: 'Select', exact: true }).click();
  const size = fields.locator(':scope > li').nth(1);
  await size.getByRole('textbox', { name: 'Label', exact: true }).fill('Seat size');
  await size.getByRole('textbox', { name: 'Choices' }).fill('Standard\nLarge');
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('textbox', { name: /Desk location/ })).toBeVisible();
  await expect(preview.getByRole('combobox', { name: /Seat size/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await attachScreenshot(page, 'admin-form-builder.png');

  await page.getByRole('tab', { name: 'Tasks' }).click();
  await page.getByRole('button', { name: 'Add task' }).click();
  await page
    .getByRole('region', { name: 'Task 1' })
    .getByRole('textbox', { name: 'Title', exact: true })
    .fill('Deliver the chair');

  await page.getByRole('tab', { name: 'Approval' }).click();
  await page.getByRole('combobox', { name: 'Approval policy' }).click();
  await page.getByRole('option', { name: POLICY }).click();
  await expect(page.getByText(/Any one approves of the requester's manager/)).toBeVisible();

  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText(`${ITEM} is saved as a draft.`)).toBeVisible();
  await expect(page).toHaveURL(/\/catalog-admin\/items\/[0-9a-f-]{36}$/);
  await expect(page.getByText('All changes saved')).toBeVisible();

  await page.getByRole('button', { name: 'Publish' }).click();
  const dialog = page.getByRole('dialog', { name: `Publish ${ITEM}?` });
  await dialog.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText(`${ITEM} is published.`)).toBeVisible();
  await expect(page.getByText('Published', { exact: true })).toBeVisible();

  await mainNavigation(page).getByRole('link', { name: 'Catalog admin' }).click();
  await page.getByRole('tab', { name: 'Published' }).click();
  const published = page.getByRole('table', { name: 'Published items' });
  await expect(published).toHaveAttribute('aria-busy', 'false');
  await expect(published.getByRole('rowheader', { name: ITEM })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await attachScreenshot(page, 'admin-catalog-list.png');
}

test('an admin publishes a new item with a two-field form and a new policy, and a requester orders it', async ({
  page,
  browser,
}) => {
  // One journey across two personas and five pages.
  test.setTimeout(120_000);
  await page.goto('/catalog');
  await createPolicy(page);
  await createItem(page);

  // Contexts made here inherit the file's options: put the CSP back for the requester.
  const requesterContext = await browser.newContext({
    storageState: storageStatePath(PERSONAS.requester),
    bypassCSP: false,
  });
  try {
    const requester = await requesterContext.newPage();
    const response = await requester.goto('/catalog');
    // The page runs under the production CSP, which forbids compiling code at run time (Ajv's
    // way of validating): the field error below comes from validation that works without it.
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');

    await requester.getByRole('searchbox', { name: 'Search the catalog' }).fill(ITEM);
    await requester.getByRole('link', { name: ITEM }).click();
    await expect(requester.getByRole('heading', { level: 1, name: ITEM })).toBeVisible();
    const form = requester.getByRole('region', { name: 'Request this item' });
    await form.getByRole('combobox', { name: /Seat size/ }).click();
    await requester.getByRole('option', { name: 'Large' }).click();
    await form.getByRole('button', { name: 'Submit request' }).click();
    await expect(form.getByText("must have required property 'Desk location'")).toBeVisible();
    await expect(requester).toHaveURL(/\/catalog\//);
    await attachScreenshot(requester, 'requester-new-item-field-error.png');

    await form.getByRole('textbox', { name: /Desk location/ }).fill('Floor 3, desk 12');
    await expect(form.getByText(/must have required property/)).toHaveCount(0);
    await form.getByRole('button', { name: 'Submit request' }).click();
    await expect(requester).toHaveURL(/\/requests\/[0-9a-f-]{36}$/);
    await expect(
      requester.getByRole('heading', { level: 1, name: new RegExp(ITEM) }),
    ).toBeVisible();
    await expect(requester.getByText('Pending approval').first()).toBeVisible();
    await attachScreenshot(requester, 'requester-new-item-submitted.png');
  } finally {
    await requesterContext.close();
  }
});
