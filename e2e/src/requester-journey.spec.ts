import { expectNoSeriousA11yViolations } from './support/axe';
import { attachScreenshot, expect, test } from './support/fixtures';
import { PERSONAS, storageStatePath } from './support/personas';
import { TrellisApi } from './support/request-api';

test.use({ storageState: storageStatePath(PERSONAS.requester), bypassCSP: true });

test('the requester follows a request, comments on it and attaches a file', async ({
  page,
  request,
}) => {
  const api = new TrellisApi(request);
  const laptop = await api.submitRequest('laptop', 'E2E: comments and attachments.');

  await page.goto('/requests');
  await page.getByRole('searchbox', { name: 'Search' }).fill(laptop.number);
  const mine = page.getByRole('table', { name: 'Requests' });
  await expect(mine.getByRole('row')).toHaveCount(2);
  await mine.getByRole('link', { name: laptop.number }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: `${laptop.number} · Laptop Request` }),
  ).toBeVisible();
  const progress = page.getByRole('list', { name: 'Request progress' });
  await expect(progress.locator('[aria-current="step"]')).toContainText('Approval');
  await expect(page.getByRole('region', { name: 'Approvals' })).toContainText('Level 1: Manager');

  const comments = page.getByRole('region', { name: 'Comments' });
  await comments.getByRole('button', { name: 'Post comment' }).click();
  await expect(comments.getByText('Write something first.')).toBeVisible();
  await comments.getByLabel('Add a comment').fill('Could it come with a second charger?');
  await comments.getByRole('button', { name: 'Post comment' }).click();
  await expect(page.getByText('Comment posted')).toBeVisible();
  await expect(comments.getByRole('list', { name: 'Comments' })).toContainText(
    'Could it come with a second charger?',
  );
  // Requesters write public comments only.
  await expect(comments.getByText('Internal (agents only)')).toHaveCount(0);

  const attachments = page.getByRole('region', { name: 'Attachments' });
  await attachments.getByLabel('Attach a file').setInputFiles({
    name: 'quote.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Quote 4711: MacBook Pro 14", 32 GB, 1 TB.\n'),
  });
  await expect(page.getByText('quote.txt attached')).toBeVisible();
  const files = attachments.getByRole('list', { name: 'Attached files' });
  await expect(files).toContainText('quote.txt');

  const download = page.waitForEvent('download');
  await files.getByRole('button', { name: 'Download quote.txt' }).click();
  expect((await download).suggestedFilename()).toBe('quote.txt');

  await attachScreenshot(page, 'request-page.png');
  await expectNoSeriousA11yViolations(page);
});

test('the requester cancels a submitted request, saying why', async ({ page, request }) => {
  const api = new TrellisApi(request);
  const laptop = await api.submitRequest('laptop', 'E2E: to be cancelled.');

  await page.goto(`/requests/${laptop.id}`);
  await page.getByRole('button', { name: 'Cancel request' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cancel this request?' });
  await dialog.getByRole('button', { name: 'Cancel request' }).click();
  await expect(dialog.getByText('Say why you are cancelling it.')).toBeVisible();
  await dialog.getByLabel(/Reason/).fill('Found a spare one in the office.');
  await dialog.getByRole('button', { name: 'Cancel request' }).click();

  await expect(page.getByText('Request cancelled')).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('Cancelled');
  const progress = page.getByRole('list', { name: 'Request progress' });
  await expect(progress.locator('[aria-current="step"]')).toContainText('Cancelled');
  await expect(page.getByRole('list', { name: 'Activity' })).toContainText(
    'Cancelled: Found a spare one in the office.',
  );
  await expect(page.getByRole('button', { name: 'Cancel request' })).toHaveCount(0);
  expect((await api.getRequest(laptop.id)).status).toBe('cancelled');
});

test('the requester closes a fulfilled request with five stars and feedback', async ({
  page,
  request,
}) => {
  const api = new TrellisApi(request);
  const license = await api.submitRequest('license', 'E2E: fulfilled, then closed.');
  await api.approveAsApprover(license.id);
  await api.fulfilAsAgent(license.id);

  await page.goto(`/requests/${license.id}`);
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('Fulfilled');
  await expect(page.getByRole('progressbar', { name: /tasks finished/ })).toHaveAttribute(
    'aria-valuenow',
    '100',
  );
  await page.getByRole('button', { name: 'Close and rate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Close and rate this request' });
  // From the keyboard, as the stars' inputs sit under their icons.
  await dialog.getByRole('radio', { name: '5 Stars' }).focus();
  await page.keyboard.press('Space');
  await expect(dialog.getByRole('radio', { name: '5 Stars' })).toBeChecked();
  await dialog.getByLabel('Feedback').fill('Licence arrived the same afternoon.');
  await expectNoSeriousA11yViolations(page);
  await attachScreenshot(page, 'request-close-dialog.png');
  await dialog.getByRole('button', { name: 'Close request' }).click();

  await expect(page.getByText('Request closed. Thank you for your rating!')).toBeVisible();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details).toContainText('Closed');
  await expect(details).toContainText('5 of 5');
  await expect(details).toContainText('Licence arrived the same afternoon.');
  await expect(page.getByRole('button', { name: 'Close and rate' })).toHaveCount(0);
  const closed = await api.getRequest(license.id);
  expect(closed.status).toBe('closed');
});
