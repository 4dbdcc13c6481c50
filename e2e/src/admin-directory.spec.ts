import type { Locator, Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { attachScreenshot, expect, test } from './support/fixtures';
import { PERSONAS, TENANT, storageStatePath } from './support/personas';

// axe is injected as a script, which the API's CSP rightly forbids; this spec lifts it.
test.use({ storageState: storageStatePath(PERSONAS.admin), bypassCSP: true });

// Names of this run's own: the spec never depends on what an earlier run left behind.
const RUN = Date.now().toString(36).toUpperCase();

async function pickPerson(page: Page, field: Locator, name: string): Promise<void> {
  await field.fill(name.split(' ')[0] ?? name);
  await page.getByRole('option', { name: new RegExp(name) }).click();
}

function adminSection(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Administration' }).getByRole('tab', { name });
}

test('the admin adds a person who can then sign in, and later takes their access away', async ({
  page,
  request,
}) => {
  const name = `Aa Newcomer ${RUN}`;
  const email = `newcomer-${RUN.toLowerCase()}@acme.test`;
  const password = 'A-long-enough-password-1';
  await page.goto('/admin');
  const table = page.getByRole('table', { name: 'Users' });
  await expect(table).toHaveAttribute('aria-busy', 'false');

  await page.getByRole('button', { name: 'New user' }).click();
  const create = page.getByRole('dialog', { name: 'New user' });
  await create.getByRole('textbox', { name: 'Email' }).fill(email);
  await create.getByRole('textbox', { name: 'Name' }).fill(name);
  await create.getByRole('checkbox', { name: 'Agent' }).check();
  await pickPerson(page, create.getByRole('combobox', { name: 'Manager' }), PERSONAS.approver.name);
  await create.getByLabel('Password').fill(password);
  await expectNoSeriousA11yViolations(page);
  await create.getByRole('button', { name: 'Add user' }).click();
  await expect(create).toBeHidden();
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
  await expect(row).toContainText('Agent');
  await expect(row).toContainText(PERSONAS.approver.name);
  await expect(row).toContainText('Active');
  const signIn = () =>
    request.post('/api/v1/auth/login', { data: { tenant: TENANT, email, password } });
  expect((await signIn()).status()).toBe(200);

  await row.getByRole('button', { name: `Edit ${name}` }).click();
  const edit = page.getByRole('dialog', { name: `Edit ${name}` });
  await edit.getByRole('switch', { name: /Active/ }).uncheck();
  await edit.getByRole('button', { name: 'Save user' }).click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText('Inactive');
  expect((await signIn()).status()).toBe(401);
  await attachScreenshot(page, 'admin-users.png');
});

test('the admin creates a team and changes its lead and members', async ({ page }) => {
  const teamName = `Field Services ${RUN}`;
  await page.goto('/admin');
  await adminSection(page, 'Teams').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Teams' })).toBeVisible();
  const table = page.getByRole('table', { name: 'All teams' });
  await expect(table).toHaveAttribute('aria-busy', 'false');
  await expect(table.getByRole('rowheader', { name: 'Service Desk' })).toBeVisible();

  await page.getByRole('button', { name: 'New team' }).click();
  const create = page.getByRole('dialog', { name: 'New team' });
  await create.getByLabel('Name').fill(teamName);
  await pickPerson(page, create.getByRole('combobox', { name: 'Lead' }), PERSONAS.agent.name);
  await pickPerson(page, create.getByRole('combobox', { name: 'Members' }), PERSONAS.agent.name);
  await expectNoSeriousA11yViolations(page);
  await create.getByRole('button', { name: 'Create team' }).click();
  await expect(create).toBeHidden();
  const row = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: teamName }) });
  await expect(row).toContainText(PERSONAS.agent.name);

  await row.getByRole('button', { name: `Edit ${teamName}` }).click();
  const edit = page.getByRole('dialog', { name: `Edit ${teamName}` });
  await pickPerson(page, edit.getByRole('combobox', { name: 'Members' }), PERSONAS.admin.name);
  await pickPerson(page, edit.getByRole('combobox', { name: 'Lead' }), PERSONAS.admin.name);
  await edit.getByRole('button', { name: 'Save team' }).click();
  await expect(edit).toBeHidden();
  await expect(row.getByRole('cell').nth(0)).toHaveText(PERSONAS.admin.name);
  await expect(row).toContainText(`${PERSONAS.agent.name}, ${PERSONAS.admin.name}`);
  await attachScreenshot(page, 'admin-teams.png');
  await expectNoSeriousA11yViolations(page);
});

