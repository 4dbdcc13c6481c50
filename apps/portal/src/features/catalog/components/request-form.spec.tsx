import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
  sla: null,
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
    slaTimers: [],
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

const COST_CENTRES = [
  { id: '00000000-0000-4000-8000-000000000501', code: 'CC-100', name: 'Engineering' },
  { id: '00000000-0000-4000-8000-000000000502', code: 'CC-200', name: 'Marketing' },
].map((centre) => ({
  ...centre,
  ownerId: null,
  budgetAmount: '10000.00',
  currency: 'USD',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  committedAmount: '0.00',
  spentAmount: '0.00',
  availableAmount: '10000.00',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 1,
}));

const BASE = {
  'GET /api/v1/auth/me': () => json(fakeMe(['requester'])),
  [`GET /api/v1/catalog/items/${ITEM_ID}`]: () => json(ITEM),
  [`GET /api/v1/catalog/items/${ITEM_ID}/reviews`]: () => json({ items: [], nextCursor: null }),
  'GET /api/v1/cost-centers': () => json({ items: COST_CENTRES, nextCursor: null }),
  [`GET /api/v1/requests/${REQUEST_ID}/attachments`]: () => json({ items: [], nextCursor: null }),
};

/**
 * Uploads go over XMLHttpRequest (for their progress), which the fake fetch does not see: this
 * stands in for it, records each upload and answers with `status`.
 */
