import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { attachScreenshot, expect, test } from './support/fixtures';
import { PERSONAS, storageStatePath } from './support/personas';
import { TrellisApi } from './support/request-api';

test.use({ storageState: storageStatePath(PERSONAS.approver), bypassCSP: true });

function queue(page: Page) {
  return page.getByRole('grid', { name: 'Approvals waiting for you' });
}

function queueRow(page: Page, number: string) {
  return queue(page).getByRole('row').filter({ hasText: number });
}

async function openQueue(page: Page): Promise<void> {
  await page.goto('/approvals');
  await expect(page.getByRole('heading', { level: 1, name: 'Approvals' })).toBeVisible();
  await expect(queue(page)).toBeVisible();
}

test('the approver opens a request in the side panel and approves level 1', async ({
  page,
  request,
}) => {
  const api = new TrellisApi(request);
  const laptop = await api.submitRequest('laptop', 'E2E: approve level 1 in the side panel.');
  expect(laptop.status).toBe('pending_approval');

  await openQueue(page);
  const row = queueRow(page, laptop.number);
  await expect(row).toContainText('Laptop Request');
  await expect(row).toContainText('Riley Requester');
  await expect(row).toContainText('$1,850.00');
  await attachScreenshot(page, 'approvals-queue.png');

  await row.getByRole('button', { name: `Open ${laptop.number}` }).click();
  const panel = page.getByRole('dialog', { name: `${laptop.number} · Laptop Request` });
  await expect(panel.getByRole('region', { name: 'Details' })).toContainText(
    'E2E: approve level 1 in the side panel.',
  );
  await expect(
    panel.getByRole('region', { name: 'Approvals' }).getByRole('heading', { name: /Level 1/ }),
  ).toContainText('Waiting for a decision');
  await expectNoSeriousA11yViolations(page);
  await attachScreenshot(page, 'approvals-side-panel.png');

  await panel.getByRole('textbox', { name: 'Comment', exact: true }).fill('Fine by me.');
  await panel.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(page.getByText(`${laptop.number} approved`)).toBeVisible();
  await expect(panel).toBeHidden();
  await expect(queueRow(page, laptop.number)).toHaveCount(0);

  // Level 1 passed; the request now waits for level 2 (IT).
  const after = await api.getRequest(laptop.id);
  expect(after.status).toBe('pending_approval');
  expect(after.currentApprovalLevel).toBe(1);
});

test('the approver must say why to reject, and finds the decision in the history', async ({
  page,
  request,
}) => {
  const api = new TrellisApi(request);
  const license = await api.submitRequest('license', 'E2E: to be rejected with a reason.');

  await openQueue(page);
  await queueRow(page, license.number)
    .getByRole('button', { name: `Open ${license.number}` })
    .click();
  const panel = page.getByRole('dialog', { name: `${license.number} · Software License` });
  await panel.getByRole('button', { name: 'Reject', exact: true }).click();
  await expect(panel.getByText('A comment is required to reject: say why.')).toBeVisible();
  await attachScreenshot(page, 'approvals-reject-needs-comment.png');

  await panel
    .getByRole('textbox', { name: 'Comment', exact: true })
    .fill('We already have a site licence for this.');
  await panel.getByRole('button', { name: 'Reject', exact: true }).click();
  await expect(page.getByText(`${license.number} rejected`)).toBeVisible();
  expect((await api.getRequest(license.id)).status).toBe('rejected');

  await page.getByRole('tab', { name: 'My decisions' }).click();
  await page.getByRole('button', { name: 'Rejected' }).click();
  const history = page.getByRole('grid', { name: 'Requests you rejected' });
  await expect(history.getByRole('row').filter({ hasText: license.number })).toContainText(
    'We already have a site licence for this.',
  );
  await expectNoSeriousA11yViolations(page);
});

