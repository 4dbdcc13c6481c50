import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SIGNED_IN, fakeMe, json, problem } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';

const ME = { 'GET /api/v1/auth/me': () => json(fakeMe(['requester', 'admin'])) };

function user(n: number, roles: string[]) {
  return {
    id: `00000000-0000-4000-8000-00000000000${n}`,
    name: `Person ${n}`,
    email: `person${n}@acme.test`,
    roles,
    active: true,
    locked: n === 2,
    hasPassword: true,
    managerId: null,
    lastLoginAt: null,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    version: 1,
  };
}

describe('AdminPage', () => {
  it('lists users with their roles and status, a page at a time', async () => {
    const { requests } = renderApp({
      path: '/admin',
      tokens: SIGNED_IN,
      api: {
        ...ME,
        'GET /api/v1/users': [
          () => json({ items: [user(1, ['requester', 'change_manager'])], nextCursor: 'next' }),
          () => json({ items: [user(2, ['requester'])], nextCursor: null }),
        ],
      },
    });
    const table = await screen.findByRole('table', { name: 'Users' });
    expect(await within(table).findByRole('rowheader', { name: 'Person 1' })).toBeVisible();
    const first = within(table).getByRole('row', { name: /Person 1/ });
    expect(first).toHaveTextContent('person1@acme.test');
    expect(first).toHaveTextContent('Change manager');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Load more users' }));
    const second = await within(table).findByRole('row', { name: /Person 2/ });
    expect(second).toHaveTextContent('Locked');
    expect(screen.queryByRole('button', { name: 'Load more users' })).not.toBeInTheDocument();

    const urls = requests.filter((r) => r.url.includes('/api/v1/users')).map((r) => new URL(r.url));
    expect(urls.map((url) => url.searchParams.get('cursor'))).toEqual([null, 'next']);
  });

  it('explains a failure and loads again on Retry', async () => {
    renderApp({
      path: '/admin',
      tokens: SIGNED_IN,
      api: {
        ...ME,
        'GET /api/v1/users': [
          () => problem(500, 'The database is unavailable'),
          () => json({ items: [user(1, ['requester'])], nextCursor: null }),
        ],
      },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('The database is unavailable');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('rowheader', { name: 'Person 1' })).toBeVisible();
  });

  it('says when there are no users', async () => {
    renderApp({
      path: '/admin',
      tokens: SIGNED_IN,
      api: { ...ME, 'GET /api/v1/users': () => json({ items: [], nextCursor: null }) },
    });
    expect(await screen.findByRole('heading', { name: 'No users yet' })).toBeVisible();
  });
});
