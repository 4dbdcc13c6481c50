import { CatalogFactory } from '../../testing/catalog-factory';
import type { PersonaTokens } from '../../testing/request-factory';
import { submitRequest } from '../../testing/request-factory';
import type { FreshTenant } from '../../testing/tenant-factory';
import { createFreshTenant } from '../../testing/tenant-factory';
import type { TestApp } from '../../testing/test-app';
import { createTestApp } from '../../testing/test-app';

/**
 * Requests and SLA timers placed in the first week of March 2025 by the database owner, so each
 * figure can be stated exactly: 2025-03-03 is a Monday.
 */
const REQUESTS = [
  { created: '2025-03-03T10:00:00Z', fulfilled: '2025-03-04T09:00:00Z' },
  { created: '2025-03-03T15:00:00Z', fulfilled: '2025-03-06T12:00:00Z' },
  { created: '2025-03-05T08:00:00Z', fulfilled: null },
  { created: '2025-03-05T09:00:00Z', fulfilled: null },
  { created: '2025-03-05T23:59:59Z', fulfilled: null },
  { created: '2025-03-09T12:00:00Z', fulfilled: null },
];

interface TimerPlan {
  request: number;
  policy: 'A' | 'B';
  priority: string;
  kind: string;
  state: string;
  due: string;
  breached?: string;
  stopped?: string;
}

const TIMERS: TimerPlan[] = [
  // A/high: two met, one breached and stopped 26 hours late, one paused, one cancelled.
  {
    request: 0,
    policy: 'A',
    priority: 'high',
    kind: 'resolution',
    state: 'stopped',
    due: '2025-03-04T10:00:00Z',
    stopped: '2025-03-04T09:00:00Z',
  },
  {
    request: 0,
    policy: 'A',
    priority: 'high',
    kind: 'response',
    state: 'stopped',
    due: '2025-03-03T11:00:00Z',
    stopped: '2025-03-03T10:30:00Z',
  },
  {
    request: 1,
    policy: 'A',
    priority: 'high',
    kind: 'resolution',
    state: 'stopped',
    due: '2025-03-05T10:00:00Z',
    breached: '2025-03-05T10:00:00Z',
    stopped: '2025-03-06T12:00:00Z',
  },
  {
    request: 5,
    policy: 'A',
    priority: 'high',
    kind: 'response',
    state: 'paused',
    due: '2025-03-10T12:00:00Z',
  },
  {
    request: 5,
    policy: 'A',
    priority: 'high',
    kind: 'resolution',
    state: 'cancelled',
    due: '2025-03-01T12:00:00Z',
    breached: '2025-03-05T12:00:00Z',
  },
  // B/low: one breached and still running, one breached and stopped an hour late, one running.
  {
    request: 2,
    policy: 'B',
    priority: 'low',
    kind: 'resolution',
    state: 'running',
    due: '2025-03-06T08:00:00Z',
    breached: '2025-03-06T08:00:00Z',
  },
  {
    request: 3,
    policy: 'B',
    priority: 'low',
    kind: 'response',
    state: 'stopped',
    due: '2025-03-05T09:30:00Z',
    breached: '2025-03-05T09:30:00Z',
    stopped: '2025-03-05T10:30:00Z',
  },
  {
    request: 4,
    policy: 'B',
    priority: 'low',
    kind: 'resolution',
    state: 'running',
    due: '2099-03-20T00:00:00Z',
  },
];

const WEEK = 'from=2025-03-03T00:00:00.000Z&to=2025-03-10T00:00:00.000Z';

