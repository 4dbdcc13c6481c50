import { Client } from 'pg';
import { createDataSource } from '../platform/database/data-source';
import { migrate } from '../platform/database/migrate';
import { TEST_APP_DB_PASSWORD } from '../testing/global-setup';
import type { TestApp } from '../testing/test-app';
import { createTestApp } from '../testing/test-app';
import { createTestDatabase, dropTestDatabase } from '../testing/test-database';
import { DEMO_REQUESTS } from './demo-request-plans';
import { seedDemoRequests } from './demo-requests';
import { DEMO_TENANTS, seedDemo } from './demo-seed';

interface Summary {
  id: string;
  number: string;
  itemId: string;
  itemName: string;
  status: string;
  requesterId: string;
  requestedForId: string;
}

const countBy = (values: string[]) =>
  values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});

// Its own database: the shared test database has no demo requests, so other tests stay
// deterministic, and this one sees exactly what a fresh `npm start` would load.
describe('demo requests', () => {
  let db: { name: string; url: string };
  let t: TestApp;

  beforeAll(async () => {
    db = await createTestDatabase('trellis_demo_requests');
    await migrate({ ownerUrl: db.url, appRolePassword: TEST_APP_DB_PASSWORD });
    const owner = createDataSource(db.url, 2);
    await owner.initialize();
    try {
      await seedDemo(owner);
    } finally {
      await owner.destroy();
    }
    t = await createTestApp({ DATABASE_URL: db.url });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    if (db && !process.env.KEEP_TEST_DB) await dropTestDatabase(db.name);
  });

  /** Rows the seed writes, per tenant, counted as the owner inside the tenant's slice. */
  async function footprint(): Promise<Record<string, number[]>> {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      const out: Record<string, number[]> = {};
      const tenants = await client.query(`SELECT id, slug FROM tenants ORDER BY slug`);
      for (const tenant of tenants.rows as { id: string; slug: string }[]) {
        await client.query(`BEGIN; SELECT set_config('app.tenant_id', '${tenant.id}', true)`);
        const counts = await client.query(
          `SELECT (SELECT count(*)::int FROM service_requests) AS requests,
                  (SELECT count(*)::int FROM approvals) AS approvals,
                  (SELECT count(*)::int FROM tasks) AS tasks,
                  (SELECT count(*)::int FROM catalog_item_reviews) AS reviews,
                  (SELECT count(*)::int FROM audit_events) AS audit,
                  (SELECT count(*)::int FROM outbox_events) AS outbox`,
        );
        await client.query('COMMIT');
        out[tenant.slug] = Object.values(counts.rows[0] as Record<string, number>);
      }
      return out;
    } finally {
      await client.end();
    }
  }

  it('loads every demo state for each tenant through the real services, and a second run adds nothing', async () => {
    expect(await seedDemoRequests(t.app)).toBe(DEMO_REQUESTS.length * DEMO_TENANTS.length);

    for (const tenant of DEMO_TENANTS) {
      const token = async (who: string) => (await t.login(`${who}@${tenant.domain}`)).accessToken;
      const admin = await token('admin');
      const get = async (url: string, as = admin) => {
        const response = await t.request({ method: 'GET', url: `/api/v1/${url}`, token: as });
        expect(response.statusCode).toBe(200);
        return response.json();
      };
      const all: Summary[] = (await get('requests?limit=200')).items;
      expect(countBy(all.map((r) => r.status))).toEqual(
        countBy(DEMO_REQUESTS.map((plan) => plan.status)),
      );
      // Every demo item is ordered at least once.
      expect(new Set(all.map((r) => r.itemName))).toEqual(
        new Set([
          'New User Account',
          'Software License',
          'Laptop Request',
          'VPN Access',
          'Cloud Resources',
        ]),
      );
      const requester = await token('requester');
      const mine: Summary[] = (await get('requests?mine=true&limit=200', requester)).items;
      expect(mine).toHaveLength(DEMO_REQUESTS.length);
      const onBehalf = mine.filter((r) => r.requestedForId !== r.requesterId);
      expect(onBehalf).toHaveLength(1);

      const detail = async (status: string) =>
        Promise.all(all.filter((r) => r.status === status).map((r) => get(`requests/${r.id}`)));

      const pending = await detail('pending_approval');
      expect(pending.map((r) => r.currentApprovalLevel).sort()).toEqual([0, 1]);
      const approverQueue = (await get('approvals?limit=200', await token('approver'))).items;
      const changesQueue = (await get('approvals?limit=200', await token('changes'))).items;
      const atLevel = (level: number) => pending.find((r) => r.currentApprovalLevel === level).id;
      expect(approverQueue.map((a: { requestId: string }) => a.requestId)).toEqual([atLevel(0)]);
      expect(changesQueue.map((a: { requestId: string }) => a.requestId)).toEqual([atLevel(1)]);

      const [rejected] = await detail('rejected');
      expect(
        rejected.approvals.find((a: { status: string }) => a.status === 'rejected').comment,
      ).toBeTruthy();

      const [working] = await detail('in_progress');
      const taskStates = working.tasks.map((x: { status: string }) => x.status);
      expect(taskStates).toContain('done');
      expect(taskStates).toContain('in_progress');
      expect(working.requestedForId).toBe(onBehalf[0].requestedForId);

      const [held] = await detail('on_hold');
      expect(held.tasks.map((x: { status: string }) => x.status)).toContain('done');
      expect(held.comments.length).toBeGreaterThan(0);

      const [fulfilled] = await detail('fulfilled');
      expect(fulfilled.tasks.every((x: { status: string }) => x.status === 'done')).toBe(true);
      // Awaiting the requester: close (with a rating) or reopen.
      expect((await get(`requests/${fulfilled.id}`, requester)).allowedActions).toEqual(
        expect.arrayContaining(['close', 'reopen']),
      );

      const [closed] = await detail('closed');
      expect(closed).toMatchObject({ rating: 5 });
      expect(closed.timeline.map((e: { kind: string }) => e.kind)).toEqual(
        expect.arrayContaining([
          'created',
          'submitted',
          'approved',
          'fulfilled',
          'closed',
          'reviewed',
        ]),
      );
      const item = await get(`catalog/items/${closed.itemId}`);
      expect(item).toMatchObject({ ratingAverage: 5, ratingCount: 1 });
      const reviews = (await get(`catalog/items/${closed.itemId}/reviews`, requester)).items;
      expect(reviews).toEqual([
        expect.objectContaining({
          requestNumber: closed.number,
          rating: 5,
          authorName: 'Riley Requester',
        }),
      ]);

      const [cancelled] = await detail('cancelled');
      expect(
        cancelled.approvals.every((a: { status: string }) => a.status === 'not_required'),
      ).toBe(true);
    }

    const before = await footprint();
    expect(await seedDemoRequests(t.app)).toBe(0);
    expect(await footprint()).toEqual(before);
  });
});
