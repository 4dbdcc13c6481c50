import type { TestApp } from '../../testing/test-app';
import { createTestApp } from '../../testing/test-app';
import { CatalogFactory } from '../../testing/catalog-factory';
import { ownerQuery } from '../../testing/owner-query';
import { createSlaPolicy } from './sla-test-kit';
import type { SlaTimerJson } from './sla-test-kit';
import { OutboxDispatcher } from '../notifications/delivery/outbox-dispatcher';
import { SlaScheduler } from './sla.scheduler';

const MINUTE = 60_000;

interface NoticeEvent {
  event_type: string;
  payload: { timerId: string; kind: string; thresholdPercent?: number; recipientIds: string[] };
}

describe('the SLA job', () => {
  let t: TestApp;
  let scheduler: SlaScheduler;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};
  let itemId: string;
  let teamLeadId: string;

  const api = (who: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    t.request({ method, url: `/api/v1/${url}`, token: tokens[who], payload });
  const notices = (requestId: string) =>
    ownerQuery<NoticeEvent>(
      `SELECT event_type, payload FROM outbox_events
        WHERE aggregate_id = $1 AND event_type LIKE 'sla.%' ORDER BY occurred_at, id`,
      [requestId],
    );

  /** A request in progress with its clocks started at `startedAt`, assigned to the agent. */
  async function runningRequest(startedAt: Date): Promise<{ id: string; timers: SlaTimerJson[] }> {
    const draft = await api('requester', 'POST', 'requests', {
      itemId,
      formData: { reason: 'Needed for work' },
    });
    await api('requester', 'POST', `requests/${draft.json().id}/submit`, {});
    const id = draft.json().id as string;
    await ownerQuery(
      `UPDATE sla_timers SET started_at = $2::timestamptz, due_at = $2::timestamptz + (due_at - started_at),
              next_check_at = $2::timestamptz + (next_check_at - started_at),
              warning_at = ARRAY(SELECT $2::timestamptz + (a - started_at) FROM unnest(warning_at) AS a)
        WHERE request_id = $1`,
      [id, startedAt],
    );
    await ownerQuery(`UPDATE service_requests SET assignee_id = $2 WHERE id = $1`, [id, ids.agent]);
    return { id, timers: (await api('agent', 'GET', `requests/${id}`)).json().slaTimers };
  }

  beforeAll(async () => {
    t = await createTestApp();
    scheduler = t.app.get(SlaScheduler);
    for (const who of ['requester', 'approver', 'agent', 'admin']) {
      tokens[who] = (await t.login(`${who}@acme.test`)).accessToken;
      ids[who] = (await api(who, 'GET', 'auth/me')).json().id;
    }
    const sla = await createSlaPolicy(t, tokens.admin);
    const teams = (await api('admin', 'GET', 'teams')).json().items as {
      id: string;
      name: string;
      leadId: string | null;
    }[];
    const desk = teams.find((team) => team.leadId)!;
    teamLeadId = desk.leadId!;
    const catalog = new CatalogFactory(t, tokens.admin);
    itemId = (
      await catalog.published({
        slaPolicyId: sla.policyId,
        approvalPolicyId: null,
        supportTeamId: desk.id,
        taskTemplates: [{ key: 'do', title: 'Do it', checklist: [], dependsOn: [] }],
      })
    ).id;
  });
  afterAll(() => t.close());

  it('warns once per threshold crossed, and not again on the next run', async () => {
    const start = new Date(Date.now() - 31 * MINUTE);
    const request = await runningRequest(start);
    // 31 minutes in: half of the 60-minute response target has passed; nothing else has.
    expect((await scheduler.runOnce(new Date())).failed).toBe(0);
    expect((await scheduler.runOnce(new Date())).failed).toBe(0);
    expect(
      (await notices(request.id)).map((n) => [
        n.event_type,
        n.payload.kind,
        n.payload.thresholdPercent,
      ]),
    ).toEqual([['sla.warning', 'response', 50]]);
    // 50 minutes in: past 75% of the response target, still short of 50% of the others.
    await scheduler.runOnce(new Date(start.getTime() + 50 * MINUTE));
    expect((await notices(request.id)).map((n) => n.payload.thresholdPercent)).toEqual([50, 75]);
    const warning = (await notices(request.id))[0];
    expect(warning.payload.recipientIds.sort()).toEqual(
      [ids.agent, teamLeadId].filter((v, i, a) => a.indexOf(v) === i).sort(),
    );
  });

  it('records a breach once when three runs race, telling the assignee, the team lead and the requester’s manager', async () => {
    const request = await runningRequest(new Date(Date.now() - 10 * MINUTE));
    const later = new Date(Date.now() + 2 * 24 * 60 * MINUTE);
    const reports = await Promise.all([1, 2, 3].map(() => scheduler.runOnce(later)));
    expect(reports.map((r) => r.failed)).toEqual([0, 0, 0]);
    await scheduler.runOnce(later);

    const breaches = (await notices(request.id)).filter((n) => n.event_type === 'sla.breached');
    expect(breaches.map((b) => b.payload.kind).sort()).toEqual(['resolution', 'response', 'task']);
    for (const breach of breaches) {
      // The task's clock goes to the task's assignee (auto-assigned in the team), the others to the request's.
      const assignee = breach.payload.kind === 'task' ? [] : [ids.agent];
      expect(breach.payload.recipientIds).toEqual(
        expect.arrayContaining([...assignee, teamLeadId, ids.approver]),
      );
    }
    // Delivered: the requester's manager is told once of each breach, however often the job ran.
    for (let pass = 0; pass < 3; pass += 1) await t.app.get(OutboxDispatcher).runOnce();
    const told = await ownerQuery<{ event_id: string }>(
      `SELECT n.event_id FROM notifications n JOIN outbox_events e ON e.tenant_id = n.tenant_id AND e.id = n.event_id
        WHERE n.user_id = $1 AND e.event_type = 'sla.breached' AND e.aggregate_id = $2`,
      [ids.approver, request.id],
    );
    expect(told).toHaveLength(3);
    expect(new Set(told.map((n) => n.event_id)).size).toBe(3);
    const audited = await ownerQuery<{ entity_id: string }>(
      `SELECT entity_id FROM audit_events WHERE action = 'sla.breached' AND entity_id = ANY($1::uuid[])`,
      [request.timers.map((x) => x.id)],
    );
    expect(audited).toHaveLength(3);
    const after = (await api('agent', 'GET', `requests/${request.id}`)).json()
      .slaTimers as SlaTimerJson[];
    expect(after.map((x) => x.stage)).toEqual(['breached', 'breached', 'breached']);
    expect(after.every((x) => x.breachedAt !== null)).toBe(true);
  });

  it('does not breach a paused clock whose old due instant has passed', async () => {
    const request = await runningRequest(new Date(Date.now() - 10 * MINUTE));
    const held = await api('agent', 'POST', `requests/${request.id}/hold`, {});
    expect(held.statusCode).toBe(200);
    await scheduler.runOnce(new Date(Date.now() + 2 * 24 * 60 * MINUTE));
    expect((await notices(request.id)).filter((n) => n.event_type === 'sla.breached')).toEqual([]);
  });
});
