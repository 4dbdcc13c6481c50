import { Injectable } from '@nestjs/common';
import type { BusinessCalendar, RequestState, SlaTargets, SlaTimerKind } from '@trellis/domain';
import { nextSlaCheck, pausedSlaMinutes, slaSchedule } from '@trellis/domain';
import { TenantDb } from '../../platform/tenancy/tenant-db';
import { applicablePolicy, applicablePoliciesWhere } from './applicable-policy';
import { SlaNotices } from './sla-notices';
import { TIMER_SELECT, calendarOf, clockOf } from './sla-timer.sql';
import type { TimerRow } from './sla-timer.sql';

/** What the timers need to know about a request. */
export interface SlaRequestRef {
  id: string;
  priority: string;
  sla_policy_id: string | null;
}

interface PolicyRow {
  id: string;
  calendar_id: string;
  targets: SlaTargets;
  warning_thresholds: number[];
  pause_states: string[];
  time_zone: string;
  working_hours: BusinessCalendar['workingHours'];
  holidays: BusinessCalendar['holidays'];
}

const OPEN = `t.state IN ('running', 'paused')`;
const REQUEST_KINDS: readonly SlaTimerKind[] = ['response', 'resolution'];

/**
 * The life of service-level timers: started when a request is submitted (and when a task can be
 * worked), paused while the request waits for approval or sits in a pause state, stopped at the
 * first response / at fulfilment / when the task ends, cancelled with the request. Every change
 * re-computes the due and warning instants with the pure business-time functions in libs/domain,
 * so the SLA job only compares stored instants with the clock.
 */
@Injectable()
export class SlaTimersService {
  constructor(
    private readonly db: TenantDb,
    private readonly notices: SlaNotices,
  ) {}

  /** Called by the request lifecycle after every transition, in the same transaction. */
  async onRequestTransition(
    request: SlaRequestRef,
    from: RequestState,
    to: RequestState,
    now = new Date(),
  ) {
    if (to === 'submitted') return this.startForRequest(request, now);
    if (to === 'cancelled' || to === 'rejected')
      return this.cancel(`t.request_id = $2`, [request.id], now);
    if (to === 'fulfilled')
      return this.stop(`t.request_id = $2 AND t.task_id IS NULL`, [request.id], now);
    if (from === 'fulfilled' && to === 'in_progress') return this.reopen(request.id, now);
    // Waiting for approval pauses every running clock whatever the policy's pause states: one
    // statement, without reading the clocks first (the pause needs nothing from their calendar).
    if (to === 'pending_approval') return this.pauseRunning(request.id, now);
    const timers = await this.load(`t.request_id = $2 AND ${OPEN}`, [request.id]);
    if (!timers.length) return;
    const paused = timers[0].pause_states.includes(to);
    for (const timer of timers) {
      if (paused && timer.state === 'running') await this.pause(timer, now);
      if (!paused && timer.state === 'paused') await this.resume(timer, now);
    }
  }

  /** The first human response: an assignment, a task taken up, an agent's public reply. */
  async recordResponse(requestId: string, now = new Date()): Promise<void> {
    await this.stop(`t.request_id = $2 AND t.kind = 'response'`, [requestId], now);
  }

  /** A task became workable: its operational-level clock starts if the policy sets one. */
  async startForTask(task: { id: string; request_id: string }, now = new Date()): Promise<void> {
    const [resolution] = await this.load(`t.request_id = $2 AND t.kind = 'resolution'`, [
      task.request_id,
    ]);
    const taskMinutes = resolution?.targets[resolution.priority as keyof SlaTargets]?.taskMinutes;
    if (!resolution || resolution.state === 'cancelled' || !taskMinutes) return;
    const [existing]: unknown[] = await this.db.manager.query(
      `SELECT 1 FROM sla_timers WHERE tenant_id = $1 AND task_id = $2 AND state <> 'cancelled'`,
      [this.db.tenantId, task.id],
    );
    if (existing) return;
    await this.insert(
      { ...resolution, id: resolution.policy_id },
      [
        {
          requestId: task.request_id,
          taskId: task.id,
          kind: 'task',
          priority: resolution.priority,
          target: taskMinutes,
        },
      ],
      now,
    );
  }

  async stopForTask(taskId: string, now = new Date()): Promise<void> {
    await this.stop(`t.task_id = $2`, [taskId], now);
  }

