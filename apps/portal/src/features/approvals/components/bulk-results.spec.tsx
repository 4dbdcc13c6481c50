import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { BulkRun } from './bulk-results';
import { BulkResults } from './bulk-results';

const labels = new Map([
  ['a', 'REQ-000011 · Laptop Request'],
  ['b', 'REQ-000012 · VPN Access'],
  ['c', 'REQ-000013 · Cloud Resources'],
]);

describe('BulkResults', () => {
  it('lists one line per approval, naming the request and what happened', () => {
    const run: BulkRun = {
      decision: 'approve',
      labels,
      outcomes: [
        { id: 'a', ok: true, status: 200, detail: null },
        { id: 'b', ok: true, status: 200, detail: null },
        { id: 'c', ok: true, status: 200, detail: null },
      ],
    };
    render(<BulkResults run={run} onDismiss={() => undefined} />);
    const results = screen.getByRole('list', { name: 'Result per request' });
    const lines = within(results).getAllByRole('listitem');
    expect(lines.map((line) => line.textContent)).toEqual([
      'REQ-000011 · Laptop Request: Approved',
      'REQ-000012 · VPN Access: Approved',
      'REQ-000013 · Cloud Resources: Approved',
    ]);
    expect(screen.getByText('3 approved')).toBeVisible();
  });

  it('says which ones failed and why, and counts both', async () => {
    const onDismiss = vi.fn();
    const run: BulkRun = {
      decision: 'reject',
      labels,
      outcomes: [
        { id: 'a', ok: true, status: 200, detail: null },
        { id: 'b', ok: false, status: 409, detail: 'The approval is already approved' },
        { id: 'unknown', ok: false, status: 404, detail: null },
      ],
    };
    render(<BulkResults run={run} onDismiss={onDismiss} />);
    expect(screen.getByText('1 rejected, 2 could not be decided')).toBeVisible();
    expect(
      screen.getByText('REQ-000012 · VPN Access: Not decided — The approval is already approved'),
    ).toBeVisible();
    // An id the page no longer knows is still reported, by its id.
    expect(screen.getByText('unknown: Not decided — refused')).toBeVisible();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Close' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});