test('the approver approves three requests at once and sees a result for each', async ({
  page,
  request,
}) => {
  const api = new TrellisApi(request);
  const created = [];
  for (const n of [1, 2, 3]) {
    created.push(await api.submitRequest('license', `E2E: bulk approval ${n} of 3.`));
  }

  await openQueue(page);
  for (const one of created) {
    await queueRow(page, one.number).getByRole('checkbox', { name: 'Select row' }).check();
  }
  const bar = page.getByRole('toolbar', { name: 'Bulk decisions' });
  await expect(bar).toContainText('3 selected');
  await bar.getByRole('button', { name: 'Approve selected' }).click();
  const dialog = page.getByRole('dialog', { name: 'Approve 3 requests?' });
  await dialog.getByRole('button', { name: 'Approve 3 requests' }).click();

  const results = page.getByRole('list', { name: 'Result per request' });
  await expect(results.getByRole('listitem')).toHaveCount(3);
  for (const one of created) {
    await expect(results).toContainText(`${one.number} · Software License: Approved`);
    await expect(queueRow(page, one.number)).toHaveCount(0);
  }
  await attachScreenshot(page, 'approvals-bulk-results.png');
  await expectNoSeriousA11yViolations(page);
  for (const one of created) {
    expect((await api.getRequest(one.id)).status).not.toBe('pending_approval');
  }
});

test('the approver sets a delegation and removes it', async ({ page }) => {
  await page.goto('/approvals?tab=delegations');
  await expect(page.getByRole('tab', { name: 'Delegations' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  // A window that starts next month: nothing is routed to the delegate while other tests run.
  const start = new Date(Date.now() + 30 * 86_400_000);
  const end = new Date(start.getTime() + 7 * 86_400_000);
  const local = (d: Date) =>
    new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

  await page.getByRole('button', { name: 'Set delegation' }).click();
  await expect(page.getByText('Choose who decides in your place.')).toBeVisible();

  await page.getByRole('combobox', { name: 'Delegate' }).fill('Casey');
  await page.getByRole('option', { name: /Casey Changes/ }).click();
  await page.getByLabel(/^From/).fill(local(start));
  await page.getByLabel(/^To/).fill(local(end));
  await page.getByRole('button', { name: 'Set delegation' }).click();
  await expect(page.getByText('Casey Changes decides for you until the end date')).toBeVisible();

  const mine = page.getByRole('list', { name: 'Your delegations' });
  const delegation = mine
    .getByRole('listitem')
    .filter({ hasText: 'Casey Changes decides for you' });
  await expect(delegation).toHaveCount(1);
  await attachScreenshot(page, 'approvals-delegations.png');
  await expectNoSeriousA11yViolations(page);

  await delegation.getByRole('button', { name: 'Remove the delegation to Casey Changes' }).click();
  await expect(page.getByText('Delegation removed')).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Your delegations' }).getByRole('listitem'),
  ).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the queue keeps the request and its waiting time, and the panel fills the screen', async ({
    page,
    request,
  }) => {
    const api = new TrellisApi(request);
    const license = await api.submitRequest('license', 'E2E: decided on a phone.');

    await openQueue(page);
    const row = queueRow(page, license.number);
    await expect(row.getByRole('button', { name: `Open ${license.number}` })).toBeVisible();
    await expect(queue(page).getByRole('columnheader', { name: 'Waiting' })).toBeVisible();
    await expect(queue(page).getByRole('columnheader', { name: 'Requester' })).toHaveCount(0);
    await attachScreenshot(page, 'approvals-queue-phone.png');

    await row.getByRole('button', { name: `Open ${license.number}` }).click();
    const panel = page.getByRole('dialog', { name: `${license.number} · Software License` });
    await expect(panel.getByRole('button', { name: 'Approve', exact: true })).toBeInViewport();
    await attachScreenshot(page, 'approvals-side-panel-phone.png');
    await panel.getByRole('button', { name: 'Close the panel' }).click();
    await expect(panel).toBeHidden();
  });
});
