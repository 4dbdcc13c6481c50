import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SIGNED_IN, fakeMe, json } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';

const ITEM_ID = '00000000-0000-4000-8000-000000000501';
const CATEGORY_ID = '00000000-0000-4000-8000-000000000110';
const POLICY_ID = '00000000-0000-4000-8000-000000000601';

const POLICY = {
  id: POLICY_ID,
  name: 'Manager sign-off',
  description: '',
  levels: [{ approvers: [{ type: 'requester_manager' }], rule: { kind: 'any' } }],
  updatedAt: '2026-01-01T00:00:00Z',
  version: 1,
};

const ITEM = {
  id: ITEM_ID,
  name: 'Ergonomic chair',
  description: '',
  icon: 'Apps',
  categoryId: CATEGORY_ID,
  categoryKey: 'hardware',
  categoryName: 'Hardware',
  costAmount: '0.00',
  costCurrency: 'USD',
  costCenterId: null,
  deliveryDays: 1,
  ratingAverage: null,
  ratingCount: 0,
  sla: null,
  status: 'draft',
  prerequisites: [],
  documentationLinks: [],
  formSchema: { type: 'object', properties: {}, additionalProperties: false },
  uiSchema: { 'ui:order': ['*'] },
  approvalPolicyId: null,
  slaPolicyId: null,
  supportTeamId: null,
  taskTemplates: [],
  publishedAt: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 3,
};

const API = {
  'GET /api/v1/auth/me': () => json(fakeMe(['admin'])),
  'GET /api/v1/catalog/categories': () =>
    json({
      items: [
        {
          id: CATEGORY_ID,
          key: 'hardware',
          name: 'Hardware',
          description: '',
          icon: 'Computer',
          sortOrder: 1,
          itemCount: 0,
        },
      ],
    }),
  'GET /api/v1/teams': () => json({ items: [], nextCursor: null }),
  'GET /api/v1/sla/policies': () => json({ items: [] }),
  'GET /api/v1/approval-policies': () => json({ items: [POLICY] }),
  [`GET /api/v1/catalog/items/${ITEM_ID}`]: () => json(ITEM),
};

const bodyOf = async (requests: Request[], method: string) =>
  (await requests.find((r) => r.method === method && r.url.includes('/catalog/items'))?.json()) as
    Record<string, unknown> | undefined;

describe('CatalogItemEditorPage', { timeout: 30_000 }, () => {
  it('saves a new draft with its form, task and policy, then opens it', async () => {
    const user = userEvent.setup();
    const { requests, router } = renderApp({
      path: '/catalog-admin/items/new',
      tokens: SIGNED_IN,
      api: { ...API, 'POST /api/v1/catalog/items': () => json(ITEM, 201) },
    });
    fireEvent.change(await screen.findByRole('textbox', { name: 'Name' }), {
      target: { value: 'Ergonomic chair' },
    });
    await user.click(screen.getByRole('combobox', { name: 'Category' }));
    await user.click(await screen.findByRole('option', { name: 'Hardware' }));

    await user.click(screen.getByRole('tab', { name: 'Form' }));
    await user.click(screen.getByRole('button', { name: 'Add field' }));
    await user.click(screen.getByRole('menuitem', { name: 'Text' }));
    const card = screen.getByRole('list', { name: 'Form fields' }).lastElementChild as HTMLElement;
    fireEvent.change(within(card).getByRole('textbox', { name: /^Label/ }), {
      target: { value: 'Desk location' },
    });
    await user.click(within(card).getByRole('switch', { name: 'Required' }));

    await user.click(screen.getByRole('tab', { name: 'Tasks' }));
    await user.click(screen.getByRole('button', { name: 'Add task' }));
    fireEvent.change(screen.getByRole('textbox', { name: /^Title/ }), {
      target: { value: 'Deliver the chair' },
    });

    await user.click(screen.getByRole('tab', { name: 'Approval' }));
    await user.click(screen.getByRole('combobox', { name: 'Approval policy' }));
    await user.click(await screen.findByRole('option', { name: 'Manager sign-off' }));

    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await screen.findByText('Ergonomic chair is saved as a draft.');
    // The editor opens the new item once the lists it changed are refreshed.
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/catalog-admin/items/${ITEM_ID}`),
    );
    const body = await bodyOf(requests, 'POST');
    expect(body).toMatchObject({
      name: 'Ergonomic chair',
      categoryId: CATEGORY_ID,
      approvalPolicyId: POLICY_ID,
      formSchema: {
        type: 'object',
        required: ['deskLocation'],
        properties: { deskLocation: { type: 'string', title: 'Desk location' } },
        additionalProperties: false,
      },
      uiSchema: { 'ui:order': ['deskLocation', '*'] },
      taskTemplates: [
        { key: 'deliver-the-chair', title: 'Deliver the chair', checklist: [], dependsOn: [] },
      ],
    });
  });

  it('explains a 409: someone else saved first, reload', async () => {
    const user = userEvent.setup();
    const { requests } = renderApp({
      path: `/catalog-admin/items/${ITEM_ID}`,
      tokens: SIGNED_IN,
      api: {
        ...API,
        [`PATCH /api/v1/catalog/items/${ITEM_ID}`]: () =>
          json(
            {
              type: 'about:blank',
              title: 'Conflict',
              status: 409,
              detail: 'Catalog item was changed by someone else; reload it and try again',
            },
            409,
          ),
      },
    });
    fireEvent.change(await screen.findByRole('textbox', { name: 'Name' }), {
      target: { value: 'Ergonomic chair, renamed' },
    });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Changed by someone else')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeVisible();
    expect(await bodyOf(requests, 'PATCH')).toMatchObject({ version: 3 });
  });

  it('shows a dependency cycle where it is made, as the API would refuse it', async () => {
    const user = userEvent.setup();
    renderApp({ path: `/catalog-admin/items/${ITEM_ID}`, tokens: SIGNED_IN, api: API });
    await user.click(await screen.findByRole('tab', { name: 'Tasks' }));
    await user.click(screen.getByRole('button', { name: 'Add task' }));
    await user.click(screen.getByRole('button', { name: 'Add task' }));
    const waitsFor = (n: number) =>
      within(screen.getByRole('region', { name: `Task ${n}` })).getByRole('combobox', {
        name: 'Waits for',
      });
    await user.click(waitsFor(1));
    await user.click(await screen.findByRole('option', { name: 'task-2' }));
    await user.click(waitsFor(2));
    await user.click(await screen.findByRole('option', { name: 'task-1' }));
    expect(
      await screen.findByText('Dependencies form a cycle: task-1 -> task-2 -> task-1.'),
    ).toBeVisible();
  });
});
