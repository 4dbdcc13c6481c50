import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SIGNED_IN, fakeMe, json } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';
import { REQUEST_ID, fakeRequest } from '../../requests/testing/fake-request';
import type { ApprovalItem } from '../hooks/use-approval-queue';

const ME = { 'GET /api/v1/auth/me': () => json(fakeMe(['requester', 'approver'])) };

function approval(n: number): ApprovalItem {
  return {
    id: `00000000-0000-4000-8000-00000000090${n}`,
    status: 'pending',
    levelIndex: 0,
    levelName: 'Manager',
    approverId: '00000000-0000-4000-8000-000000000001',
    approverName: 'Morgan Example',
    delegatedFromId: null,
    delegatedFromName: null,
    decidedById: null,
    comment: null,
    decidedAt: null,
    timeoutAt: null,
    createdAt: '2026-03-01T09:00:00Z',
    version: 1,
    requestId: n === 1 ? REQUEST_ID : `00000000-0000-4000-8000-00000000040${n}`,
    requestNumber: `REQ-00004${n}`,
    itemName: 'Laptop Request',
    priority: 'medium',
    justification: 'Old laptop',
    requesterId: '00000000-0000-4000-8000-000000000005',
    requesterName: 'Riley Requester',
    costAmount: '1850.00',
    costCurrency: 'USD',
  };
}

const QUEUE = {
  'GET /api/v1/approvals': () =>
    json({ items: [approval(1), approval(2), approval(3)], nextCursor: null }),
};

describe('ApprovalsPage', { timeout: 30_000 }, () => {
  it('asks for a comment before rejecting from the side panel', async () => {
    const { requests } = renderApp({
      path: '/approvals',
      tokens: SIGNED_IN,
      api: {
        ...ME,
        ...QUEUE,
        [`GET /api/v1/requests/${REQUEST_ID}`]: () => json(fakeRequest()),
        [`GET /api/v1/requests/${REQUEST_ID}/attachments`]: () =>
          json({ items: [], nextCursor: null }),
        [`POST /api/v1/approvals/${approval(1).id}/reject`]: () =>
          json({ ...approval(1), status: 'rejected' }),
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Open REQ-000041' }));
    const panel = screen.getByRole('dialog', { name: 'REQ-000041 · Laptop Request' });
    expect(await within(panel).findByRole('region', { name: 'Approvals' })).toBeVisible();

    await user.click(within(panel).getByRole('button', { name: 'Reject' }));
    expect(within(panel).getByText('A comment is required to reject: say why.')).toBeVisible();
    expect(requests.some((r) => r.url.endsWith('/reject'))).toBe(false);

    await user.type(
      within(panel).getByRole('textbox', { name: 'Comment' }),
      'Not in this budget year',
    );
    await user.click(within(panel).getByRole('button', { name: 'Reject' }));
    expect(await screen.findByText('REQ-000041 rejected')).toBeVisible();
    const reject = requests.find((r) => r.url.endsWith('/reject'));
    expect(await reject?.json()).toEqual({ version: 1, comment: 'Not in this budget year' });
  });

  it('decides the selected approvals in bulk and shows a result for each', async () => {
    const { requests } = renderApp({
      path: '/approvals',
      tokens: SIGNED_IN,
      api: {
        ...ME,
        ...QUEUE,
        'POST /api/v1/approvals/bulk': () =>
          json({
            results: [
              { id: approval(1).id, ok: true, status: 200, detail: null },
              { id: approval(3).id, ok: false, status: 409, detail: 'Already approved' },
            ],
          }),
      },
    });
    const user = userEvent.setup();
    const grid = await screen.findByRole('grid', { name: 'Approvals waiting for you' });
    for (const number of ['REQ-000041', 'REQ-000043']) {
      const row = (await within(grid).findByText(number)).closest('[role="row"]');
      if (!(row instanceof HTMLElement)) throw new Error(`no row for ${number}`);
      await user.click(within(row).getByRole('checkbox', { name: 'Select row' }));
    }
    const bar = screen.getByRole('toolbar', { name: 'Bulk decisions' });
    expect(bar).toHaveTextContent('2 selected');
    await user.click(within(bar).getByRole('button', { name: 'Reject selected' }));
    const dialog = screen.getByRole('dialog', { name: 'Reject 2 requests?' });
    await user.click(within(dialog).getByRole('button', { name: 'Reject 2 requests' }));
    expect(within(dialog).getByText('A comment is required to reject: say why.')).toBeVisible();
    await user.type(within(dialog).getByRole('textbox', { name: /Comment/ }), 'Duplicates');
    await user.click(within(dialog).getByRole('button', { name: 'Reject 2 requests' }));

    const results = await screen.findByRole('list', { name: 'Result per request' });
    expect(
      within(results)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'REQ-000041 · Laptop Request: Rejected',
      'REQ-000043 · Laptop Request: Not decided — Already approved',
    ]);
    const bulk = requests.find((r) => r.url.endsWith('/approvals/bulk'));
    expect(await bulk?.json()).toEqual({
      ids: [approval(1).id, approval(3).id],
      decision: 'reject',
      comment: 'Duplicates',
    });
    await waitFor(() => expect(bar).toHaveTextContent('Select requests to decide'));
  });
});
