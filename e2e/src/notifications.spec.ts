import { expectNoSeriousA11yViolations } from './support/axe';
import { attachScreenshot, expect, test } from './support/fixtures';
import { PERSONAS, storageStatePath } from './support/personas';
import { TrellisApi } from './support/request-api';

// axe is injected into the page, which needs the CSP bypassed.
test.use({ storageState: storageStatePath(PERSONAS.requester), bypassCSP: true });

test('the requester sees the agent’s public comment arrive in the bell, live, and opens it', async ({
  page,
  request,
}) => {
  const api = new TrellisApi(request);
  const submitted = await api.submitRequest('license', `Notification check ${Date.now()}`);

  await page.goto('/requests');
  await expect(page.getByRole('heading', { level: 1, name: 'My requests' })).toBeVisible();
  const bell = page.getByRole('button', { name: /^Notifications/ });
  await bell.click();
  const popover = page.getByRole('dialog', { name: 'Notifications' });
  await expect(popover).toBeVisible();
  const comment = popover.getByRole('button', {
    name: new RegExp(`New comment on ${submitted.number}`),
  });
  await expect(comment).toHaveCount(0);

  // The comment is written through the API; the outbox dispatcher (every 3 s with the scheduler
  // on, as in these tests) delivers it, and the stream brings it to the open popover unreloaded.
  await api.call(PERSONAS.agent, 'POST', `requests/${submitted.id}/comments`, {
    body: 'We are on it: the licence is being ordered.',
    visibility: 'public',
  });
  await expect(comment).toBeVisible({ timeout: 20_000 });
  await expect(comment).toContainText('Unread');
  await expectNoSeriousA11yViolations(page);
  await attachScreenshot(page, 'requester-notifications.png');
  // While the popover is open the page behind it is inert; close it to read the bell's count.
  await page.keyboard.press('Escape');
  await expect(bell).toHaveAccessibleName(/^Notifications, [\d,]+\+? unread$/);
  await bell.click();
  await comment.click();
  await expect(page).toHaveURL(`/requests/${submitted.id}`);
  await expect(
    page.getByRole('heading', { level: 1, name: new RegExp(submitted.number) }),
  ).toBeVisible();

  // Opened means read.
  await bell.click();
  await expect(
    page
      .getByRole('dialog', { name: 'Notifications' })
      .getByRole('button', { name: new RegExp(`New comment on ${submitted.number}`) }),
  ).not.toContainText('Unread');
  await page.keyboard.press('Escape');

  // The settings page is one click from the account menu.
  await page.getByRole('button', { name: 'Riley Requester' }).click();
  await page.getByRole('menuitem', { name: 'Notification settings' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Notification settings' }),
  ).toBeVisible();
  const emailOnComment = page.getByRole('switch', {
    name: 'A comment was added to a request: Email',
  });
  await expect(emailOnComment).toBeChecked();
  const saved = page.waitForResponse(
    (response) =>
      response.url().endsWith('/api/v1/notifications/preferences') &&
      response.request().method() === 'PUT',
  );
  await emailOnComment.click();
  expect((await saved).status()).toBe(200);
  await page.reload();
  await expect(
    page.getByRole('switch', { name: 'A comment was added to a request: Email' }),
  ).not.toBeChecked();
  await page.getByRole('switch', { name: 'A comment was added to a request: Email' }).click();
  await expect(
    page.getByRole('switch', { name: 'A comment was added to a request: Email' }),
  ).toBeChecked();
  await expectNoSeriousA11yViolations(page);
  await attachScreenshot(page, 'requester-notification-settings.png');
});
