import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SIGNED_IN, fakeMe, json } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';

const QUINN = '00000000-0000-4000-8000-000000000006';

function event(id: string, action: string, actorType: string, actorId: string | null) {
  return {
    id,
    action,
    actorType,
    actorId,
    entityType: 'user',
    entityId: QUINN,
    occurredAt: '2026-03-01T09:30:00Z',
    before: null,
    after: null,
    requestId: null,
    sourceIp: null,
  };
}

describe('AuditPage', () => {
  it('shows when, what, on what and by whom, with people by name', async () => {
    renderApp({
      path: '/audit',
      tokens: SIGNED_IN,
      api: {
        'GET /api/v1/auth/me': () => json(fakeMe(['requester', 'auditor'])),
        'GET /api/v1/audit-events': () =>
          json({
            items: [
              event('e1', 'auth.login', 'user', QUINN),
              event('e2', 'user.updated', 'system', null),
            ],
            nextCursor: null,
          }),
        'GET /api/v1/users': () =>
          json({ items: [{ id: QUINN, name: 'Quinn Auditor' }], nextCursor: null }),
      },
    });
    const table = await screen.findByRole('table', { name: 'Audit events' });
    const signIn = await within(table).findByRole('row', { name: /auth\.login/ });
    expect(await within(signIn).findAllByText(/Quinn Auditor/)).toHaveLength(2);
    expect(within(signIn).getByText('auth.login')).toBeVisible();
    expect(signIn.querySelector('time')).toHaveAttribute('datetime', '2026-03-01T09:30:00Z');
    const systemRow = within(table).getByRole('row', { name: /user\.updated/ });
    expect(systemRow).toHaveTextContent('System');
  });

  it('says when the trail is empty', async () => {
    renderApp({
      path: '/audit',
      tokens: SIGNED_IN,
      api: {
        'GET /api/v1/auth/me': () => json(fakeMe(['requester', 'auditor'])),
        'GET /api/v1/audit-events': () => json({ items: [], nextCursor: null }),
        'GET /api/v1/users': () => json({ items: [], nextCursor: null }),
      },
    });
    expect(await screen.findByRole('heading', { name: 'No audit events yet' })).toBeVisible();
  });
});
