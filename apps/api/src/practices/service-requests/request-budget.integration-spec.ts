import { validFormData } from '../../testing/form-data-factory';
import type { TestApp } from '../../testing/test-app';
import { createTestApp } from '../../testing/test-app';

describe("a request's cost against its cost centre", () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp();
    for (const who of ['requester', 'approver', 'agent', 'admin'])
      tokens[who] = (await t.login(`${who}@acme.test`)).accessToken;
  });
  afterAll(() => t.close());

  const api = (who: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    t.request({ method, url: `/api/v1/${url}`, token: tokens[who], payload });

  it('is committed on approval, moved to spent on fulfilment, and released on cancel', async () => {
    const created = await api('admin', 'POST', 'cost-centers', {
      code: `T${Date.now().toString().slice(-6)}`,
      name: 'Budget test',
      ownerId: (await api('admin', 'GET', 'auth/me')).json().id,
      budgetAmount: '10000.00',
      currency: 'USD',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
    });
    expect(created.statusCode).toBe(201);
    const costCenterId = created.json().id;
    const items = (await api('requester', 'GET', 'catalog/items?limit=50')).json().items as {
      id: string;
      name: string;
    }[];
    const item = (
      await api(
        'requester',
        'GET',
        `catalog/items/${items.find((i) => i.name === 'Software License')!.id}`,
      )
    ).json();
    const cost = Number(item.cost?.amount ?? item.costAmount);
    expect(cost).toBeGreaterThan(0);
    const amounts = async () => {
      const c = (await api('admin', 'GET', `cost-centers/${costCenterId}`)).json();
      return { committed: Number(c.committedAmount), spent: Number(c.spentAmount) };
    };

    /** Orders the item against the cost centre; answers the approval it waits for. */
    const submit = async () => {
      const draft = (
        await api('requester', 'POST', 'requests', {
          itemId: item.id,
          formData: validFormData(item.formSchema),
          costCenterId,
        })
      ).json();
      await api('requester', 'POST', `requests/${draft.id}/submit`, {});
      const [approval] = (await api('approver', 'GET', 'approvals?limit=200'))
        .json()
        .items.filter((a: { requestId: string }) => a.requestId === draft.id);
      return { requestId: draft.id as string, approvalId: approval.id as string };
    };
    const order = async () => {
      const { requestId, approvalId } = await submit();
      expect(
        (await api('approver', 'POST', `approvals/${approvalId}/approve`, {})).statusCode,
      ).toBe(200);
      return requestId;
    };

    const first = await order();
    expect(await amounts()).toEqual({ committed: cost, spent: 0 });
    let detail = (await api('agent', 'GET', `requests/${first}`)).json();
    for (let round = 0; round < 10 && detail.status === 'in_progress'; round += 1) {
      for (const task of detail.tasks.filter((x: { status: string }) => x.status === 'open')) {
        await api('agent', 'POST', `tasks/${task.id}/complete`, {});
      }
      detail = (await api('agent', 'GET', `requests/${first}`)).json();
    }
    expect(detail.status).toBe('fulfilled');
    expect(await amounts()).toEqual({ committed: 0, spent: cost });

    const second = await order();
    expect(await amounts()).toEqual({ committed: cost, spent: cost });
    expect(
      (await api('agent', 'POST', `requests/${second}/cancel`, { reason: 'Budget freeze' }))
        .statusCode,
    ).toBe(200);
    expect(await amounts()).toEqual({ committed: 0, spent: cost });

    // Approvals charged to one cost centre at the same moment each add their cost: none is lost
    // and none is refused.
    const waiting = [];
    for (let i = 0; i < 6; i += 1) waiting.push(await submit());
    const decisions = await Promise.all(
      waiting.map(({ approvalId }) =>
        api('approver', 'POST', `approvals/${approvalId}/approve`, { comment: 'ok' }),
      ),
    );
    expect(decisions.map((d) => d.statusCode)).toEqual(waiting.map(() => 200));
    expect(await amounts()).toEqual({ committed: Number((6 * cost).toFixed(2)), spent: cost });
  });
});
