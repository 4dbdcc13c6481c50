import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SIGNED_IN, fakeMe, json } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';

const ME = { 'GET /api/v1/auth/me': () => json(fakeMe(['requester', 'admin'])) };
const SECRET = 'trl_abcdef123456_the-secret-part';

function token(overrides: Record<string, unknown> = {}) {
  return {
    id: '00000000-0000-4000-8000-000000000201',
    name: 'Monitoring',
    displayPrefix: 'trl_abcdef12',
    roles: ['admin'],
    createdById: '00000000-0000-4000-8000-000000000001',
    expiresAt: null,
    lastUsedAt: null,
    revokedAt: null,
    createdAt: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}

// Whole-app renders with lazy pages; generous on a shared two-core machine.
describe('ApiTokensPage', { timeout: 15_000 }, () => {
  it('offers only the roles the admin holds and asks for one', async () => {
    renderApp({
      path: '/admin/api-tokens',
      tokens: SIGNED_IN,
      api: { ...ME, 'GET /api/v1/api-tokens': () => json({ items: [] }) },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New API token' }));
    const form = screen.getByRole('dialog', { name: 'New API token' });
    expect(
      within(form)
        .getAllByRole('checkbox')
        .map((box) => box.closest('label')?.textContent),
    ).toEqual(['Requester', 'Administrator']);
    await user.click(within(form).getByRole('button', { name: 'Create token' }));
    expect(within(form).getByText('Choose at least one role')).toBeVisible();
    expect(within(form).getByText('Name the token after who will use it')).toBeVisible();
  });

  it('shows a new token’s secret once, then never again', async () => {
    let listed: unknown[] = [];
    const { requests } = renderApp({
      path: '/admin/api-tokens',
      tokens: SIGNED_IN,
      api: {
        ...ME,
        'GET /api/v1/api-tokens': () => json({ items: listed }),
        'POST /api/v1/api-tokens': () => {
          listed = [token()];
          return json({ ...token(), token: SECRET }, 201);
        },
      },
    });
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { name: 'No API tokens yet' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'New API token' }));
    const form = screen.getByRole('dialog', { name: 'New API token' });
    await user.type(within(form).getByLabelText(/Token name/), 'Monitoring');
    await user.click(within(form).getByRole('checkbox', { name: 'Administrator' }));
    await user.clear(within(form).getByLabelText('Expires on'));
    await user.click(within(form).getByRole('button', { name: 'Create token' }));

    const shown = await screen.findByRole('dialog', { name: 'Copy the token for Monitoring' });
    expect(within(shown).getByLabelText('API token')).toHaveValue(SECRET);
    expect(within(shown).getByText(/only time the token is shown/)).toBeVisible();
    const sent = requests.find((r) => r.method === 'POST');
    expect(await sent?.json()).toEqual({ name: 'Monitoring', roles: ['admin'] });

    // Escape does not lose it by accident; Copy puts it on the clipboard.
    await user.keyboard('{Escape}');
    expect(shown).toBeInTheDocument();
    await user.click(within(shown).getByRole('button', { name: 'Copy token' }));
    expect(await navigator.clipboard.readText()).toBe(SECRET);

    await user.click(within(shown).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const table = await screen.findByRole('table', { name: 'All API tokens' });
    expect(within(table).getByRole('rowheader', { name: 'Monitoring' })).toBeVisible();
    expect(table).toHaveTextContent('trl_abcdef12…');
    expect(document.body).not.toHaveTextContent(SECRET);
  });

  it('revokes a token after asking', async () => {
    let revoked = false;
    renderApp({
      path: '/admin/api-tokens',
      tokens: SIGNED_IN,
      api: {
        ...ME,
        'GET /api/v1/api-tokens': () =>
          json({ items: [token(revoked ? { revokedAt: '2026-02-01T00:00:00Z' } : {})] }),
        'DELETE /api/v1/api-tokens/00000000-0000-4000-8000-000000000201': () => {
          revoked = true;
          return new Response(null, { status: 204 });
        },
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Revoke Monitoring' }));
    const confirm = screen.getByRole('dialog', { name: 'Revoke Monitoring?' });
    await user.click(within(confirm).getByRole('button', { name: 'Revoke token' }));
    const row = await screen.findByRole('row', { name: /Monitoring.*Revoked/ });
    expect(
      within(row).queryByRole('button', { name: 'Revoke Monitoring' }),
    ).not.toBeInTheDocument();
  });
});
