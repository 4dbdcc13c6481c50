import { validFormData } from '../../testing/form-data-factory';
import { ownerQuery } from '../../testing/owner-query';
import type { TestApp } from '../../testing/test-app';
import { createTestApp } from '../../testing/test-app';
import { RequestsScheduler } from '../service-requests/requests.scheduler';
import { ApprovalsScheduler } from './approvals.scheduler';

const HOUR = 3_600_000;

describe('scheduled approval reminders, timeouts and auto-close', () => {
  let t: TestApp;
  let scheduler: ApprovalsScheduler;
  const tokens: Record<string, string> = {};
  const itemIds: Record<
    string,
    { id: string; formSchema: Record<string, unknown>; version: number }
  > = {};

  beforeAll(async () => {
    t = await createTestApp();
    scheduler = t.app.get(ApprovalsScheduler);
    for (const who of ['requester', 'approver', 'admin', 'agent'])
      tokens[who] = (await t.login(`${who}@acme.test`)).accessToken;
    const list = (
      await t.request({ method: 'GET', url: '/api/v1/catalog/items?limit=50', token: tokens.admin })
    ).json();
    for (const item of list.items as { id: string; name: string }[]) {
      itemIds[item.name] = (
        await t.request({
          method: 'GET',
          url: `/api/v1/catalog/items/${item.id}`,
          token: tokens.admin,
        })
      ).json();
    }
  });
  afterAll(() => t.close());

  const api = (who: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    t.request({ method, url: `/api/v1/${url}`, token: tokens[who], payload });

  async function submit(itemName: string): Promise<{ id: string }> {
    const item = itemIds[itemName];
    const draft = (
      await api('requester', 'POST', 'requests', {
        itemId: item.id,
        formData: validFormData(item.formSchema),
      })
    ).json();
    const submitted = await api('requester', 'POST', `requests/${draft.id}/submit`, {});
    expect(submitted.statusCode).toBe(200);
    return submitted.json();
  }

  const approvalsOf = (requestId: string) =>
    ownerQuery<{ approver_id: string; status: string; timeout_at: Date | null }>(
      `SELECT approver_id, status, timeout_at FROM approvals WHERE request_id = $1 ORDER BY created_at`,
      [requestId],
    );
  const eventsOf = (type: string, requestId: string) =>
    ownerQuery<{ id: string }>(
      `SELECT id FROM outbox_events WHERE event_type = $1 AND payload->>'requestId' = $2`,
      [type, requestId],
    );

  it('escalates a timed-out approval exactly once, even when three runs race', async () => {
    const request = await submit('New User Account'); // Manager approval: escalate after 72 hours
    const later = new Date(Date.now() + 73 * HOUR);
    const reports = await Promise.all([
      scheduler.runOnce(later),
      scheduler.runOnce(later),
      scheduler.runOnce(later),
    ]);
    expect(reports.every((r) => r.failed === 0)).toBe(true);
    const approvals = await approvalsOf(request.id);
    expect(approvals.length).toBe(2); // the manager, plus the admin it escalated to
    expect(approvals[0]).toMatchObject({ status: 'pending', timeout_at: null });
    expect((await eventsOf('approval.escalated', request.id)).length).toBe(1);
    // Another run later still changes nothing.
    await scheduler.runOnce(new Date(Date.now() + 200 * HOUR));
    expect((await approvalsOf(request.id)).length).toBe(2);
  });

  it('does nothing before the timeout', async () => {
    const request = await submit('New User Account');
    await scheduler.runOnce(new Date(Date.now() + 71 * HOUR));
    expect((await approvalsOf(request.id)).length).toBe(1);
    expect((await eventsOf('approval.escalated', request.id)).length).toBe(0);
  });

  it('reminds once per interval', async () => {
    const request = await submit('New User Account'); // reminder every 24 hours
    await scheduler.runOnce(new Date(Date.now() + 25 * HOUR));
    await scheduler.runOnce(new Date(Date.now() + 25 * HOUR));
    expect((await eventsOf('approval.reminder', request.id)).length).toBe(1);
    await scheduler.runOnce(new Date(Date.now() + 50 * HOUR));
    expect((await eventsOf('approval.reminder', request.id)).length).toBe(2);
  });

  it('applies an approve or reject timeout action as the system', async () => {
    const item = itemIds['Cloud Resources'];
    for (const [action, expected] of [
      ['approve', 'in_progress'],
      ['reject', 'rejected'],
    ] as const) {
      const policy = await api('admin', 'POST', 'approval-policies', {
        name: `Auto ${action} ${Date.now()}`,
        levels: [
          {
            approvers: [{ type: 'role', role: 'approver' }],
            rule: { kind: 'any' },
            timeoutHours: 1,
            timeoutAction: action,
          },
        ],
      });
      expect(policy.statusCode).toBe(201);
      const current = (await api('admin', 'GET', `catalog/items/${item.id}`)).json();
      const patched = await api('admin', 'PATCH', `catalog/items/${item.id}`, {
        version: current.version,
        approvalPolicyId: policy.json().id,
      });
      expect(patched.statusCode).toBe(200);
      const request = await submit('Cloud Resources');
      await scheduler.runOnce(new Date(Date.now() + 2 * HOUR));
      const detail = (await api('requester', 'GET', `requests/${request.id}`)).json();
      expect(detail.status).toBe(expected);
      expect(detail.approvals[0]).toMatchObject({
        status: `${action === 'approve' ? 'approved' : 'rejected'}`,
        decidedById: null,
      });
    }
  });

  it('closes fulfilled requests after the auto-close delay, once', async () => {
    const item = itemIds['Software License'];
    const draft = (
      await api('requester', 'POST', 'requests', {
        itemId: item.id,
        formData: validFormData(item.formSchema),
      })
    ).json();
    await api('requester', 'POST', `requests/${draft.id}/submit`, {});
    const [approval] = (await api('approver', 'GET', 'approvals?limit=200'))
      .json()
      .items.filter((a: { requestId: string }) => a.requestId === draft.id);
    expect((await api('approver', 'POST', `approvals/${approval.id}/approve`, {})).statusCode).toBe(
      200,
    );
    let detail = (await api('agent', 'GET', `requests/${draft.id}`)).json();
    for (let round = 0; round < 10 && detail.status === 'in_progress'; round += 1) {
      for (const task of detail.tasks.filter((x: { status: string }) => x.status === 'open')) {
        expect((await api('agent', 'POST', `tasks/${task.id}/complete`, {})).statusCode).toBe(200);
      }
      detail = (await api('agent', 'GET', `requests/${draft.id}`)).json();
    }
    expect(detail.status).toBe('fulfilled');
    const requests = t.app.get(RequestsScheduler);
    await requests.runOnce(new Date(Date.now() + 6 * 24 * HOUR));
    expect((await api('agent', 'GET', `requests/${draft.id}`)).json().status).toBe('fulfilled');
    await Promise.all([
      requests.runOnce(new Date(Date.now() + 8 * 24 * HOUR)),
      requests.runOnce(new Date(Date.now() + 8 * 24 * HOUR)),
    ]);
    expect((await api('agent', 'GET', `requests/${draft.id}`)).json().status).toBe('closed');
    expect((await eventsOf('request.closed', draft.id)).length).toBe(0); // payload carries no requestId
    const closed = await ownerQuery<{ n: number }>(
      `SELECT count(*)::int AS n FROM outbox_events WHERE aggregate_id = $1 AND event_type = 'request.closed'`,
      [draft.id],
    );
    expect(closed[0].n).toBe(1);
  });
});
