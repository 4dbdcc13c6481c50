import type { Locator } from '@playwright/test';
import { approvedNewUserAccount } from './support/api-session';
import { boardColumn as column, dragCard as drag } from './support/board';
import { expectNoSeriousA11yViolations } from './support/axe';
import { attachScreenshot, expect, test } from './support/fixtures';
import { PERSONAS, storageStatePath } from './support/personas';

// axe is injected as a script, which the API's CSP rightly forbids; this spec lifts it.
// A tall window: every column's cards stay on screen while the mouse drags between them.
test.use({
  storageState: storageStatePath(PERSONAS.agent),
  bypassCSP: true,
  viewport: { width: 1400, height: 1800 },
});

test('the agent works the tasks of an approved request on the board', async ({ page, request }) => {
  // One long journey (a dozen API round trips and four drags) on a shared two-core machine.
  test.setTimeout(90_000);
  const created = await approvedNewUserAccount(
    request,
    PERSONAS.requester,
    PERSONAS.approver,
    'Fulfil',
  );
  await page.goto('/tasks');
  await expect(page.getByRole('heading', { level: 1, name: 'Tasks' })).toBeVisible();
  const ofRequest = (title: string) =>
    page.getByRole('article', { name: title }).filter({ hasText: created.number });
  const account = ofRequest('Create the directory account');
  const mailbox = ofRequest('Provision the mailbox');
  const groups = ofRequest('Add to the requested groups');
  const welcome = ofRequest('Send the welcome pack to the manager');

  await expect(
    column(page, 'Open')
      .getByRole('article')
      .filter({ has: page.getByText(created.number) }),
  ).toHaveCount(1);
  await expect(account).toBeVisible();
  await expect(column(page, 'Blocked').locator('article', { hasText: created.number })).toHaveCount(
    3,
  );
  await attachScreenshot(page, 'task-board.png');
  await expectNoSeriousA11yViolations(page);

  // Hand it to the admin from the card's menu, then claim it back: whoever the team's
  // auto-assignment picked, the agent ends up working it.
  const accountNumber = (await account.getByText(/^TASK-\d+$/).textContent()) ?? '';
  const menuOf = (card: Locator, number: string) =>
    card.getByRole('button', { name: `Actions for ${number}` });
  await menuOf(account, accountNumber).click();
  await page.getByRole('menuitem', { name: 'Assign…' }).click();
  const assign = page.getByRole('dialog', { name: `Assign ${accountNumber}` });
  await assign.getByRole('combobox', { name: 'Assignee' }).fill('Morgan');
  await page.getByRole('option', { name: PERSONAS.admin.name }).click();
  await assign.getByRole('button', { name: 'Assign' }).click();
  await expect(page.getByText(`${accountNumber} assigned`)).toBeVisible();
  await expect(account).toContainText(PERSONAS.admin.name);
  await menuOf(account, accountNumber).click();
  await page.getByRole('menuitem', { name: 'Claim' }).click();
  await expect(page.getByText(`${accountNumber} claimed`)).toBeVisible();
  await expect(account).toContainText(PERSONAS.agent.name);

  // A blocked task cannot be dragged to Done: it snaps back and the board says why.
  await drag(page, welcome, column(page, 'Done'));
  await expect(
    page.getByText(/can’t move there: The task waits for its prerequisites/),
  ).toBeVisible();
  await expect(
    column(page, 'Blocked').getByRole('article').filter({ hasText: created.number }),
  ).toHaveCount(3);

  // Drag to In progress starts it.
  await drag(page, account, column(page, 'In progress'));
  await expect(
    column(page, 'In progress')
      .getByRole('article', { name: 'Create the directory account' })
      .filter({ hasText: created.number }),
  ).toBeVisible();
  await expect(page.getByText(`${accountNumber} started`)).toBeVisible();

  // The drawer: tick a checklist item and log time against the estimate.
  await account.getByRole('button', { name: 'Create the directory account' }).click();
  const drawer = page.getByRole('dialog', { name: 'Create the directory account' });
  await expect(drawer).toContainText(created.number);
  const item = drawer.getByRole('checkbox', { name: 'Set a temporary password' });
  await item.check();
  await expect(drawer.getByText('1 of 3 done')).toBeVisible();
  await drawer.getByLabel('Minutes').fill('15');
  await drawer.getByLabel('Time note').fill('Account created in the directory');
  await drawer.getByRole('button', { name: 'Log time' }).click();
  await expect(drawer.getByText('15 min logged of 20 min estimated')).toBeVisible();
  await expect(drawer.getByText('Account created in the directory')).toBeVisible();
  await attachScreenshot(page, 'task-drawer.png');
  await expectNoSeriousA11yViolations(page);
  await drawer.getByRole('button', { name: 'Close task details' }).click();
  await expect(drawer).toBeHidden();
  // The card reflects the drawer's work.
  await expect(account).toContainText('Checklist 1/3');

  // Drag to Done completes it, which opens the two tasks that waited on it.
  await drag(page, account, column(page, 'Done'));
  await expect(
    column(page, 'Done')
      .getByRole('article', { name: 'Create the directory account' })
      .filter({ hasText: created.number }),
  ).toBeVisible();
  await expect(
    column(page, 'Open')
      .getByRole('article', { name: 'Provision the mailbox' })
      .filter({ hasText: created.number }),
  ).toBeVisible();

  // The keyboard: pick up the mailbox task by its handle, move one column right, drop.
  const mailboxNumber = (await mailbox.getByText(/^TASK-\d+$/).textContent()) ?? '';
  await mailbox.getByRole('button', { name: `Move ${mailboxNumber}` }).focus();
  // Each step waits for what a screen reader hears, as the board answers keys asynchronously.
  await page.keyboard.press('Space');
  // Picked up, and (at once after) over its own column: either announcement may be the last.
  await expect(
    page.getByText(
      new RegExp(
        `^(Picked up ${mailboxNumber}, .* in Open|${mailboxNumber} is in its own column, Open)\\.$`,
      ),
    ),
  ).toBeAttached();
  // dnd-kit starts listening for arrows a tick after the pick-up: press again if one was lost.
  const overInProgress = page.getByText(
    `${mailboxNumber} is over In progress: dropping it here will start it.`,
  );
  await expect(async () => {
    if ((await overInProgress.count()) === 0) await page.keyboard.press('ArrowRight');
    await expect(overInProgress).toBeAttached({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  await page.keyboard.press('Space');
  await expect(page.getByText(`${mailboxNumber} started`)).toBeVisible();
  await expect(
    column(page, 'In progress')
      .getByRole('article', { name: 'Provision the mailbox' })
      .filter({ hasText: created.number }),
  ).toBeVisible();

  // The menu: complete the groups task without dragging.
  const groupsNumber = (await groups.getByText(/^TASK-\d+$/).textContent()) ?? '';
  await menuOf(groups, groupsNumber).click();
  await page.getByRole('menuitem', { name: 'Complete' }).click();
  await expect(page.getByText(`${groupsNumber} completed`)).toBeVisible();
  await expect(
    column(page, 'Done')
      .getByRole('article', { name: 'Add to the requested groups' })
      .filter({ hasText: created.number }),
  ).toBeVisible();
  await attachScreenshot(page, 'task-board-worked.png');

  // "Only my tasks" keeps the claimed task and drops the others assigned elsewhere or nobody.
  // The filter lives in the address: the switch turns on once the navigation has happened.
  await page.getByLabel('Only my tasks').click();
  await expect(page.getByLabel('Only my tasks')).toBeChecked();
  await expect(page).toHaveURL(/mine=1/);
  await expect(
    column(page, 'Done')
      .getByRole('article', { name: 'Create the directory account' })
      .filter({ hasText: created.number }),
  ).toBeVisible();
});
