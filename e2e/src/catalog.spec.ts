import { attachScreenshot, expect, test } from './support/fixtures';
import type { Page } from '@playwright/test';
import { PERSONAS, storageStatePath } from './support/personas';

test.use({ storageState: storageStatePath(PERSONAS.requester) });

function catalogItems(page: Page) {
  return page.getByRole('list', { name: 'Catalog items' });
}

function card(page: Page, name: string) {
  return catalogItems(page)
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name, exact: true }) });
}

test('the requester browses the catalog by category and by search', async ({ page }) => {
  await page.goto('/catalog');
  await expect(page.getByRole('heading', { level: 1, name: 'Catalog' })).toBeVisible();
  await expect(catalogItems(page)).toHaveAttribute('aria-busy', 'false');

  // The seeded items, each with what it costs and how long it takes.
  const laptop = card(page, 'Laptop Request');
  await expect(laptop).toContainText('$1,850.00');
  await expect(laptop).toContainText('7 days');
  // Its service level: the seeded "Hardware delivery" policy, 15 working days of office hours.
  await expect(laptop).toContainText('SLA 15 business days');
  await expect(card(page, 'VPN Access')).toContainText('No cost');
  await attachScreenshot(page, 'catalog.png');

  const categories = page.getByRole('group', { name: 'Categories' });
  await categories.getByRole('button', { name: 'Hardware' }).click();
  await expect(categories.getByRole('button', { name: 'Hardware' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // Other specs may publish hardware of their own meanwhile: the seeded laptop is there, the
  // seeded items of other categories are not.
  await expect(catalogItems(page).getByRole('heading', { name: 'Laptop Request' })).toBeVisible();
  await expect(catalogItems(page).getByRole('heading', { name: 'VPN Access' })).toHaveCount(0);
  await expect(catalogItems(page).getByRole('heading', { name: 'Software License' })).toHaveCount(
    0,
  );

  await categories.getByRole('button', { name: 'All' }).click();
  await page.getByRole('searchbox', { name: 'Search the catalog' }).fill('vpn');
  await expect(catalogItems(page).getByRole('heading')).toHaveText(['VPN Access']);

  await page.getByRole('searchbox', { name: 'Search the catalog' }).fill('no such thing at all');
  await expect(page.getByRole('heading', { name: 'No items match' })).toBeVisible();
  await page.getByRole('button', { name: 'Show all items' }).click();
  await expect(card(page, 'Laptop Request')).toBeVisible();
});

test('the requester opens an item to read what it needs and what others thought', async ({
  page,
}) => {
  await page.goto('/catalog');
  await card(page, 'Laptop Request').getByRole('link', { name: 'Laptop Request' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Laptop Request' })).toBeVisible();
  await expect(page).toHaveTitle('Laptop Request · Trellis');
  await expect(
    page.getByText('Return your old laptop within 14 days of receiving the new one'),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: /Standard laptop models/ })).toHaveAttribute(
    'target',
    '_blank',
  );
  await expect(
    page.getByText(/First response within 1 business day and fulfilment within 15 business days/),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Reviews' })).toBeVisible();
  await attachScreenshot(page, 'catalog-item.png');

  await page.getByRole('link', { name: 'Back to the catalog' }).click();
  await expect(page).toHaveURL('/catalog');
});
