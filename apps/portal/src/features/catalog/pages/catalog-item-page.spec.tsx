import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SIGNED_IN, fakeMe, json, problem } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';

const ITEM_ID = '00000000-0000-4000-8000-000000000201';
const ME = { 'GET /api/v1/auth/me': () => json(fakeMe(['requester'])) };

const LAPTOP = {
  id: ITEM_ID,
  name: 'Laptop Request',
  description: 'A standard company laptop.',
  icon: 'Laptop',
  categoryId: '00000000-0000-4000-8000-000000000110',
  categoryKey: 'hardware',
  categoryName: 'Hardware',
  costAmount: '1850.00',
  costCurrency: 'USD',
  costCenterId: null,
  deliveryDays: 7,
  ratingAverage: null,
  ratingCount: 0,
  sla: null,
  status: 'published',
  prerequisites: ['Return your old laptop within 14 days'],
  documentationLinks: [
    { title: 'Standard laptop models', url: 'https://intranet.example/laptops' },
  ],
  formSchema: null,
  uiSchema: {},
  approvalPolicyId: null,
  slaPolicyId: null,
  supportTeamId: null,
  taskTemplates: [],
  publishedAt: '2026-01-01T00:00:00Z',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 1,
};

const review = {
  id: '00000000-0000-4000-8000-000000000301',
  itemId: ITEM_ID,
  authorId: '00000000-0000-4000-8000-000000000001',
  authorName: 'Riley Requester',
  rating: 5,
  text: 'Arrived in two days.',
  requestId: '00000000-0000-4000-8000-000000000401',
  requestNumber: 'REQ-000042',
  createdAt: '2026-02-01T10:00:00Z',
};

describe('CatalogItemPage', () => {
  it('opens from its card and shows prerequisites, documentation and reviews', async () => {
    const { router } = renderApp({
      path: '/catalog',
      tokens: SIGNED_IN,
      api: {
        ...ME,
        'GET /api/v1/catalog/categories': () => json({ items: [] }),
        'GET /api/v1/catalog/items': () => json({ items: [LAPTOP], nextCursor: null }),
        [`GET /api/v1/catalog/items/${ITEM_ID}`]: () => json(LAPTOP),
        [`GET /api/v1/catalog/items/${ITEM_ID}/reviews`]: () =>
          json({ items: [review], nextCursor: null }),
      },
    });
    await userEvent.setup().click(await screen.findByRole('link', { name: 'Laptop Request' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Laptop Request' })).toBeVisible();
    expect(router.state.location.pathname).toBe(`/catalog/${ITEM_ID}`);
    expect(screen.getByText('Return your old laptop within 14 days')).toBeVisible();
    expect(screen.getByRole('link', { name: /Standard laptop models/ })).toHaveAttribute(
      'href',
      'https://intranet.example/laptops',
    );
    const reviews = await screen.findByRole('list', { name: 'Reviews' });
    const first = within(reviews).getByRole('listitem');
    expect(first).toHaveTextContent('5 of 5');
    expect(first).toHaveTextContent('Riley Requester');
    expect(first).toHaveTextContent('Arrived in two days.');
  });

  it('says when the item does not exist', async () => {
    renderApp({
      path: `/catalog/${ITEM_ID}`,
      tokens: SIGNED_IN,
      api: {
        ...ME,
        [`GET /api/v1/catalog/items/${ITEM_ID}`]: () => problem(404, 'Not found'),
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Item not found' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Back to the catalog' })).toHaveAttribute(
      'href',
      '/catalog',
    );
  });

  it('says when nobody has reviewed the item yet', async () => {
    renderApp({
      path: `/catalog/${ITEM_ID}`,
      tokens: SIGNED_IN,
      api: {
        ...ME,
        [`GET /api/v1/catalog/items/${ITEM_ID}`]: () => json(LAPTOP),
        [`GET /api/v1/catalog/items/${ITEM_ID}/reviews`]: () =>
          json({ items: [], nextCursor: null }),
      },
    });
    expect(await screen.findByRole('heading', { name: 'No reviews yet' })).toBeVisible();
  });
});
