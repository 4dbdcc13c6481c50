import { DEMO_ITEMS } from '../../seed/demo-catalog-items';
import { CatalogFactory } from '../../testing/catalog-factory';
import type { PersonaTokens, RequestJson } from '../../testing/request-factory';
import { fulfilRequest, orderRequest, submitRequest } from '../../testing/request-factory';
import type { FreshTenant } from '../../testing/tenant-factory';
import { createFreshTenant } from '../../testing/tenant-factory';
import type { TestApp } from '../../testing/test-app';
import { createTestApp } from '../../testing/test-app';

interface Detail extends RequestJson {
  itemName: string;
  submittedAt: string | null;
  approvedAt: string | null;
  fulfilledAt: string | null;
  rating: number | null;
}

const minutesBetween = (from: string, to: string) =>
  (new Date(to).getTime() - new Date(from).getTime()) / 60_000;
const mean = (values: number[]) =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;

describe('metrics/dashboard', () => {
  let t: TestApp;
  let tenant: FreshTenant;
  let tokens: PersonaTokens;
  let otherItemName: string;
  /** Every request the test made, with whether its item asks for approval. */
  const made: { id: string; needsApproval: boolean }[] = [];

  const call = async (token: string, method: 'GET' | 'POST', url: string, payload?: object) => {
    const response = await t.request({ method, url: `/api/v1/${url}`, token, payload });
    if (response.statusCode >= 300)
      throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    return response.json();
  };
  const detail = (id: string): Promise<Detail> => call(tokens.agent, 'GET', `requests/${id}`);
  const keep = (request: RequestJson, needsApproval: boolean) => {
    made.push({ id: request.id, needsApproval });
    return request;
  };

  beforeAll(async () => {
    t = await createTestApp();
    tenant = await createFreshTenant('dash');
    const personas = ['requester', 'approver', 'agent', 'admin', 'changes', 'auditor'];
    tokens = Object.fromEntries(
      await Promise.all(personas.map(async (p) => [p, await tenant.login(t, p)] as const)),
    );
    // An item with no approval policy goes straight to fulfilment when submitted.
    otherItemName = (await new CatalogFactory(t, tokens.admin).published()).name;

    keep(await orderRequest(t, tokens, 'Software License'), true); // a draft: not counted
    for (let i = 0; i < 2; i += 1) keep(await submitRequest(t, tokens, 'Software License'), true);
    for (let i = 0; i < 2; i += 1) keep(await submitRequest(t, tokens, otherItemName), false);
    const held = keep(await submitRequest(t, tokens, otherItemName), false);
    await call(tokens.agent, 'POST', `requests/${held.id}/hold`, {});
    keep(await fulfilRequest(t, tokens, 'New User Account'), true);
    keep(await fulfilRequest(t, tokens, otherItemName), false);
    for (const rating of [4, 5]) {
      const done = keep(await fulfilRequest(t, tokens, 'New User Account'), true);
      await call(tokens.requester, 'POST', `requests/${done.id}/close`, { rating });
    }
    const rejected = keep(await submitRequest(t, tokens, 'Software License'), true);
    await call(tokens.approver, 'POST', `approvals/${rejected.approvals[0].id}/reject`, {
      comment: 'Not this quarter',
    });
    // The requester may cancel only before fulfilment starts: while it waits for approval.
    const cancelled = keep(await submitRequest(t, tokens, 'Software License'), true);
    await call(tokens.requester, 'POST', `requests/${cancelled.id}/cancel`, {
      reason: 'No longer needed',
    });

    // Spread the times out so the averages are hours, not the milliseconds the test took:
    // submission k hours earlier, approval half as much earlier (still after submission).
    await tenant.asOwner(async (m) => {
      for (const [k, r] of made.entries()) {
        await m.query(
          `UPDATE service_requests
              SET submitted_at = submitted_at - make_interval(hours => $3),
                  approved_at = approved_at - make_interval(mins => $3 * 30)
            WHERE tenant_id = $1 AND id = $2 AND submitted_at IS NOT NULL`,
          [tenant.id, r.id, k + 1],
        );
      }
    });
  }, 120_000);
  afterAll(async () => {
    await tenant.close();
    await t.close();
  });

  it('equals the figures computed from the requests the test made', async () => {
    const rows = await Promise.all(made.map(async (r) => ({ ...r, ...(await detail(r.id)) })));
    const statuses = rows.map((r) => r.status).sort();
    expect(statuses).toEqual(
      [
        'draft',
        'pending_approval',
        'pending_approval',
        'in_progress',
        'in_progress',
        'on_hold',
        'fulfilled',
        'fulfilled',
        'closed',
        'closed',
        'rejected',
        'cancelled',
      ].sort(),
    );
    const submitted = rows.filter((r) => r.submittedAt !== null);
    const finished = submitted.filter((r) =>
      ['fulfilled', 'closed', 'rejected', 'cancelled'].includes(r.status),
    );
    const successful = finished.filter((r) => ['fulfilled', 'closed'].includes(r.status));
    const fulfilled = rows.filter((r) => r.fulfilledAt !== null);
    const approvedAfterAsking = submitted.filter((r) => r.needsApproval && r.approvedAt !== null);
    const rated = fulfilled.filter((r) => r.rating !== null);
    const midnight = new Date();
    midnight.setUTCHours(0, 0, 0, 0);

    const response = await t.request({
      method: 'GET',
      url: '/api/v1/metrics/dashboard',
      token: tokens.agent,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      totalRequests: submitted.length,
      pendingApprovals: rows.filter((r) => r.status === 'pending_approval').length,
      inProgress: rows.filter((r) => ['approved', 'in_progress', 'on_hold'].includes(r.status))
        .length,
      fulfilledToday: fulfilled.filter((r) => new Date(r.fulfilledAt!) >= midnight).length,
      activeCatalogItems: DEMO_ITEMS.length + 1,
      successRatePercent: Math.round((successful.length / finished.length) * 1000) / 10,
      satisfaction: { ratings: rated.length },
    });
    expect(body.totalRequests).toBe(11);
    const perItem = new Map<string, number>();
    for (const r of submitted) perItem.set(r.itemName, (perItem.get(r.itemName) ?? 0) + 1);
    expect(
      body.topItems.map((i: { itemName: string; requests: number }) => [i.itemName, i.requests]),
    ).toEqual([...perItem.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
    expect(body.successRatePercent).toBe(66.7);
    expect(body.satisfaction.averageRating).toBeCloseTo(mean(rated.map((r) => r.rating!))!, 2);
    expect(body.averageFulfilmentMinutes).toBeCloseTo(
      mean(fulfilled.map((r) => minutesBetween(r.submittedAt!, r.fulfilledAt!)))!,
      1,
    );
    expect(body.averageApprovalMinutes).toBeCloseTo(
      mean(approvedAfterAsking.map((r) => minutesBetween(r.submittedAt!, r.approvedAt!)))!,
      1,
    );
    // Several hours on average, so the assertion above could not pass on near-zero durations.
    expect(body.averageFulfilmentMinutes).toBeGreaterThan(120);
  });

  it('counts only the window asked for', async () => {
    const from = new Date(Date.now() - 3.5 * 3_600_000).toISOString();
    const body = (
      await t.request({
        method: 'GET',
        url: `/api/v1/metrics/dashboard?from=${from}`,
        token: tokens.admin,
      })
    ).json();
    const rows = await Promise.all(made.map((r) => detail(r.id)));
    expect(body.window.from).toBe(from);
    expect(body.totalRequests).toBe(
      rows.filter((r) => r.submittedAt !== null && r.submittedAt >= from).length,
    );
    expect(body.totalRequests).toBeLessThan(11);
  });

  it('lets agents, admins and auditors read metrics, and refuses requesters with 403', async () => {
    for (const persona of ['agent', 'admin', 'auditor']) {
      const r = await t.request({
        method: 'GET',
        url: '/api/v1/metrics/dashboard',
        token: tokens[persona],
      });
      expect(r.statusCode).toBe(200);
    }
    const refused = await t.request({
      method: 'GET',
      url: '/api/v1/metrics/dashboard',
      token: tokens.requester,
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it("shows another tenant nothing of this one's requests", async () => {
    const globex = (await t.login('agent@globex.test')).accessToken;
    const r = await t.request({
      method: 'GET',
      url: `/api/v1/metrics/catalog-items/${await softwareLicenseId()}`,
      token: globex,
    });
    expect(r.statusCode).toBe(404);
  });

  /** The demo item of this tenant that made[1] ordered. */
  async function softwareLicenseId(): Promise<string> {
    return (await detail(made[1].id)).itemId;
  }

  it('gives per-item counts by status, times, rating and cost', async () => {
    const itemId = await softwareLicenseId();
    const body = (
      await t.request({
        method: 'GET',
        url: `/api/v1/metrics/catalog-items/${itemId}`,
        token: tokens.agent,
      })
    ).json();
    expect(body.itemName).toBe('Software License');
    expect(body.byStatus).toEqual([
      { status: 'cancelled', count: 1 },
      { status: 'draft', count: 1 },
      { status: 'pending_approval', count: 2 },
      { status: 'rejected', count: 1 },
    ]);
    expect(body.totalRequests).toBe(5);
    expect(body.cost).toEqual([]);
    const other = (await detail(made[3].id)).itemId;
    const otherBody = (
      await t.request({
        method: 'GET',
        url: `/api/v1/metrics/catalog-items/${other}`,
        token: tokens.agent,
      })
    ).json();
    // 99.50 each: two in progress and one on hold committed, one fulfilled spent.
    expect(otherBody.cost).toEqual([{ currency: 'USD', spent: '99.50', committed: '298.50' }]);
  });

  it('gives cost by cost centre from the cost-management practice', async () => {
    const body = (
      await t.request({ method: 'GET', url: '/api/v1/metrics/cost-centers', token: tokens.admin })
    ).json();
    const codes = body.costCenters.map((c: { code: string }) => c.code);
    expect(codes).toEqual(['ENG', 'IT-OPS', 'SALES']);
    const itOps = body.costCenters.find((c: { code: string }) => c.code === 'IT-OPS');
    expect(itOps).toMatchObject({ budget: '250000.00', currency: 'USD' });
    expect(body.totals).toEqual([
      expect.objectContaining({ currency: 'USD', budget: '770000.00' }),
    ]);
    expect(body.truncated).toBe(false);
  });

  it.each([
    ['from=yesterday', '/from'],
    ['from=2026-01-10T00:00:00Z&to=2026-01-01T00:00:00Z', '/to'],
    ['from=2024-01-01T00:00:00Z&to=2026-01-01T00:00:00Z', '/from'],
    ['unknown=1', '/unknown'],
  ])('answers ?%s with 400 problem+json naming %s', async (query, path) => {
    const r = await t.request({
      method: 'GET',
      url: `/api/v1/metrics/dashboard?${query}`,
      token: tokens.agent,
    });
    expect(r.statusCode).toBe(400);
    expect(r.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(r.json().errors.map((e: { path: string }) => e.path)).toContain(path);
  });
});