  /** A new priority re-targets the open clocks from their original start, keeping paused time. */
  async retarget(requestId: string, priority: string): Promise<void> {
    for (const timer of await this.load(`t.request_id = $2 AND ${OPEN}`, [requestId])) {
      const target = timer.targets[priority as keyof SlaTargets];
      const minutes =
        timer.kind === 'response'
          ? target.responseMinutes
          : timer.kind === 'resolution'
            ? target.resolutionMinutes
            : target.taskMinutes;
      if (!minutes) continue;
      await this.save({ ...timer, priority, target_minutes: minutes });
    }
  }

  /** A calendar changed: re-schedule the running timers measured on it. Returns how many. */
  async rescheduleForCalendar(calendarId: string, calendar: BusinessCalendar): Promise<number> {
    const timers = await this.load(`t.calendar_id = $2 AND t.state = 'running'`, [calendarId]);
    for (const timer of timers) {
      await this.save({
        ...timer,
        time_zone: calendar.timeZone,
        working_hours: calendar.workingHours,
        holidays: calendar.holidays,
      });
    }
    return timers.length;
  }

  /**
   * The response and resolution clocks, in one statement. A request is submitted once, from a
   * draft (the lifecycle in libs/domain), and a draft has no clocks, so there are none to skip.
   */
  private async startForRequest(request: SlaRequestRef, now: Date): Promise<void> {
    const policy = await this.policyFor(request.sla_policy_id);
    if (!policy) return;
    const target = policy.targets[request.priority as keyof SlaTargets];
    if (!target) return;
    await this.insert(
      policy,
      REQUEST_KINDS.map((kind) => ({
        requestId: request.id,
        taskId: null,
        kind,
        priority: request.priority,
        target: kind === 'response' ? target.responseMinutes : target.resolutionMinutes,
      })),
      now,
    );
  }

  private async policyFor(policyId: string | null): Promise<PolicyRow | null> {
    const rows: (PolicyRow & { is_default: boolean })[] = await this.db.manager.query(
      `SELECT p.id, p.is_default, p.calendar_id, p.targets, p.warning_thresholds, p.pause_states,
              c.time_zone, c.working_hours, c.holidays
         FROM sla_policies p JOIN sla_calendars c ON c.tenant_id = p.tenant_id AND c.id = p.calendar_id
        WHERE ${applicablePoliciesWhere('$1', '$2')}`,
      [this.db.tenantId, policyId === null ? [] : [policyId]],
    );
    return applicablePolicy(rows, policyId);
  }

  private async insert(
    policy: Pick<
      PolicyRow,
      'id' | 'calendar_id' | 'warning_thresholds' | 'time_zone' | 'working_hours' | 'holidays'
    >,
    timers: {
      requestId: string;
      taskId: string | null;
      kind: SlaTimerKind;
      priority: string;
      target: number;
    }[],
    now: Date,
  ): Promise<void> {
    const params: unknown[] = [];
    const rows = timers.map((timer) => {
      const schedule = slaSchedule(
        calendarOf(policy),
        { startedAt: now, targetMinutes: timer.target, pausedMinutes: 0 },
        policy.warning_thresholds,
      );
      const values = [
        this.db.tenantId,
        timer.requestId,
        timer.taskId,
        policy.id,
        policy.calendar_id,
        timer.kind,
        timer.priority,
        timer.target,
        now,
        'running',
        schedule.dueAt,
        nextSlaCheck(schedule, null, false),
        schedule.warnings.map((w) => w.percent),
        schedule.warnings.map((w) => w.at),
      ];
      const first = params.length + 1;
      params.push(...values);
      return `(${values.map((_, i) => `$${first + i}`).join(', ')})`;
    });
    await this.db.manager.query(
      `INSERT INTO sla_timers (tenant_id, request_id, task_id, policy_id, calendar_id, kind, priority, target_minutes,
                               started_at, state, due_at, next_check_at, warning_percents, warning_at)
       VALUES ${rows.join(', ')}`,
      params,
    );
  }

  private async pause(timer: TimerRow, now: Date): Promise<void> {
    // Still checked if already overdue, so the job records the breach it has not seen yet.
    const overdue = !timer.breached_at && timer.due_at <= now;
    await this.write(timer.id, {
      state: 'paused',
      paused_at: now,
      next_check_at: overdue ? timer.due_at : null,
    });
  }

