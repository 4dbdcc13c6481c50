import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SIGNED_IN, fakeMe, json, problem } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';

const ME = { 'GET /api/v1/auth/me': () => json(fakeMe(['requester', 'admin'])) };

function person(n: number, name: string) {
  return {
    id: `00000000-0000-4000-8000-00000000030${n}`,
    name,
    email: `${name.split(' ')[0]?.toLowerCase()}@acme.test`,
    roles: ['requester', 'agent'],
    active: true,
    locked: false,
    hasPassword: true,
    managerId: null,
    lastLoginAt: null,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    version: 1,
  };
}

const TEAM = {
  id: '00000000-0000-4000-8000-000000000401',
  name: 'Service Desk',
  description: '',
  leadId: person(1, 'Jordan Agent').id,
  memberIds: [person(1, 'Jordan Agent').id],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 2,
};

const API = {
  ...ME,
  'GET /api/v1/users': () =>
    json({ items: [person(1, 'Jordan Agent'), person(2, 'Morgan Admin')], nextCursor: null }),
  'GET /api/v1/teams': () => json({ items: [TEAM], nextCursor: null }),
};

// Whole-app renders with lazy pages; generous on a shared two-core machine.
describe('TeamsPage', { timeout: 15_000 }, () => {
  it('lists teams with their lead and members by name', async () => {
    renderApp({ path: '/admin/teams', tokens: SIGNED_IN, api: API });
    const row = await screen.findByRole('row', { name: /Service Desk/ });
    expect(row).toHaveTextContent('Jordan Agent');
    expect(screen.getByRole('tab', { name: 'Teams' })).toHaveAttribute('aria-current', 'page');
  });

  it('adds a member, sending the version it read, and explains a 409', async () => {
    const { requests } = renderApp({
      path: '/admin/teams',
      tokens: SIGNED_IN,
      api: {
        ...API,
        'PATCH /api/v1/teams/00000000-0000-4000-8000-000000000401': () =>
          problem(409, 'Team was changed by someone else; reload it and try again'),
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit Service Desk' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit Service Desk' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Members' }));
    await user.click(await screen.findByRole('option', { name: /Morgan Admin/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save team' }));

    expect(await within(dialog).findByText(/Changed by someone else — reload/)).toBeVisible();
    const patch = requests.find((r) => r.method === 'PATCH');
    expect(await patch?.json()).toMatchObject({
      version: 2,
      memberIds: [person(1, 'x').id, person(2, 'x').id],
      leadId: person(1, 'x').id,
    });
  });
});
