import { screen, waitFor, within } from '@testing-library/react';
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

type Answer = () => Response;

/**
 * `GET users` answers two callers: the table, a page at a time (answered from `pages` in turn),
 * and the people directory behind names and pickers (limit 200, answered with `directory`).
 */
function usersRoute(pages: Answer[], directory: ReturnType<typeof user>[] = []) {
  let next = 0;
  return (request: Request) => {
    if (new URL(request.url).searchParams.get('limit') === '200')
      return json({ items: directory, nextCursor: null });
    const answer = pages[Math.min(next, pages.length - 1)];
    next += 1;
    return answer();
  };
}

describe('AdminPage', { timeout: 30_000 }, () => {
  it('lists users with their roles and status, a page at a time', async () => {
    const { requests } = renderApp({
      path: '/admin',
      tokens: SIGNED_IN,
      api: {
        ...ME,
        'GET /api/v1/users': usersRoute(
          [
            () =>
              json({
                items: [{ ...user(1, ['requester', 'change_manager']), managerId: user(3, []).id }],
                nextCursor: 'next',
              }),
            () => json({ items: [user(2, ['requester'])], nextCursor: null }),
          ],
          [user(3, ['approver'])],
        ),
      },
    });
    const table = await screen.findByRole('table', { name: 'Users' });
    expect(await within(table).findByRole('rowheader', { name: 'Person 1' })).toBeVisible();
    const first = within(table).getByRole('row', { name: /Person 1/ });
    expect(first).toHaveTextContent('person1@acme.test');
    expect(first).toHaveTextContent('Change manager');
    expect(first).toHaveTextContent('Person 3');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Load more users' }));
    const second = await within(table).findByRole('row', { name: /Person 2/ });
    expect(second).toHaveTextContent('Locked');
    expect(screen.queryByRole('button', { name: 'Load more users' })).not.toBeInTheDocument();

    const urls = requests
      .filter((r) => r.url.includes('/api/v1/users') && !r.url.includes('limit=200'))
      .map((r) => new URL(r.url));
    expect(urls.map((url) => url.searchParams.get('cursor'))).toEqual([null, 'next']);
  });

  it('explains a failure and loads again on Retry', async () => {
    renderApp({
      path: '/admin',
      tokens: SIGNED_IN,
      api: {
        ...ME,
        'GET /api/v1/users': usersRoute([
          () => problem(500, 'The database is unavailable'),
          () => json({ items: [user(1, ['requester'])], nextCursor: null }),
        ]),
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

  it('adds a user with roles and a manager, checking the fields before sending', async () => {
    const manager = user(3, ['requester', 'approver']);
    const { requests } = renderApp({
      path: '/admin',
      tokens: SIGNED_IN,
      api: {
        ...ME,
        'GET /api/v1/users': usersRoute(
          [() => json({ items: [manager], nextCursor: null })],
          [manager],
        ),
        'POST /api/v1/users': () => json(user(4, ['requester', 'agent']), 201),
      },
    });
    const person = userEvent.setup();
    await screen.findByRole('rowheader', { name: 'Person 3' });
    await person.click(screen.getByRole('button', { name: 'New user' }));
    const dialog = await screen.findByRole('dialog', { name: 'New user' });
    await person.type(within(dialog).getByRole('textbox', { name: 'Email' }), 'not an email');
    await person.type(within(dialog).getByLabelText('Password'), 'short');
    await person.click(within(dialog).getByRole('button', { name: 'Add user' }));
    expect(dialog).toHaveTextContent('Enter their work email');
    expect(dialog).toHaveTextContent('Enter their name');
    expect(dialog).toHaveTextContent('At least 12 characters');
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    await person.clear(within(dialog).getByRole('textbox', { name: 'Email' }));
    await person.type(within(dialog).getByRole('textbox', { name: 'Email' }), 'sam@acme.test');
    await person.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Sam New');
    await person.clear(within(dialog).getByLabelText('Password'));
    await person.click(within(dialog).getByRole('checkbox', { name: 'Agent' }));
    await person.click(within(dialog).getByRole('combobox', { name: 'Manager' }));
    await person.click(await screen.findByRole('option', { name: 'Person 3 (person3@acme.test)' }));
    await person.click(within(dialog).getByRole('button', { name: 'Add user' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const created = requests.find((r) => r.method === 'POST');
    expect(created?.headers.get('Idempotency-Key')).toBeTruthy();
    expect(await created?.json()).toEqual({
      email: 'sam@acme.test',
      name: 'Sam New',
      roles: ['requester', 'agent'],
      managerId: manager.id,
    });
  });

  it('edits a user at the version it read, and explains a change made meanwhile', async () => {
    const person1 = user(1, ['requester']);
    const { requests } = renderApp({
      path: '/admin',
      tokens: SIGNED_IN,
      api: {
        ...ME,
        'GET /api/v1/users': usersRoute([() => json({ items: [person1], nextCursor: null })]),
        [`PATCH /api/v1/users/${person1.id}`]: () =>
          problem(409, 'User was changed by someone else'),
      },
    });
    const person = userEvent.setup();
    await person.click(await screen.findByRole('button', { name: 'Edit Person 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Person 1' });
    expect(within(dialog).getByRole('textbox', { name: 'Email' })).toBeDisabled();
    await person.click(within(dialog).getByRole('switch', { name: /Active/ }));
    await person.click(within(dialog).getByRole('button', { name: 'Save user' }));
    expect(await within(dialog).findByText(/Changed by someone else — reload/)).toBeVisible();
    const patch = requests.find((r) => r.method === 'PATCH');
    expect(await patch?.json()).toEqual({
      version: 1,
      name: 'Person 1',
      roles: ['requester'],
      managerId: null,
      active: false,
    });
  });
});