describe('metrics over SLA timers and time buckets', () => {
  let t: TestApp;
  let tenant: FreshTenant;
  let tokens: PersonaTokens;
  let itemId: string;
  const policyIds: Record<'A' | 'B', string> = { A: '', B: '' };

  const get = (url: string, token = tokens.agent) =>
    t.request({ method: 'GET', url: `/api/v1/${url}`, token });

  beforeAll(async () => {
    t = await createTestApp();
    tenant = await createFreshTenant('sla');
    tokens = {
      requester: await tenant.login(t, 'requester'),
      agent: await tenant.login(t, 'agent'),
      admin: await tenant.login(t, 'admin'),
    };
    const item = await new CatalogFactory(t, tokens.admin).published();
    itemId = item.id;
    const ids: string[] = [];
    for (let i = 0; i < REQUESTS.length; i += 1) {
      ids.push((await submitRequest(t, tokens, item.name)).id);
    }
    await tenant.asOwner(async (m) => {
      for (const [i, plan] of REQUESTS.entries()) {
        await m.query(
          `UPDATE service_requests SET created_at = $3, submitted_at = $3, fulfilled_at = $4
            WHERE tenant_id = $1 AND id = $2`,
          [tenant.id, ids[i], plan.created, plan.fulfilled],
        );
      }
      // Whatever timers submission started are replaced by the planned ones.
      await m.query(`DELETE FROM sla_timers WHERE tenant_id = $1 AND request_id = ANY($2)`, [
        tenant.id,
        ids,
      ]);
      const [{ id: calendarId }]: { id: string }[] = await m.query(
        `INSERT INTO sla_calendars (tenant_id, name, time_zone, working_hours)
         VALUES ($1, 'Reporting test 24x7', 'UTC', '{}') RETURNING id`,
        [tenant.id],
      );
      for (const key of ['A', 'B'] as const) {
        const [{ id }]: { id: string }[] = await m.query(
          `INSERT INTO sla_policies (tenant_id, name, calendar_id, targets)
           VALUES ($1, $2, $3, '{}') RETURNING id`,
          [tenant.id, `Reporting test ${key}`, calendarId],
        );
        policyIds[key] = id;
      }
      for (const timer of TIMERS) {
        await m.query(
          `INSERT INTO sla_timers (tenant_id, request_id, policy_id, calendar_id, kind, priority,
                                   target_minutes, started_at, state, due_at, breached_at, stopped_at,
                                   paused_at)
           VALUES ($1, $2, $3, $4, $5, $6, 60, $7, $8, $9, $10, $11,
                   CASE WHEN $8 = 'paused' THEN $7::timestamptz END)`,
          [
            tenant.id,
            ids[timer.request],
            policyIds[timer.policy],
            calendarId,
            timer.kind,
            timer.priority,
            REQUESTS[timer.request].created,
            timer.state,
            timer.due,
            timer.breached ?? null,
            timer.stopped ?? null,
          ],
        );
      }
    });
  }, 120_000);
  afterAll(async () => {
    await tenant.close();
    await t.close();
  });

  it('gives SLA compliance per policy and priority from the timers', async () => {
    const response = await get(`metrics/sla?${WEEK}`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.compliancePercent).toBe(50); // 2 met of 4 stopped
    expect(body.byPolicy).toEqual([
      {
        policyId: policyIds.A,
        policyName: 'Reporting test A',
        priority: 'high',
        met: 2,
        breached: 1,
        open: 1,
        compliancePercent: 66.7,
      },
      {
        policyId: policyIds.B,
        policyName: 'Reporting test B',
        priority: 'low',
        met: 0,
        breached: 2,
        open: 1,
        compliancePercent: 0,
      },
    ]);
  });

  it('analyses breaches by kind and item with the minutes overdue', async () => {
    const body = (await get(`metrics/sla?${WEEK}`)).json();
    const runningOverdue = (Date.now() - Date.parse('2025-03-06T08:00:00Z')) / 60_000;
    expect(body.breaches.breached).toBe(3);
    const byKind = Object.fromEntries(body.breaches.byKind.map((k: { key: string }) => [k.key, k]));
    expect(byKind.response).toMatchObject({ breached: 1, averageOverdueMinutes: 60 });
    expect(byKind.resolution.breached).toBe(2);
    expect(byKind.resolution.averageOverdueMinutes).toBeCloseTo((26 * 60 + runningOverdue) / 2, -1);
    expect(body.breaches.byItem).toEqual([expect.objectContaining({ key: itemId, breached: 3 })]);
  });

  it('puts the same compliance on the dashboard', async () => {
    const body = (await get(`metrics/dashboard?${WEEK}`)).json();
    expect(body.slaCompliancePercent).toBe(50);
    expect(body.totalRequests).toBe(REQUESTS.length);
  });

  it('buckets created, fulfilled and breached per UTC day, empty days as zeros', async () => {
    const response = await get(`metrics/requests/timeseries?interval=day&${WEEK}`);
    expect(response.statusCode).toBe(200);
    const rows = response
      .json()
      .buckets.map(
        (b: { bucket: string; created: number; fulfilled: number; breached: number }) => [
          b.bucket.slice(0, 10),
          b.created,
          b.fulfilled,
          b.breached,
        ],
      );
    expect(rows).toEqual([
      ['2025-03-03', 2, 0, 0],
      ['2025-03-04', 0, 1, 0],
      ['2025-03-05', 3, 0, 2],
      ['2025-03-06', 0, 1, 1],
      ['2025-03-07', 0, 0, 0],
      ['2025-03-08', 0, 0, 0],
      ['2025-03-09', 1, 0, 0],
    ]);
  });

  it('buckets per ISO week, counting only the part of a week inside the window', async () => {
    const body = (
      await get(
        'metrics/requests/timeseries?interval=week&from=2025-03-05T00:00:00.000Z&to=2025-03-12T00:00:00.000Z',
      )
    ).json();
    expect(body.buckets).toEqual([
      { bucket: '2025-03-03T00:00:00.000Z', created: 4, fulfilled: 1, breached: 3 },
      { bucket: '2025-03-10T00:00:00.000Z', created: 0, fulfilled: 0, breached: 0 },
    ]);
  });

  it('refuses an interval it does not know and a window over a year with 400', async () => {
    const bad = await get(`metrics/requests/timeseries?interval=hour&${WEEK}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('/interval');
    const long = await get(
      'metrics/requests/timeseries?from=2024-01-01T00:00:00Z&to=2025-03-01T00:00:00Z',
    );
    expect(long.statusCode).toBe(400);
    expect(long.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('refuses SLA metrics to a requester with 403', async () => {
    expect((await get(`metrics/sla?${WEEK}`, tokens.requester)).statusCode).toBe(403);
  });
});
