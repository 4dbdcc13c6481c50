import { ownerQuery } from '../../testing/owner-query';
import type { TestApp } from '../../testing/test-app';
import { createTestApp } from '../../testing/test-app';
import { fulfilRequest } from '../../testing/request-factory';
import { APPROVAL_SELECT, toApprovalDto } from '../approvals/approvals.service';
import type { ApprovalRowOut } from '../approvals/approvals.service';
import { TASK_SUMMARY_SELECT, toTaskSummary } from '../fulfillment/task-queries';
import type { TaskSummaryRow } from '../fulfillment/task-queries';
import { TIMER_SELECT, toTimerDto } from '../service-levels/sla-timer.sql';
import type { TimerRow } from '../service-levels/sla-timer.sql';

/**
 * The detail reads its lists as JSON in the request's own statement. Each list must come out as
 * the same rows read on their own (node-postgres' types: dates to the millisecond, bigints as
 * text) would: compared here for a demo request that has all of them.
 */
describe('a request detail read in one statement', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp();
    for (const who of ['requester', 'approver', 'changes', 'admin', 'agent'])
      tokens[who] = (await t.login(`${who}@acme.test`)).accessToken;
  });
  afterAll(() => t.close());

  it('answers the approvals, tasks, timers, timeline and comments a separate read of each gives', async () => {
    const agent = tokens.agent;
    // Approved level by level, its tasks done: every list has rows, with decided and open dates.
    const fulfilled = await fulfilRequest(t, tokens, 'Laptop Request');
    const [request] = await ownerQuery<{ id: string; tenant_id: string }>(
      `SELECT id, tenant_id FROM service_requests WHERE id = $1`,
      [fulfilled.id],
    );
    // A comment and an internal note, so both lists have something the filter could drop.
    for (const visibility of ['public', 'internal']) {
      const response = await t.request({
        method: 'POST',
        url: `/api/v1/requests/${request.id}/comments`,
        token: agent,
        payload: { body: `A ${visibility} comment`, visibility },
      });
      expect(response.statusCode).toBe(201);
    }
    const detail = (
      await t.request({ method: 'GET', url: `/api/v1/requests/${request.id}`, token: agent })
    ).json();

    const params = [request.tenant_id, request.id];
    const approvals = await ownerQuery<ApprovalRowOut>(
      `${APPROVAL_SELECT} WHERE a.tenant_id = $1 AND a.request_id = $2 ORDER BY a.level_index, a.created_at, a.id`,
      params,
    );
    const tasks = await ownerQuery<TaskSummaryRow>(
      `${TASK_SUMMARY_SELECT} WHERE t.tenant_id = $1 AND t.request_id = $2 ORDER BY t.number`,
      params,
    );
    const timers = await ownerQuery<TimerRow>(
      `${TIMER_SELECT} WHERE t.tenant_id = $1 AND t.request_id = $2 ORDER BY t.created_at, t.id`,
      params,
    );
    const timeline = await ownerQuery<{ id: string; occurred_at: Date; kind: string }>(
      `SELECT id, occurred_at, kind FROM request_activities WHERE tenant_id = $1 AND request_id = $2
        ORDER BY occurred_at, id`,
      params,
    );
    const comments = await ownerQuery<{ id: string; created_at: Date; visibility: string }>(
      `SELECT id, created_at, visibility FROM request_comments WHERE tenant_id = $1 AND request_id = $2
        ORDER BY created_at, id`,
      params,
    );

    expect(approvals.length).toBeGreaterThan(0);
    expect(detail.approvals).toEqual(approvals.map(toApprovalDto));
    expect(tasks.length).toBeGreaterThan(0);
    expect(detail.tasks).toEqual(tasks.map(toTaskSummary));
    expect(detail.tasks[0].number).toMatch(/^TASK-\d{6}$/);
    // Elapsed and remaining time depend on the moment of reading; the rest must be equal.
    const fixed = ({ elapsedMinutes, remainingMinutes, ...rest }: Record<string, unknown>) => {
      expect(typeof elapsedMinutes).toBe('number');
      expect(typeof remainingMinutes).toBe('number');
      return rest;
    };
    expect(timers.length).toBeGreaterThan(0);
    expect(detail.slaTimers.map(fixed)).toEqual(
      timers.map((row) => fixed({ ...toTimerDto(row, new Date()) })),
    );
    expect(
      detail.timeline.map((l: { id: string; occurredAt: string }) => [l.id, l.occurredAt]),
    ).toEqual(timeline.map((l) => [l.id, l.occurred_at.toISOString()]));
    // The agent sees internal notes too.
    expect(
      detail.comments.map((c: { id: string; createdAt: string }) => [c.id, c.createdAt]),
    ).toEqual(comments.map((c) => [c.id, c.created_at.toISOString()]));
    expect(comments.map((c) => c.visibility)).toEqual(
      expect.arrayContaining(['public', 'internal']),
    );
  });
});
