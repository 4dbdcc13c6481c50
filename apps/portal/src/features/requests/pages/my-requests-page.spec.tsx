import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SIGNED_IN, fakeMe, json } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';

const ME = { 'GET /api/v1/auth/me': () => json(fakeMe(['requester'])) };

function summary(n: number, status: string) {
  return {
    id: `00000000-0000-4000-8000-00000000040${n}`,
    number: `REQ-00004${n}`,
    itemId: '00000000-0000-4000-8000-000000000201',
    itemName: 'Laptop Request',
    status,
    priority: 'medium',
    costAmount: '1850.00',
    costCurrency: 'USD',
    requesterId: '00000000-0000-4000-8000-000000000001',
    requesterName: 'Morgan Example',
    requestedForId: '00000000-0000-4000-8000-000000000001',
    requestedForName: 'Morgan Example',
    assigneeId: null,
    assigneeName: null,
    createdAt: '2026-03-01T09:00:00Z',
    updatedAt: '2026-03-01T09:00:00Z',
    version: 1,
  };
}

describe('MyRequestsPage', { timeout: 30_000 }, () => {
  it('lists my requests with their status, and filters by status', async () => {
    const { requests } = renderApp({
      path: '/requests',
      tokens: SIGNED_IN,
      api: {
        ...ME,
        'GET /api/v1/requests': (request) =>
          new URL(request.url).searchParams.get('status') === 'fulfilled'
            ? json({ items: [summary(2, 'fulfilled')], nextCursor: null })
            : json({
                items: [summary(1, 'pending_approval'), summary(2, 'fulfilled')],
                nextCursor: null,
              }),
      },
    });
    const table = await screen.findByRole('table', { name: 'Requests' });
    const first = await within(table).findByRole('row', { name: /REQ-000041/ });
    expect(first).toHaveTextContent('Pending approval');
    expect(within(first).getByRole('link', { name: 'REQ-000041' })).toHaveAttribute(
      'href',
      '/requests/00000000-0000-4000-8000-000000000401',
    );

    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Fulfilled' }));
    await waitFor(() =>
      expect(within(table).queryByRole('row', { name: /REQ-000041/ })).not.toBeInTheDocument(),
    );
    expect(within(table).getByRole('row', { name: /REQ-000042/ })).toHaveTextContent('Fulfilled');
    const params = requests
      .filter((r) => new URL(r.url).pathname === '/api/v1/requests')
      .map((r) => new URL(r.url).searchParams);
    expect(params.every((p) => p.get('mine') === 'true')).toBe(true);
    expect(params.map((p) => p.get('status'))).toEqual([null, 'fulfilled']);
  });

  it('searches my requests on the server as I type, and says when nothing matches', async () => {
    const { requests } = renderApp({
      path: '/requests',
      tokens: SIGNED_IN,
      api: {
        ...ME,
        'GET /api/v1/requests': (request) => {
          const q = new URL(request.url).searchParams.get('q');
          const all = [
            summary(1, 'pending_approval'),
            { ...summary(2, 'fulfilled'), itemName: 'VPN Access' },
          ];
          if (q === null) return json({ items: all, nextCursor: null });
          return json({ items: q === 'vpn' ? [all[1]] : [], nextCursor: null });
        },
      },
    });
    const table = await screen.findByRole('table', { name: 'Requests' });
    await within(table).findByRole('row', { name: /REQ-000041/ });
    const user = userEvent.setup();
    const search = screen.getByRole('searchbox', { name: 'Search' });
    await user.type(search, 'vpn');
    await waitFor(() =>
      expect(within(table).queryByRole('row', { name: /REQ-000041/ })).not.toBeInTheDocument(),
    );
    expect(await within(table).findByRole('row', { name: /REQ-000042/ })).toBeVisible();
    await user.clear(search);
    await user.type(search, 'zebra');
    expect(await screen.findByRole('heading', { name: 'Nothing matches “zebra”' })).toBeVisible();
    // One call once typing pauses, not one per key.
    const searched = requests
      .map((r) => new URL(r.url).searchParams.get('q'))
      .filter((q): q is string => q !== null);
    expect(searched).toEqual(['vpn', 'zebra']);
  });

  it('points to the catalog when there are no requests yet', async () => {
    renderApp({
      path: '/requests',
      tokens: SIGNED_IN,
      api: { ...ME, 'GET /api/v1/requests': () => json({ items: [], nextCursor: null }) },
    });
    expect(await screen.findByRole('heading', { name: 'No requests yet' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'catalog' })).toHaveAttribute('href', '/catalog');
  });
});