  /** pause() for every running clock of the request at once. */
  private async pauseRunning(requestId: string, now: Date): Promise<void> {
    await this.db.manager.query(
      `UPDATE sla_timers
          SET state = 'paused', paused_at = $3, updated_at = now(),
              next_check_at = CASE WHEN breached_at IS NULL AND due_at <= $3 THEN due_at END
        WHERE tenant_id = $1 AND request_id = $2 AND state = 'running'`,
      [this.db.tenantId, requestId, now],
    );
  }

  private async resume(timer: TimerRow, now: Date): Promise<void> {
    const paused = timer.paused_at ? pausedSlaMinutes(calendarOf(timer), timer.paused_at, now) : 0;
    await this.save({
      ...timer,
      state: 'running',
      paused_at: null,
      paused_minutes: timer.paused_minutes + paused,
    });
  }

  /** Reopened after fulfilment: the resolution clock runs again; the time it sat fulfilled is left out. */
  private async reopen(requestId: string, now: Date): Promise<void> {
    const [timer] = await this.load(
      `t.request_id = $2 AND t.kind = 'resolution' AND t.state = 'stopped'`,
      [requestId],
    );
    if (!timer?.stopped_at) return;
    const paused = pausedSlaMinutes(calendarOf(timer), timer.stopped_at, now);
    await this.save({
      ...timer,
      state: 'running',
      stopped_at: null,
      paused_minutes: timer.paused_minutes + paused,
    });
  }

  private async stop(where: string, params: unknown[], now: Date): Promise<void> {
    const timers = await this.load(`${where} AND ${OPEN}`, params);
    const late: TimerRow[] = [];
    for (const timer of timers) {
      const end = timer.paused_at ?? now;
      const breachedAt = timer.breached_at ?? (timer.due_at <= end ? timer.due_at : null);
      if (breachedAt && !timer.breached_at) late.push(timer);
      await this.write(timer.id, {
        state: 'stopped',
        stopped_at: end,
        next_check_at: null,
        breached_at: breachedAt,
      });
    }
    // A clock that ran out between two ticks of the SLA job is recorded as breached now, once.
    if (late.length) await this.notices.breached(late.map((t) => t.id));
  }

  private async cancel(where: string, params: unknown[], now: Date): Promise<void> {
    for (const timer of await this.load(`${where} AND ${OPEN}`, params))
      await this.write(timer.id, {
        state: 'cancelled',
        stopped_at: timer.paused_at ?? now,
        next_check_at: null,
      });
  }

  /** Re-computes due and warning instants for a running timer and stores every mutable column. */
  private async save(timer: TimerRow): Promise<void> {
    if (timer.state !== 'running') {
      await this.write(timer.id, {
        priority: timer.priority,
        target_minutes: timer.target_minutes,
      });
      return;
    }
    const schedule = slaSchedule(calendarOf(timer), clockOf(timer), timer.warning_thresholds);
    await this.write(timer.id, {
      state: 'running',
      priority: timer.priority,
      target_minutes: timer.target_minutes,
      paused_at: null,
      paused_minutes: timer.paused_minutes,
      stopped_at: timer.stopped_at,
      due_at: schedule.dueAt,
      warning_percents: schedule.warnings.map((w) => w.percent),
      warning_at: schedule.warnings.map((w) => w.at),
      next_check_at: nextSlaCheck(schedule, timer.last_warning_percent, timer.breached_at !== null),
    });
  }

  private async write(id: string, columns: Record<string, unknown>): Promise<void> {
    const params: unknown[] = [this.db.tenantId, id];
    const sets = Object.entries(columns).map(([column, value]) => {
      params.push(value);
      return `${column} = $${params.length}`;
    });
    await this.db.manager.query(
      `UPDATE sla_timers SET ${[...sets, 'updated_at = now()'].join(', ')} WHERE tenant_id = $1 AND id = $2`,
      params,
    );
  }

  /** The timers matching `where`, locked: every caller changes them. */
  private async load(where: string, params: unknown[]): Promise<TimerRow[]> {
    return this.db.manager.query(
      `${TIMER_SELECT} WHERE t.tenant_id = $1 AND ${where} ORDER BY t.created_at, t.id FOR UPDATE OF t`,
      [this.db.tenantId, ...params],
    );
  }
}
