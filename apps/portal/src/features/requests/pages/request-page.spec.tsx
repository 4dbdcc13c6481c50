import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SIGNED_IN, fakeMe, json } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';
import { REQUEST_ID, fakeRequest } from '../testing/fake-request';

const ME = { 'GET /api/v1/auth/me': () => json(fakeMe(['requester'])) };
const PATH = `/requests/${REQUEST_ID}`;
const API_PATH = `/api/v1/requests/${REQUEST_ID}`;
const NO_FILES = {
  [`GET ${API_PATH}/attachments`]: () => json({ items: [], nextCursor: null }),
};

describe('RequestPage', { timeout: 30_000 }, () => {
  it("shows the answers under the item form's titles, in its order", async () => {
    const item = {
      formSchema: {
        type: 'object',
        properties: {
          ram: { type: 'integer', title: 'Memory (GB)' },
          model: { type: 'string', title: 'Model' },
        },
      },
      uiSchema: { 'ui:order': ['model', '*'] },
    };
    renderApp({
      path: PATH,
      tokens: SIGNED_IN,
      api: {
        ...ME,
        ...NO_FILES,
        [`GET ${API_PATH}`]: () => json(fakeRequest()),
        [`GET /api/v1/catalog/items/${fakeRequest().itemId}`]: () => json(item),
      },
    });
    const answers = await screen.findByRole('region', { name: 'Answers' });
    await waitFor(() => expect(answers).toHaveTextContent('ModelMacBook Pro 14"Memory (GB)32'));
  });

  it('shows progress, approvals per level with who acted for whom, and the conversation', async () => {
    renderApp({
      path: PATH,
      tokens: SIGNED_IN,
      api: { ...ME, ...NO_FILES, [`GET ${API_PATH}`]: () => json(fakeRequest()) },
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'REQ-000041 · Laptop Request' }),
    ).toBeVisible();
    const progress = screen.getByRole('list', { name: 'Request progress' });
    expect(within(progress).getByText('(current step)').closest('li')).toHaveTextContent(
      'Approval',
    );

    const approvals = screen.getByRole('region', { name: 'Approvals' });
    expect(within(approvals).getByRole('heading', { name: /Level 1: Manager/ })).toHaveTextContent(
      'Approved',
    );
    const level1 = within(approvals).getByRole('list', { name: 'Level 1 approvers' });
    expect(level1).toHaveTextContent('Dana Delegate for Avery Approver');
    expect(level1).toHaveTextContent('“Budgeted for this quarter.”');
    expect(within(approvals).getByRole('list', { name: 'Level 2 approvers' })).toHaveTextContent(
      'Casey ChangesWaiting',
    );

    const details = screen.getByRole('region', { name: 'Details' });
    expect(details).toHaveTextContent('High');
    expect(details).toHaveTextContent('$1,850.00');
    expect(screen.getByRole('region', { name: 'Answers' })).toHaveTextContent('Ram32');
    expect(screen.getByRole('list', { name: 'Comments' })).toHaveTextContent('Any news?');
    expect(screen.getByRole('list', { name: 'Activity' })).toHaveTextContent('Submitted');
    // No timers, no section.
    expect(screen.queryByRole('region', { name: 'Service levels' })).not.toBeInTheDocument();
    // Only what the API allows is offered.
    expect(screen.getByRole('button', { name: 'Cancel request' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Close and rate' })).not.toBeInTheDocument();
  });

  it('shows each SLA timer with its stage, due time and business time left', async () => {
    renderApp({
      path: PATH,
      tokens: SIGNED_IN,
      api: {
        ...ME,
        ...NO_FILES,
        [`GET ${API_PATH}`]: () =>
          json(
            fakeRequest({
              slaTimers: [
                {
                  id: '00000000-0000-4000-8000-000000000a01',
                  kind: 'resolution',
                  taskId: null,
                  policyId: '00000000-0000-4000-8000-000000000a02',
                  priority: 'high',
                  stage: 'paused',
                  targetMinutes: 480,
                  elapsedMinutes: 120,
                  remainingMinutes: 360,
                  pausedMinutes: 30,
                  startedAt: '2026-03-01T09:05:00Z',
                  dueAt: '2026-03-02T11:05:00Z',
                  breachedAt: null,
                  stoppedAt: null,
                },
              ],
            }),
          ),
      },
    });
    const levels = await screen.findByRole('region', { name: 'Service levels' });
    const timers = within(levels).getByRole('list', { name: 'Service levels' });
    expect(timers).toHaveTextContent('ResolutionPaused');
    expect(timers).toHaveTextContent('6 h of business time left (paused) · due');
    expect(
      within(timers).getByRole('progressbar', { name: 'Resolution: 25% of the target used' }),
    ).toBeVisible();
  });

  it('shows task progress as a bar and a count', async () => {
    const task = (n: number, status: 'done' | 'open' | 'in_progress') => ({
      id: `00000000-0000-4000-8000-00000000080${n}`,
      number: `TASK-00000${n}`,
      title: `Task ${n}`,
      status,
      requestId: REQUEST_ID,
      requestNumber: 'REQ-000041',
      itemName: 'Laptop Request',
      priority: 'high' as const,
      teamId: null,
      assigneeId: null,
      assigneeName: n === 1 ? 'Jordan Agent' : null,
      dependsOn: [],
      templateKey: `t${n}`,
      estimateMinutes: 30,
      spentMinutes: 0,
      checklistDone: 0,
      checklistTotal: 0,
      slaStage: null,
      slaDueAt: null,
      createdAt: '2026-03-01T10:00:00Z',
      version: 1,
    });
    renderApp({
      path: PATH,
      tokens: SIGNED_IN,
      api: {
        ...ME,
        ...NO_FILES,
        [`GET ${API_PATH}`]: () =>
          json(
            fakeRequest({
              status: 'in_progress',
              approvedAt: '2026-03-01T10:00:00Z',
              tasks: [task(1, 'done'), task(2, 'in_progress'), task(3, 'open')],
            }),
          ),
      },
    });
    const tasks = await screen.findByRole('region', { name: 'Tasks' });
    expect(
      within(tasks).getByRole('progressbar', { name: '1 of 3 tasks finished' }),
    ).toHaveAttribute('aria-valuenow', '33');
    expect(within(tasks).getByRole('list', { name: 'Tasks' })).toHaveTextContent('Jordan Agent');
  });

  it('closes a fulfilled request with a star rating and feedback', async () => {
    const fulfilled = fakeRequest({
      status: 'fulfilled',
      fulfilledAt: '2026-03-02T10:00:00Z',
      allowedActions: ['close', 'reopen'],
    });
    const { requests } = renderApp({
      path: PATH,
      tokens: SIGNED_IN,
      api: {
        ...ME,
        ...NO_FILES,
        [`GET ${API_PATH}`]: () => json(fulfilled),
        [`POST ${API_PATH}/close`]: () => json({ ...fulfilled, status: 'closed' }),
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Close and rate' }));
    const dialog = screen.getByRole('dialog', { name: 'Close and rate this request' });
    await user.click(within(dialog).getByRole('button', { name: 'Close request' }));
    expect(within(dialog).getByText('Choose from 1 to 5 stars.')).toBeVisible();
    // A plain click: jsdom has no layout, so the pointer's hover position over the stars is NaN.
    fireEvent.click(within(dialog).getByRole('radio', { name: '5 Stars' }));
    const share = within(dialog).getByRole('checkbox', { name: 'Share as a review of the item' });
    // Nothing to share until there is feedback; then sharing is the default.
    expect(share).toBeDisabled();
    await user.type(within(dialog).getByLabelText('Feedback'), 'Quick and painless.');
    expect(share).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Close request' }));
    expect(await screen.findByText('Request closed. Thank you for your rating!')).toBeVisible();
    const close = requests.find((r) => r.url.endsWith('/close'));
    expect(await close?.json()).toEqual({
      version: 3,
      rating: 5,
      feedback: 'Quick and painless.',
      shareAsReview: true,
    });
  });

  it('explains a 409 as a change by someone else, with a way to reload', async () => {
    const { requests } = renderApp({
      path: PATH,
      tokens: SIGNED_IN,
      api: {
        ...ME,
        ...NO_FILES,
        [`GET ${API_PATH}`]: () => json(fakeRequest()),
        [`POST ${API_PATH}/cancel`]: () =>
          json(
            { type: 'about:blank', title: 'Conflict', status: 409, detail: 'Request was changed' },
            409,
          ),
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Cancel request' }));
    const dialog = screen.getByRole('dialog', { name: 'Cancel this request?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel request' }));
    expect(within(dialog).getByText('Say why you are cancelling it.')).toBeVisible();
    await user.type(within(dialog).getByLabelText(/Reason/), 'No longer needed');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel request' }));
    expect(
      await screen.findByText(/Changed by someone else — reload to see where it stands/),
    ).toBeVisible();
    const loads = () => requests.filter((r) => r.method === 'GET' && r.url.endsWith(API_PATH));
    const before = loads().length;
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(loads().length).toBe(before + 1));
  });
});