function fakeUploads(status: (sent: number) => number) {
  const sent: { method: string; url: string; body: Blob }[] = [];
  class FakeXhr {
    upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    onabort: (() => void) | null = null;
    responseType = '';
    status = 0;
    statusText = '';
    response: Blob | null = null;
    private method = '';
    private url = '';
    open(method: string, url: string) {
      this.method = method;
      this.url = url;
    }
    setRequestHeader() {
      // Headers are the client's business; these tests look at what was sent.
    }
    getAllResponseHeaders() {
      return this.status >= 400
        ? 'content-type: application/problem+json\r\n'
        : 'content-type: application/json\r\n';
    }
    abort() {
      this.onabort?.();
    }
    send(body: Blob) {
      sent.push({ method: this.method, url: this.url, body });
      this.status = status(sent.length);
      const answer =
        this.status >= 400
          ? { type: 'about:blank', title: 'Unsupported', status: this.status, detail: 'Not a PDF' }
          : { id: `00000000-0000-4000-8000-00000000060${sent.length}`, fileName: 'file' };
      // A Blob of the runtime that builds the Response (jsdom's own Blob is not one it accepts).
      void new Response(JSON.stringify(answer)).blob().then((blob) => {
        this.response = blob;
        this.upload.onprogress?.({ lengthComputable: true, loaded: 1, total: 1 } as ProgressEvent);
        this.onload?.();
      });
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return sent;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

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
                { path: '/dueDate', message: 'must be in the future' },
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
    expect(screen.getByText('is closed')).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('/dueDate: must be in the future');
    expect(screen.getByRole('alert')).not.toHaveTextContent('is closed');
  });

  it('saves a draft without submitting it and opens the draft', async () => {
    const { requests, router } = renderApp({
      path: `/catalog/${ITEM_ID}`,
      tokens: SIGNED_IN,
      api: {
        ...BASE,
        'POST /api/v1/requests': () => json(request('draft', 1), 201),
        [`GET /api/v1/requests/${REQUEST_ID}`]: () => json(request('draft', 1)),
      },
    });
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /Extension/ }), '1234');
    await user.click(screen.getByRole('button', { name: 'Save as draft' }));

    expect(await screen.findByRole('heading', { level: 1, name: /REQ-000042/ })).toBeVisible();
    expect(router.state.location.pathname).toBe(`/requests/${REQUEST_ID}`);
    expect(await screen.findByText(/Draft REQ-000042 saved/)).toBeVisible();
    const created = requests.find((r) => r.method === 'POST' && r.url.endsWith('/api/v1/requests'));
    expect(await created?.json()).toEqual({
      itemId: ITEM_ID,
      formData: { extension: '1234' },
      priority: 'medium',
    });
    expect(requests.some((r) => r.url.endsWith('/submit'))).toBe(false);
  });

  it('sends the chosen cost centre and uploads the chosen files before submitting', async () => {
    const uploads = fakeUploads(() => 201);
    const appended = vi.spyOn(FormData.prototype, 'append');
    const { requests, router } = renderApp({
      path: `/catalog/${ITEM_ID}`,
      tokens: SIGNED_IN,
      api: {
        ...BASE,
        'POST /api/v1/requests': () => json(request('draft', 1), 201),
        [`POST /api/v1/requests/${REQUEST_ID}/submit`]: () => {
          // Submitted only once every file is on the draft.
          expect(uploads).toHaveLength(2);
          return json(request('pending_approval', 2));
        },
        [`GET /api/v1/requests/${REQUEST_ID}`]: () => json(request('pending_approval', 2)),
      },
    });
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /Extension/ }), '1234');
    await user.click(screen.getByRole('combobox', { name: 'Cost centre' }));
    await user.click(await screen.findByRole('option', { name: 'CC-200 — Marketing' }));
    await user.upload(screen.getByLabelText('Add files'), [
      new File(['quote'], 'quote.pdf', { type: 'application/pdf' }),
      new File(['oops'], 'wrong.pdf', { type: 'application/pdf' }),
      new File(['spec'], 'spec.txt', { type: 'text/plain' }),
    ]);
    const chosen = screen.getByRole('list', { name: 'Files to attach' });
    await user.click(within(chosen).getByRole('button', { name: 'Remove wrong.pdf' }));
    expect(within(chosen).queryByText('wrong.pdf')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Submit request' }));

    expect(await screen.findByRole('heading', { level: 1, name: /REQ-000042/ })).toBeVisible();
    expect(router.state.location.pathname).toBe(`/requests/${REQUEST_ID}`);
    const created = requests.find((r) => r.method === 'POST' && r.url.endsWith('/api/v1/requests'));
    expect(await created?.json()).toMatchObject({ costCenterId: COST_CENTRES[1]?.id });
    expect(uploads.map((u) => [u.method, new URL(u.url).pathname])).toEqual([
      ['POST', `/api/v1/requests/${REQUEST_ID}/attachments`],
      ['POST', `/api/v1/requests/${REQUEST_ID}/attachments`],
    ]);
    // Which file each upload carried: jsdom's File does not survive the runtime's multipart
    // encoder, so look at what the upload put into its form.
    expect(appended.mock.calls.map(([field, file]) => [field, (file as File).name])).toEqual([
      ['file', 'quote.pdf'],
      ['file', 'spec.txt'],
    ]);
    expect(requests.some((r) => r.url.endsWith('/submit'))).toBe(true);
  });

  it('opens the draft and names the file when an upload fails, without submitting', async () => {
    const uploads = fakeUploads((sent) => (sent === 2 ? 415 : 201));
    const { requests, router } = renderApp({
      path: `/catalog/${ITEM_ID}`,
      tokens: SIGNED_IN,
      api: {
        ...BASE,
        'POST /api/v1/requests': () => json(request('draft', 1), 201),
        [`GET /api/v1/requests/${REQUEST_ID}`]: () => json(request('draft', 1)),
      },
    });
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /Extension/ }), '1234');
    await user.upload(screen.getByLabelText('Add files'), [
      new File(['a'], 'first.pdf', { type: 'application/pdf' }),
      new File(['b'], 'second.exe', { type: 'application/octet-stream' }),
      new File(['c'], 'third.pdf', { type: 'application/pdf' }),
    ]);
    await user.click(screen.getByRole('button', { name: 'Submit request' }));

    expect(
      await screen.findByText(
        /second\.exe could not be uploaded \(Not a PDF\)\. REQ-000042 is saved as a draft/,
      ),
    ).toBeVisible();
    await waitFor(() => expect(router.state.location.pathname).toBe(`/requests/${REQUEST_ID}`));
    expect(uploads).toHaveLength(2);
    expect(requests.some((r) => r.url.endsWith('/submit'))).toBe(false);
  });

  it("orders on a colleague's behalf, found in the people directory as the requester types", async () => {
    const colleague = {
      id: '00000000-0000-4000-8000-000000000009',
      email: 'sam@acme.test',
      name: 'Sam Colleague',
    };
    const { requests, router } = renderApp({
      path: `/catalog/${ITEM_ID}`,
      tokens: SIGNED_IN,
      api: {
        ...BASE,
        'GET /api/v1/people': () => json({ items: [colleague] }),
        'POST /api/v1/requests': () => json(request('draft', 1), 201),
        [`GET /api/v1/requests/${REQUEST_ID}`]: () => json(request('draft', 1)),
      },
    });
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /Extension/ }), '1234');
    await user.click(screen.getByRole('combobox', { name: 'On behalf of' }));
    expect(await screen.findByText('Type a name or email')).toBeVisible();
    expect(requests.some((r) => r.url.includes('/api/v1/people'))).toBe(false);
    await user.type(screen.getByRole('combobox', { name: 'On behalf of' }), 'sam');
    await user.click(await screen.findByRole('option', { name: 'Sam Colleague (sam@acme.test)' }));
    const searched = requests.filter((r) => r.url.includes('/api/v1/people'));
    expect(new URL(searched.at(-1)!.url).searchParams.get('q')).toBe('sam');
    await user.click(screen.getByRole('button', { name: 'Save as draft' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/requests/${REQUEST_ID}`));
    const created = requests.find((r) => r.method === 'POST' && r.url.endsWith('/api/v1/requests'));
    expect(await created?.json()).toMatchObject({ requestedForId: colleague.id });
  });

  it("answers a form's person field with the email of someone picked from the directory, or one typed", async () => {
    const withManager = {
      ...ITEM,
      formSchema: {
        type: 'object',
        required: ['manager'],
        properties: { manager: { type: 'string', format: 'email', title: 'Line manager' } },
      },
    };
    const { requests, router } = renderApp({
      path: `/catalog/${ITEM_ID}`,
      tokens: SIGNED_IN,
      api: {
        ...BASE,
        [`GET /api/v1/catalog/items/${ITEM_ID}`]: () => json(withManager),
        'GET /api/v1/people': () =>
          json({
            items: [
              {
                id: '00000000-0000-4000-8000-000000000010',
                email: 'pat@acme.test',
                name: 'Pat Manager',
              },
            ],
          }),
        'POST /api/v1/requests': () => json(request('draft', 1), 201),
        [`GET /api/v1/requests/${REQUEST_ID}`]: () => json(request('draft', 1)),
      },
    });
    const user = userEvent.setup();
    const field = await screen.findByRole('combobox', { name: /Line manager/ });
    await user.type(field, 'not-an-address');
    expect(await screen.findByText(/must match format "email"/)).toBeVisible();
    await user.clear(field);
    await user.type(field, 'pat');
    await user.click(await screen.findByRole('option', { name: 'Pat Manager (pat@acme.test)' }));
    expect(field).toHaveValue('pat@acme.test');
    await user.click(screen.getByRole('button', { name: 'Save as draft' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/requests/${REQUEST_ID}`));
    const created = requests.find((r) => r.method === 'POST' && r.url.endsWith('/api/v1/requests'));
    expect(await created?.json()).toMatchObject({ formData: { manager: 'pat@acme.test' } });
  });
});
