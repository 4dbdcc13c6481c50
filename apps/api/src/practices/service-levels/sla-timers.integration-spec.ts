import { addBusinessMinutes } from '@trellis/domain';
import type { TestApp } from '../../testing/test-app';
import { createTestApp } from '../../testing/test-app';
import { CatalogFactory } from '../../testing/catalog-factory';
import { ownerQuery } from '../../testing/owner-query';
import { createSlaPolicy } from './sla-test-kit';
import type { SlaTimerJson } from './sla-test-kit';

const MINUTE = 60_000;

interface RequestJson {
  id: string;
  status: string;
  version: number;
  priority: string;
  approvals: { id: string; status: string }[];
  tasks: { id: string; status: string; title: string }[];
  slaTimers: SlaTimerJson[];
}

describe('SLA timers on requests', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let plainItemId: string;
  let approvalItemId: string;
  let calendarId: string;

  const api = (who: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    t.request({ method, url: `/api/v1/${url}`, token: tokens[who], payload });
  /** The response of a call that must succeed; its problem details otherwise. */
  const ok = async (call: Promise<Awaited<ReturnType<TestApp['request']>>>) => {
    const response = await call;
    if (response.statusCode >= 300) throw new Error(`${response.statusCode} ${response.body}`);
    return response;
  };
  const read = async (id: string): Promise<RequestJson> =>
    (await api('agent', 'GET', `requests/${id}`)).json();
  const timer = (request: RequestJson, kind: SlaTimerJson['kind']) => {
    const found = request.slaTimers.find((x) => x.kind === kind);
    if (!found)
      throw new Error(`no ${kind} timer on ${request.id}: ${JSON.stringify(request.slaTimers)}`);
    return found;
  };
  /** Moves a request's clocks into the past, as if it had been raised `minutes` earlier. */
  const rewind = (requestId: string, minutes: number) =>
    ownerQuery(
      `UPDATE sla_timers SET started_at = started_at - make_interval(mins => $2),
              paused_at = paused_at - make_interval(mins => $2), due_at = due_at - make_interval(mins => $2)
        WHERE request_id = $1`,
      [requestId, minutes],
    );

  async function order(itemId: string): Promise<RequestJson> {
    const draft = await api('requester', 'POST', 'requests', {
      itemId,
      formData: { reason: 'Needed for work' },
      justification: 'Testing service levels',
    });
    expect(draft.statusCode).toBe(201);
    await ok(
      api('requester', 'POST', `requests/${draft.json().id}/submit`, {
        version: draft.json().version,
      }),
    );
    return read(draft.json().id);
  }

  beforeAll(async () => {
    t = await createTestApp();
    for (const who of ['requester', 'approver', 'agent', 'admin'])
      tokens[who] = (await t.login(`${who}@acme.test`)).accessToken;
    const sla = await createSlaPolicy(t, tokens.admin);
    calendarId = sla.calendarId;
    const policies = (await api('admin', 'GET', 'approval-policies')).json().items as {
      id: string;
      name: string;
    }[];
    const managerApproval = policies.find((p) => p.name === 'Manager approval')!.id;
    const catalog = new CatalogFactory(t, tokens.admin);
    plainItemId = (await catalog.published({ slaPolicyId: sla.policyId, approvalPolicyId: null }))
      .id;
    approvalItemId = (
      await catalog.published({ slaPolicyId: sla.policyId, approvalPolicyId: managerApproval })
    ).id;
  });
  afterAll(() => t.close());

  it('starts response, resolution and workable-task clocks at submission, due after their targets', async () => {
    const request = await order(plainItemId);
    expect(request.status).toBe('in_progress');
    const response = timer(request, 'response');
    const resolution = timer(request, 'resolution');
    expect(response).toMatchObject({
      stage: 'running',
      priority: 'medium',
      targetMinutes: 60,
      pausedMinutes: 0,
    });
    expect(resolution).toMatchObject({ stage: 'running', targetMinutes: 240 });
    expect(Date.parse(resolution.dueAt) - Date.parse(resolution.startedAt)).toBe(240 * MINUTE);
    // Only the task without prerequisites can be worked, so only it has a clock.
    const tasks = request.slaTimers.filter((x) => x.kind === 'task');
    const prepare = request.tasks.find((task) => task.title === 'Prepare')!;
    expect(tasks).toEqual([
      expect.objectContaining({ taskId: prepare.id, targetMinutes: 120, stage: 'running' }),
    ]);
    // The board shows each task's clock: running with its due instant, none before it can start.
    const task = async (id: string) =>
      (await api('agent', 'GET', `tasks/${id}`)).json<{
        slaStage: string | null;
        slaDueAt: string | null;
      }>();
    expect(await task(prepare.id)).toMatchObject({ slaStage: 'running', slaDueAt: tasks[0].dueAt });
    const blocked = request.tasks.find((x) => x.id !== prepare.id)!;
    expect(await task(blocked.id)).toMatchObject({ slaStage: null, slaDueAt: null });
  });

  it('keeps the wait for approval out of the clocks', async () => {
    const pending = await order(approvalItemId);
    expect(pending.status).toBe('pending_approval');
    expect(timer(pending, 'resolution').stage).toBe('paused');
    // As if the request had waited two hours for its approver.
    await rewind(pending.id, 120);
    const approval = pending.approvals.find((a) => a.status === 'pending')!;
    await ok(api('approver', 'POST', `approvals/${approval.id}/approve`, {}));

    const resolution = timer(await read(pending.id), 'resolution');
    expect(resolution.stage).toBe('running');
    expect(resolution.pausedMinutes).toBe(120);
    expect(resolution.elapsedMinutes).toBeLessThanOrEqual(1);
    expect(Date.parse(resolution.dueAt)).toBe(
      Date.parse(resolution.startedAt) + (240 + 120) * MINUTE,
    );
  });

  it('pauses on hold and resumes with the held time left out', async () => {
    const request = await order(plainItemId);
    const held = await ok(
      api('agent', 'POST', `requests/${request.id}/hold`, {
        version: request.version,
      }),
    );
    expect(timer(await read(request.id), 'resolution').stage).toBe('paused');
    await ownerQuery(
      `UPDATE sla_timers SET paused_at = paused_at - interval '30 minutes' WHERE request_id = $1`,
      [request.id],
    );
    await ok(
      api('agent', 'POST', `requests/${request.id}/resume`, {
        version: held.json().version,
      }),
    );

    const resolution = timer(await read(request.id), 'resolution');
    expect(resolution).toMatchObject({ stage: 'running', pausedMinutes: 30 });
    expect(Date.parse(resolution.dueAt)).toBe(
      Date.parse(resolution.startedAt) + (240 + 30) * MINUTE,
    );
  });

  it('re-targets from the original start when the priority changes, keeping paused time', async () => {
    const request = await order(plainItemId);
    await ownerQuery(
      `UPDATE sla_timers SET paused_minutes = 30 WHERE request_id = $1 AND kind = 'resolution'`,
      [request.id],
    );
    await rewind(request.id, 50);
    const changed = await ok(
      api('agent', 'POST', `requests/${request.id}/priority`, {
        priority: 'high',
        reason: 'Blocks a release',
        version: request.version,
      }),
    );

    const resolution = timer(changed.json(), 'resolution');
    expect(resolution).toMatchObject({ priority: 'high', targetMinutes: 120, pausedMinutes: 30 });
    expect(Date.parse(resolution.dueAt)).toBe(
      Date.parse(resolution.startedAt) + (120 + 30) * MINUTE,
    );
    // 50 minutes since the (rewound) start, 30 of them paused: 20 counted, 100 left.
    expect(resolution.elapsedMinutes).toBeGreaterThanOrEqual(20);
    expect(resolution.elapsedMinutes).toBeLessThanOrEqual(21);
    expect(changed.json().priority).toBe('high');
  });

  it('refuses a priority change by a requester, to an unknown priority, or on a draft', async () => {
    const request = await order(plainItemId);
    expect(
      (await api('requester', 'POST', `requests/${request.id}/priority`, { priority: 'high' }))
        .statusCode,
    ).toBe(403);
    const unknown = await api('agent', 'POST', `requests/${request.id}/priority`, {
      priority: 'urgent',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    const draft = await api('requester', 'POST', 'requests', {
      itemId: plainItemId,
      formData: { reason: 'Needed' },
    });
    expect(
      (await api('agent', 'POST', `requests/${draft.json().id}/priority`, { priority: 'high' }))
        .statusCode,
    ).toBe(409);
  });

  it('stops the response clock at the first human response: the request assigned', async () => {
    const request = await order(plainItemId);
    const me = (await api('agent', 'GET', 'auth/me')).json().id as string;
    expect(
      (await api('agent', 'POST', `requests/${request.id}/assign`, { assigneeId: me })).statusCode,
    ).toBe(200);
    const after = await read(request.id);
    expect(timer(after, 'response')).toMatchObject({ stage: 'met' });
    expect(timer(after, 'response').stoppedAt).not.toBeNull();
    expect(timer(after, 'resolution').stage).toBe('running');
  });

  it('stops resolution at fulfilment, and records a clock that ran out between job runs as breached', async () => {
    const request = await order(plainItemId);
    // The resolution target ran out a minute ago, and the SLA job has not run since.
    await ownerQuery(
      `UPDATE sla_timers SET due_at = now() - interval '1 minute' WHERE request_id = $1 AND kind = 'resolution'`,
      [request.id],
    );
    for (let round = 0; round < 3; round += 1) {
      const current = await read(request.id);
      for (const task of current.tasks.filter((x) => x.status === 'open')) {
        await ok(api('agent', 'POST', `tasks/${task.id}/start`, {}));
        await ok(api('agent', 'POST', `tasks/${task.id}/complete`, {}));
      }
    }
    const fulfilled = await read(request.id);
    expect(fulfilled.status).toBe('fulfilled');
    expect(timer(fulfilled, 'resolution').stage).toBe('breached');
    expect(timer(fulfilled, 'response').stage).toBe('met');
    expect(fulfilled.slaTimers.filter((x) => x.kind === 'task').map((x) => x.stage)).toEqual([
      'met',
      'met',
    ]);
    const events = await ownerQuery<{ payload: { kind: string } }>(
      `SELECT payload FROM outbox_events WHERE event_type = 'sla.breached' AND aggregate_id = $1`,
      [request.id],
    );
    expect(events.map((e) => e.payload.kind)).toEqual(['resolution']);
  });

  it('cancels the clocks of a cancelled request', async () => {
    const request = await order(approvalItemId);
    await ok(
      api('requester', 'POST', `requests/${request.id}/cancel`, {
        reason: 'No longer needed',
      }),
    );
    expect((await read(request.id)).slaTimers.map((x) => x.stage)).toEqual([
      'cancelled',
      'cancelled',
    ]);
  });

  it('re-schedules running clocks when their calendar changes', async () => {
    const request = await order(plainItemId);
    const calendar = (await api('admin', 'GET', `sla/calendars/${calendarId}`)).json();
    const weekdays = Object.fromEntries(
      Object.keys(calendar.workingHours).map((day) => [
        day,
        ['saturday', 'sunday'].includes(day) ? [] : [{ start: '09:00', end: '17:00' }],
      ]),
    );
    const edited = await ok(
      api('admin', 'PATCH', `sla/calendars/${calendarId}`, {
        version: calendar.version,
        workingHours: weekdays,
      }),
    );
    const resolution = timer(await read(request.id), 'resolution');
    const businessCalendar = {
      timeZone: 'UTC',
      holidays: [],
      workingHours: Object.fromEntries(
        Object.entries(weekdays).map(([day, list]) => [
          day,
          list.map(() => ({ start: 540, end: 1020 })),
        ]),
      ),
    } as unknown as Parameters<typeof addBusinessMinutes>[0];
    expect(resolution.dueAt).toBe(
      addBusinessMinutes(businessCalendar, new Date(resolution.startedAt), 240).toISOString(),
    );
    // Put the calendar back for the other tests.
    await ok(
      api('admin', 'PATCH', `sla/calendars/${calendarId}`, {
        version: edited.json().version,
        workingHours: calendar.workingHours,
      }),
    );
  });
});
