import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SIGNED_IN, fakeMe, json, problem } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';

const ME = { 'GET /api/v1/auth/me': () => json(fakeMe(['requester'])) };

const CATEGORIES = {
  'GET /api/v1/catalog/categories': () =>
    json({
      items: [
        category('software', 'Software', 'Apps', 2),
        category('hardware', 'Hardware', 'Computer', 1),
      ],
    }),
};

function category(key: string, name: string, icon: string, sortOrder: number) {
  return {
    id: `00000000-0000-4000-8000-0000000001${sortOrder}0`,
    key,
    name,
    icon,
    description: `${name} items`,
    itemCount: 1,
    sortOrder,
  };
}

function item(n: number, name: string, overrides: Record<string, unknown> = {}) {
  return {
    id: `00000000-0000-4000-8000-00000000020${n}`,
    name,
    description: `About ${name}`,
    icon: 'Laptop',
    categoryId: '00000000-0000-4000-8000-000000000110',
    categoryKey: 'hardware',
    categoryName: 'Hardware',
    costAmount: '1450.00',
    costCurrency: 'USD',
    deliveryDays: 5,
    ratingAverage: 4.5,
    ratingCount: 2,
    status: 'published',
    publishedAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    version: 1,
    sla: {
      policyName: 'Hardware delivery',
      calendarName: 'Office hours',
      businessDayMinutes: 480,
      priority: 'medium',
      responseMinutes: 240,
      resolutionMinutes: 2400,
    },
    ...overrides,
  };
}

const page = (...items: ReturnType<typeof item>[]) => json({ items, nextCursor: null });

describe('CatalogPage', () => {
  it('shows each item with its cost, delivery estimate, service level and rating', async () => {
    renderApp({
      path: '/catalog',
      tokens: SIGNED_IN,
      api: {
        ...ME,
        ...CATEGORIES,
        'GET /api/v1/catalog/items': () =>
          page(
            item(1, 'Laptop Request'),
            item(2, 'Password reset', {
              costAmount: '0.00',
              deliveryDays: 0,
              ratingAverage: null,
              ratingCount: 0,
              sla: null,
            }),
          ),
      },
    });
    const list = await screen.findByRole('list', { name: 'Catalog items' });
    const laptop = (await within(list).findByRole('heading', { name: 'Laptop Request' })).closest(
      'article',
    );
    expect(laptop).toHaveTextContent('About Laptop Request');
    expect(laptop).toHaveTextContent('Cost: $1,450.00');
    expect(laptop).toHaveTextContent('Delivery: 5 days');
    expect(laptop).toHaveTextContent(
      'First response within 4 h and fulfilment within 5 business days of Office hours',
    );
    expect(laptop).toHaveTextContent('SLA 5 business days');
    expect(laptop).toHaveTextContent('Rated 4.5 of 5 (2 reviews)');
    const reset = within(list).getByRole('heading', { name: 'Password reset' }).closest('article');
    expect(reset).toHaveTextContent('No cost');
    expect(reset).toHaveTextContent('Same day');
    expect(reset).toHaveTextContent('No reviews yet');
    expect(reset).not.toHaveTextContent('SLA');
  });

  it('filters by category and by search, one call per pause in typing', async () => {
    const { requests } = renderApp({
      path: '/catalog',
      tokens: SIGNED_IN,
      api: { ...ME, ...CATEGORIES, 'GET /api/v1/catalog/items': () => page(item(1, 'Laptop')) },
    });
    const user = userEvent.setup();
    const categories = await screen.findByRole('group', { name: 'Categories' });
    // In the categories' own order, after "All".
    await within(categories).findByRole('button', { name: 'Software' });
    const chips = within(categories).getAllByRole('button');
    expect(chips.map((chip) => chip.textContent)).toEqual(['All', 'Hardware', 'Software']);
    expect(within(categories).getByRole('button', { name: 'All' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await user.click(within(categories).getByRole('button', { name: 'Hardware' }));
    expect(within(categories).getByRole('button', { name: 'Hardware' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.type(screen.getByRole('searchbox', { name: 'Search the catalog' }), 'lap');

    const itemUrls = () =>
      requests
        .filter((r) => new URL(r.url).pathname === '/api/v1/catalog/items')
        .map((r) => new URL(r.url).searchParams);
    await waitFor(() => expect(itemUrls().at(-1)?.get('q')).toBe('lap'));
    const searches = itemUrls().map((params) => [params.get('category'), params.get('q')]);
    expect(searches).toEqual([
      [null, null],
      ['hardware', null],
      ['hardware', 'lap'],
    ]);
  });

  it('says when nothing matches and offers to show everything', async () => {
    renderApp({
      path: '/catalog',
      tokens: SIGNED_IN,
      api: {
        ...ME,
        ...CATEGORIES,
        'GET /api/v1/catalog/items': (request) =>
          new URL(request.url).searchParams.has('q') ? page() : page(item(1, 'Laptop')),
      },
    });
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: 'Laptop' });
    await user.type(screen.getByRole('searchbox', { name: 'Search the catalog' }), 'zzz');
    expect(await screen.findByRole('heading', { name: 'No items match' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Show all items' }));
    expect(await screen.findByRole('heading', { name: 'Laptop' })).toBeVisible();
    expect(screen.getByRole('searchbox', { name: 'Search the catalog' })).toHaveValue('');
  });

  it('explains a failure and loads again on Retry', async () => {
    renderApp({
      path: '/catalog',
      tokens: SIGNED_IN,
      api: {
        ...ME,
        ...CATEGORIES,
        'GET /api/v1/catalog/items': [
          () => problem(500, 'The database is unavailable'),
          () => page(item(1, 'Laptop')),
        ],
      },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('The database is unavailable');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: 'Laptop' })).toBeVisible();
  });
});