test('the admin creates a cost centre and raises its budget', async ({ page }) => {
  const code = `E2E-${RUN}`;
  await page.goto('/admin/cost-centres');
  await expect(page.getByRole('heading', { level: 1, name: 'Cost centres' })).toBeVisible();
  const table = page.getByRole('table', { name: 'All cost centres' });
  await expect(table).toHaveAttribute('aria-busy', 'false');

  await page.getByRole('button', { name: 'New cost centre' }).click();
  const create = page.getByRole('dialog', { name: 'New cost centre' });
  await create.getByLabel('Code').fill(code);
  await create.getByLabel('Name').fill('End-to-end testing');
  await pickPerson(page, create.getByRole('combobox', { name: 'Owner' }), PERSONAS.admin.name);
  await create.getByLabel('Budget').fill('not money');
  await create.getByRole('button', { name: 'Create cost centre' }).click();
  await expect(create.getByText('An amount like 25000.00')).toBeVisible();
  await create.getByLabel('Budget').fill('5000.00');
  await create.getByRole('button', { name: 'Create cost centre' }).click();
  await expect(create).toBeHidden();

  const row = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(code) }) });
  await expect(row).toContainText(PERSONAS.admin.name);
  await expect(row).toContainText('5,000.00');
  await expect(row.getByRole('progressbar', { name: `${code} budget used` })).toBeVisible();
  await expect(row).toContainText('0% used');

  await row.getByRole('button', { name: `Edit ${code}` }).click();
  const edit = page.getByRole('dialog', { name: `Edit ${code}` });
  await expect(edit.getByLabel('Code')).toBeDisabled();
  await edit.getByLabel('Budget').fill('8000.00');
  await edit.getByRole('button', { name: 'Save cost centre' }).click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText('8,000.00');
  await attachScreenshot(page, 'admin-cost-centres.png');
  await expectNoSeriousA11yViolations(page);
});

test('the admin creates an API token, sees its secret once, and revokes it', async ({ page }) => {
  const name = `Monitoring ${RUN}`;
  await page.goto('/admin/api-tokens');
  await expect(page.getByRole('heading', { level: 1, name: 'API tokens' })).toBeVisible();

  await page.getByRole('button', { name: 'New API token' }).click();
  const create = page.getByRole('dialog', { name: 'New API token' });
  await create.getByLabel('Token name').fill(name);
  await create.getByRole('checkbox', { name: 'Requester' }).check();
  await create.getByRole('button', { name: 'Create token' }).click();

  const shown = page.getByRole('dialog', { name: `Copy the token for ${name}` });
  const field = shown.getByLabel('API token');
  await expect(field).toHaveValue(/^trl_/);
  const secret = await field.inputValue();
  await expect(shown).toContainText('This is the only time the token is shown');
  await attachScreenshot(page, 'admin-api-token-secret.png');
  await expectNoSeriousA11yViolations(page);
  await shown.getByRole('button', { name: 'Done' }).click();
  await expect(shown).toBeHidden();

  // The secret is gone from the page; the list knows only the token's start.
  const table = page.getByRole('table', { name: 'All API tokens' });
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
  await expect(row).toContainText('Active');
  await expect(row).toContainText(secret.slice(0, 12));
  expect(await page.content()).not.toContain(secret);

  // The token works until it is revoked.
  const call = () =>
    page.request.get('/api/v1/auth/me', { headers: { authorization: `Bearer ${secret}` } });
  expect((await call()).status()).toBe(200);
  await row.getByRole('button', { name: `Revoke ${name}` }).click();
  await page
    .getByRole('dialog', { name: `Revoke ${name}?` })
    .getByRole('button', { name: 'Revoke token' })
    .click();
  await expect(row).toContainText('Revoked');
  await expect(row.getByRole('button', { name: `Revoke ${name}` })).toHaveCount(0);
  expect((await call()).status()).toBe(401);
  await attachScreenshot(page, 'admin-api-tokens.png');
  await expectNoSeriousA11yViolations(page);
});
