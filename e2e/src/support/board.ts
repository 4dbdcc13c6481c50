import type { Locator, Page } from '@playwright/test';

export type BoardColumn = 'Blocked' | 'Open' | 'In progress' | 'Done';

/** One column of the task board, a region named for its state. */
export function boardColumn(page: Page, name: BoardColumn): Locator {
  return page.getByRole('region', { name, exact: true });
}

/** Drags a card with the mouse, in small steps, as a person would (dnd-kit needs real pointer moves). */
export async function dragCard(page: Page, card: Locator, target: Locator): Promise<void> {
  const grip = card.getByText(/REQ-\d+/);
  // From the top of the page, where every column starts on screen (dnd-kit scrolls the window
  // when a drag nears its edge, so an earlier drag may have left it scrolled).
  await page.evaluate(() => window.scrollTo(0, 0));
  const from = await grip.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('card or column is not on screen');
  const y = from.y + from.height / 2;
  // Level with the card where the target column reaches that far, else just inside its end.
  const dropY = Math.min(Math.max(y, to.y + 40), to.y + to.height - 40);
  await page.mouse.move(from.x + from.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, y, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, dropY, { steps: 12 });
  await page.mouse.up();
}
