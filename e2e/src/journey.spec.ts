import type { Browser, Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { boardColumn } from './support/board';
import { attachScreenshot, expect, test } from './support/fixtures';
import type { Persona } from './support/personas';
import { PERSONAS, storageStatePath } from './support/personas';

/** A page signed in as `persona`, in a browser context of its own (as on their own machine). */
async function pageOf(browser: Browser, persona: Persona): Promise<Page> {
  const context = await browser.newContext({
    storageState: storageStatePath(persona),
    // axe is injected as a script, which the API's CSP rightly forbids; these tests lift it.
    bypassCSP: true,
    // Tall enough that every board column's cards stay on screen while a card is dragged.
    viewport: { width: 1400, height: 1800 },
  });
  return context.newPage();
}

async function approveInQueue(page: Page, number: string, comment: string): Promise<void> {
  await page.goto('/approvals');
  const queue = page.getByRole('grid', { name: 'Approvals waiting for you' });
  const row = queue.getByRole('row').filter({ hasText: number });
  await row.getByRole('button', { name: `Open ${number}` }).click();
  const panel = page.getByRole('dialog', { name: `${number} · Laptop Request` });
  await panel.getByRole('textbox', { name: 'Comment', exact: true }).fill(comment);
  await panel.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(page.getByText(`${number} approved`)).toBeVisible();
  await expect(queue.getByRole('row').filter({ hasText: number })).toHaveCount(0);
}

test('a laptop from the order form through two approvals and the task board to a five-star review', async ({
  browser,
}) => {
  // The whole journey: four people, two approval levels, five tasks worked on the board.
  test.setTimeout(240_000);
  const feedback = `Journey ${Date.now().toString(36)}: set up and handed over the same week.`;

  // The requester orders a laptop; the form flags the missing reason before anything is sent.
  const requester = await pageOf(browser, PERSONAS.requester);
  await requester.goto('/catalog');
  await requester.getByRole('link', { name: 'Laptop Request' }).click();
  const form = requester.getByRole('region', { name: 'Request this item' });
  await form.getByRole('combobox', { name: /Model/ }).click();
  await requester.getByRole('option', { name: 'MacBook Pro 14"' }).click();
  await form.getByRole('button', { name: 'Submit request' }).click();
  await expect(form.getByText(/must have required property 'Reason'/).first()).toBeVisible();
  await form.getByRole('combobox', { name: /Reason/ }).click();
  await requester.getByRole('option', { name: 'Replacement: end of life' }).click();
  await form.getByLabel('Justification').fill('The journey test needs a new laptop.');
  await form.getByRole('button', { name: 'Submit request' }).click();
  await expect(requester).toHaveURL(/\/requests\/[0-9a-f-]{36}$/);
  const requestUrl = requester.url();
  // The page heading carries the number once the request has loaded.
  await expect(requester.getByRole('heading', { level: 1 })).toHaveText(/REQ-\d+/);
  const heading = await requester.getByRole('heading', { level: 1 }).textContent();
  const number = /REQ-\d+/.exec(heading ?? '')?.[0] ?? '';
  expect(number).toMatch(/^REQ-\d+$/);
  await expect(requester.getByText('Pending approval')).toBeVisible();

  // Level 1: the requester's manager; level 2: a change manager (IT).
  await approveInQueue(await pageOf(browser, PERSONAS.approver), number, 'Five years old: yes.');
  const it = await pageOf(browser, PERSONAS.changes);
  await approveInQueue(it, number, 'Standard model, in budget.');

  // The agent works each task of the request through the board as it opens.
  const agent = await pageOf(browser, PERSONAS.agent);
  await agent.goto('/tasks');
  await expect(agent.getByRole('heading', { level: 1, name: 'Tasks' })).toBeVisible();
  const ofRequest = (column: Parameters<typeof boardColumn>[1]) =>
    boardColumn(agent, column).getByRole('article').filter({ hasText: number });
  await expect(ofRequest('Open')).toHaveCount(1);
  await attachScreenshot(agent, 'journey-board.png');
  // Open tasks of the request before each step, by the laptop's dependencies: check stock; then
  // order and accessories; then imaging and the other; then one; then the hand-over.
  const openBefore = [1, 2, 2, 1, 1];
  for (let finished = 0; finished < 5; finished += 1) {
    // The board has caught up with the last completion (which opened the next tasks) before a
    // card is picked: cards move while it refreshes.
    await expect(ofRequest('Open')).toHaveCount(openBefore[finished]);
    // Pin the card by its number: the board re-sorts as finished tasks open the next ones.
    const taskNumber =
      (await ofRequest('Open')
        .first()
        .getByText(/^TASK-\d+$/)
        .textContent()) ?? '';
    const task = (column: Parameters<typeof boardColumn>[1]) =>
      boardColumn(agent, column)
        .getByRole('article')
        .filter({ has: agent.getByText(taskNumber, { exact: true }) });
    // The card menu, not the mouse: on a board crowded by other tests the card may sit below the
    // fold, where a drag cannot reach (fulfiller.spec.ts drags, with the keyboard and the mouse).
    await task('Open')
      .getByRole('button', { name: `Actions for ${taskNumber}` })
      .click();
    await agent.getByRole('menuitem', { name: 'Start' }).click();
    await expect(agent.getByText(`${taskNumber} started`)).toBeVisible();
    await expect(task('In progress')).toBeVisible();
    await task('In progress')
      .getByRole('button', { name: `Actions for ${taskNumber}` })
      .click();
    await agent.getByRole('menuitem', { name: 'Complete' }).click();
    await expect(agent.getByText(`${taskNumber} completed`)).toBeVisible();
    await expect(task('Done')).toBeVisible();
    await expect(ofRequest('Done')).toHaveCount(finished + 1);
  }
  await expect(ofRequest('Blocked')).toHaveCount(0);
  await expectNoSeriousA11yViolations(agent);

  // The requester finds it fulfilled, closes it with five stars and shares the feedback.
  await requester.goto(requestUrl);
  await expect(requester.getByRole('region', { name: 'Details' })).toContainText('Fulfilled');
  await requester.getByRole('button', { name: 'Close and rate' }).click();
  const dialog = requester.getByRole('dialog', { name: 'Close and rate this request' });
  await dialog.getByRole('radio', { name: '5 Stars' }).focus();
  await requester.keyboard.press('Space');
  await dialog.getByLabel('Feedback').fill(feedback);
  await expect(dialog.getByRole('checkbox', { name: /Share as a review/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Close request' }).click();
  await expect(requester.getByRole('region', { name: 'Details' })).toContainText('Closed');

  // The review is on the item for everyone who looks at it.
  await requester.goto('/catalog');
  await requester.getByRole('link', { name: 'Laptop Request' }).click();
  const reviews = requester.getByRole('list', { name: 'Reviews' });
  await expect(reviews.getByText(feedback)).toBeVisible();
  await attachScreenshot(requester, 'journey-review.png');
});
