import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SIGNED_IN, fakeMe, json } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';

const ITEM_ID = '00000000-0000-4000-8000-000000000201';
const REQUEST_ID = '00000000-0000-4000-8000-000000000401';

const ITEM = {
  id: ITEM_ID,
  name: 'Desk Phone',
  description: 'A phone for your desk.',
  icon: 'Apps',
  categoryId: '00000000-0000-4000-8000-000000000110',
  categoryKey: 'hardware',
  categoryName: 'Hardware',
  costAmount: '90.00',
  costCurrency: 'USD',
  costCenterId: null,
  deliveryDays: 2,
  ratingAverage: null,
  ratingCount: 0,
  status: 'published',
  prerequisites: [],
  documentationLinks: [],
  formSchema: {
    type: 'object',
    required: ['extension'],
    properties: { extension: { type: 'string', title: 'Extension', maxLength: 4 } },
  },
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

function request(status: string, version: number) {
  return {
    id: REQUEST_ID,
    number: 'REQ-000042',
    itemId: ITEM_ID,
    itemName: 'Desk Phone',
    status,
    version,
    priority: 'high',
    justification: 'Calls',
    formData: { extension: '1234' },
    costAmount: '90.00',
    costCurrency: 'USD',
    costCenterId: null,
    requesterId: '00000000-0000-4000-8000-000000000001',
    requesterName: 'Morgan Example',
    requestedForId: '00000000-0000-4000-8000-000000000001',
    requestedForName: 'Morgan Example',
    assigneeId: null,
    assigneeName: null,
    allowedActions: [],
    approvals: [],
    tasks: [],
    comments: [],
    timeline: [],
    currentApprovalLevel: 1,
    dueDate: null,
    feedback: null,
    rating: null,
    submittedAt: '2026-03-01T09:00:00Z',
    approvedAt: null,
    fulfilledAt: null,
    closedAt: null,
    createdAt: '2026-03-01T09:00:00Z',
    updatedAt: '2026-03-01T09:00:00Z',
  };
}

const BASE = {
  'GET /api/v1/auth/me': () => json(fakeMe(['requester'])),
  [`GET /api/v1/catalog/items/${ITEM_ID}`]: () => json(ITEM),
  [`GET /api/v1/catalog/items/${ITEM_ID}/reviews`]: () => json({ items: [], nextCursor: null }),
};

// The item page loads react-jsonschema-form and ajv on first use: slower than other pages.
describe('RequestForm', { timeout: 30_000 }, () => {
  it('shows a field error instead of sending an incomplete form, then creates and submits the request', async () => {
    const { requests, router } = renderApp({
      path: `/catalog/${ITEM_ID}`,
      tokens: SIGNED_IN,
      api: {
        ...BASE,
        'POST /api/v1/requests': () => json(request('draft', 1), 201),
        [`POST /api/v1/requests/${REQUEST_ID}/submit`]: () => json(request('pending_approval', 2)),
        [`GET /api/v1/requests/${REQUEST_ID}`]: () => json(request('pending_approval', 2)),
      },
    });
    const user = userEvent.setup();
    const submit = await screen.findByRole('button', { name: 'Submit request' });
    await user.click(submit);
    expect(await screen.findByText(/must have required property/)).toBeVisible();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    await user.type(screen.getByRole('textbox', { name: /Extension/ }), '1234');
    await user.type(screen.getByRole('textbox', { name: 'Justification' }), 'Calls');
    await user.click(submit);

    expect(await screen.findByRole('heading', { level: 1, name: /REQ-000042/ })).toBeVisible();
    expect(screen.getByText('Pending approval')).toBeVisible();
    expect(router.state.location.pathname).toBe(`/requests/${REQUEST_ID}`);
    const created = requests.find((r) => r.method === 'POST' && r.url.endsWith('/api/v1/requests'));
    expect(created?.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await created?.json()).toEqual({
      itemId: ITEM_ID,
      formData: { extension: '1234' },
      priority: 'medium',
      justification: 'Calls',
    });
    const submitted = requests.find((r) => r.url.endsWith('/submit'));
    expect(await submitted?.json()).toEqual({ version: 1 });
  });

  it("shows the API's field errors beside the fields, and the rest in an alert", async () => {
    renderApp({
      path: `/catalog/${ITEM_ID}`,
      tokens: SIGNED_IN,
      api: {
        ...BASE,
        'POST /api/v1/requests': () =>
          json(
            {
              type: 'about:blank',
              title: 'Validation failed',
              status: 400,
              errors: [
                { path: '/formData/extension', message: 'is already taken' },
                { path: '/justification', message: 'is too short' },
                { path: '/costCenterId', message: 'is closed' },
              ],
            },
            400,
          ),
      },
    });
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /Extension/ }), '1234');
    await user.click(screen.getByRole('button', { name: 'Submit request' }));
    // rjsf's MUI theme shows a field's errors both in its helper text and its error list.
    expect((await screen.findAllByText('is already taken'))[0]).toBeVisible();
    expect(screen.getByText('is too short')).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('/costCenterId: is closed');
  });
});
