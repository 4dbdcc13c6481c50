import type { TestApp } from '../../testing/test-app';
import { createTestApp } from '../../testing/test-app';
import { uniqueName } from '../../testing/catalog-factory';
import { TenantDb } from '../../platform/tenancy/tenant-db';
import type { BudgetChange } from './budget-tracker';
import { CostCentersService } from './cost-centers.service';

describe('CostCentersService.adjust (for the requests practice)', () => {
  let t: TestApp;
  let admin: string;
  let tenantId: string;
  let ownerId: string;

  const newCostCenter = async (budgetAmount: string): Promise<string> => {
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/cost-centers',
      token: admin,
      payload: {
        code: uniqueName('B')
          .replace(/[^A-Za-z0-9]/g, '')
          .slice(-24)
          .toUpperCase(),
        name: 'Budget test',
        ownerId,
        budgetAmount,
        currency: 'EUR',
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
      },
    });
    expect(response.statusCode).toBe(201);
    return response.json().id;
  };
  const adjust = (id: string, change: BudgetChange, tenant = tenantId) =>
    t.app
      .get(TenantDb)
      .forTenant(tenant, (m) => t.app.get(CostCentersService).adjust(m, tenant, id, change));
  const read = async (id: string) =>
    (await t.request({ method: 'GET', url: `/api/v1/cost-centers/${id}`, token: admin })).json();
  const auditActions = async (id: string) =>
    (
      await t.request({
        method: 'GET',
        url: `/api/v1/audit-events?entityId=${id}&limit=200`,
        token: admin,
      })
    ).json().items as { action: string; actorType: string; after: Record<string, unknown> }[];

  beforeAll(async () => {
    t = await createTestApp();
    admin = (await t.login('admin@acme.test')).accessToken;
    const me = (await t.request({ method: 'GET', url: '/api/v1/auth/me', token: admin })).json();
    tenantId = me.tenant.id;
    ownerId = me.id;
  });
  afterAll(() => t.close());

  it('moves committed and spent amounts exactly and reports utilisation before and after', async () => {
    const id = await newCostCenter('1000.00');
    const first = await adjust(id, { committedDelta: '333.33', reason: 'REQ-000001 approved' });
    expect(first).toMatchObject({
      costCenterId: id,
      currency: 'EUR',
      ownerId,
      before: {
        committedAmount: '0.00',
        spentAmount: '0.00',
        budgetAmount: '1000.00',
        utilisationPercent: 0,
      },
      after: { committedAmount: '333.33', spentAmount: '0.00', utilisationPercent: 33.33 },
      thresholdsCrossed: [],
    });
    // Fulfilment moves the money from committed to spent: utilisation is unchanged.
    const fulfilled = await adjust(id, { committedDelta: '-333.33', spentDelta: '333.33' });
    expect(fulfilled.after).toMatchObject({
      committedAmount: '0.00',
      spentAmount: '333.33',
      utilisationPercent: 33.33,
    });
    // 0.1 + 0.2 in cents, not floats.
    await adjust(id, { committedDelta: '0.10' });
    await adjust(id, { committedDelta: '0.20' });
    expect(await read(id)).toMatchObject({
      committedAmount: '0.30',
      spentAmount: '333.33',
      availableAmount: '666.37',
      version: 1,
    });
  });

  it('reports 80% and 100% once each, when a change reaches them, and audits each crossing', async () => {
    const id = await newCostCenter('1000.00');
    expect((await adjust(id, { committedDelta: '799.99' })).thresholdsCrossed).toEqual([]);
    expect((await adjust(id, { committedDelta: '0.01' })).thresholdsCrossed).toEqual([80]);
    expect((await adjust(id, { committedDelta: '100.00' })).thresholdsCrossed).toEqual([]);
    const over = await adjust(id, { spentDelta: '250.00' });
    expect(over.thresholdsCrossed).toEqual([100]);
    expect(over.after.utilisationPercent).toBe(115);
    expect((await read(id)).availableAmount).toBe('-150.00');
    // Dropping back under 80% and rising again is a new crossing.
    await adjust(id, { committedDelta: '-900.00', spentDelta: '-250.00' });
    expect((await adjust(id, { committedDelta: '1200.00' })).thresholdsCrossed).toEqual([80, 100]);

    const events = await auditActions(id);
    const crossings = events.filter((e) => e.action === 'cost_center.budget_threshold_reached');
    expect(crossings.map((e) => e.after.threshold).sort()).toEqual([100, 100, 80, 80].sort());
    expect(crossings[0].after).toMatchObject({ ownerId, currency: 'EUR' });
    // Outside a request there is no caller: the system acts.
    expect(
      events.every((e) => e.action === 'cost_center.created' || e.actorType === 'system'),
    ).toBe(true);
    expect(events.filter((e) => e.action === 'cost_center.adjusted')).toHaveLength(6);
  });

  it('crosses both thresholds on the first use of a zero budget', async () => {
    const id = await newCostCenter('0.00');
    const first = await adjust(id, { committedDelta: '1.00' });
    expect(first.thresholdsCrossed).toEqual([80, 100]);
    expect(first.after.utilisationPercent).toBeNull();
  });

  it('refuses to release more than was committed with 409, changing nothing', async () => {
    const id = await newCostCenter('1000.00');
    await adjust(id, { committedDelta: '50.00' });
    await expect(adjust(id, { committedDelta: '-50.01' })).rejects.toMatchObject({ status: 409 });
    await expect(adjust(id, { spentDelta: '-0.01' })).rejects.toMatchObject({ status: 409 });
    expect(await read(id)).toMatchObject({ committedAmount: '50.00', spentAmount: '0.00' });
  });

  it("answers 404 for an unknown or another tenant's cost centre", async () => {
    const id = await newCostCenter('1000.00');
    const globex = (await t.login('admin@globex.test')).accessToken;
    const globexId = (
      await t.request({ method: 'GET', url: '/api/v1/auth/me', token: globex })
    ).json().tenant.id;
    await expect(adjust(id, { committedDelta: '1.00' }, globexId)).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      adjust('00000000-0000-4000-8000-000000000000', { committedDelta: '1.00' }),
    ).rejects.toMatchObject({
      status: 404,
    });
  });

  it('adds up concurrent changes, and exactly one of them crosses each threshold', async () => {
    const id = await newCostCenter('1000.00');
    const results = await Promise.all(
      Array.from({ length: 10 }, () => adjust(id, { committedDelta: '100.00' })),
    );
    expect((await read(id)).committedAmount).toBe('1000.00');
    expect(results.flatMap((r) => r.thresholdsCrossed).sort()).toEqual([100, 80]);
  });
});
