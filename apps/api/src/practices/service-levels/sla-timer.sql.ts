import type { BusinessCalendar, SlaTargets, SlaTimerKind, SlaTimerState } from '@trellis/domain';
import { elapsedSlaMinutes, slaStage } from '@trellis/domain';
import { fromJsonRows, jsonRowsOf } from '../../platform/database/sql';
import type { SlaTimerDto } from './dto/sla-timer.dto';

/** A timer with what re-scheduling it needs: its calendar and its policy's thresholds. */
export interface TimerRow {
  id: string;
  request_id: string;
  task_id: string | null;
  policy_id: string;
  calendar_id: string;
  kind: SlaTimerKind;
  priority: string;
  target_minutes: number;
  started_at: Date;
  state: SlaTimerState;
  paused_at: Date | null;
  paused_minutes: number;
  due_at: Date;
  next_check_at: Date | null;
  warning_percents: number[];
  warning_at: Date[];
  last_warning_percent: number | null;
  breached_at: Date | null;
  stopped_at: Date | null;
  created_at: Date;
  time_zone: string;
  working_hours: BusinessCalendar['workingHours'];
  holidays: BusinessCalendar['holidays'];
  warning_thresholds: number[];
  pause_states: string[];
  targets: SlaTargets;
}

export const TIMER_SELECT = `
  SELECT t.id, t.request_id, t.task_id, t.policy_id, t.calendar_id, t.kind, t.priority, t.target_minutes,
         t.started_at, t.state, t.paused_at, t.paused_minutes, t.due_at, t.next_check_at, t.warning_percents,
         t.warning_at, t.last_warning_percent, t.breached_at, t.stopped_at, t.created_at,
         c.time_zone, c.working_hours, c.holidays, p.warning_thresholds, p.pause_states, p.targets
    FROM sla_timers t
    JOIN sla_calendars c ON c.tenant_id = t.tenant_id AND c.id = t.calendar_id
    JOIN sla_policies p ON p.tenant_id = t.tenant_id AND p.id = t.policy_id`;

/** TimerRow's timestamps, for rows read as JSON (fromJsonRows). */
const TIMER_DATES = [
  'started_at',
  'paused_at',
  'due_at',
  'next_check_at',
  'warning_at',
  'breached_at',
  'stopped_at',
  'created_at',
] as const;

export const calendarOf = (
  row: Pick<TimerRow, 'time_zone' | 'working_hours' | 'holidays'>,
): BusinessCalendar => ({
  timeZone: row.time_zone,
  workingHours: row.working_hours,
  holidays: row.holidays,
});

export const clockOf = (
  row: Pick<TimerRow, 'started_at' | 'target_minutes' | 'paused_minutes'>,
) => ({
  startedAt: row.started_at,
  targetMinutes: row.target_minutes,
  pausedMinutes: row.paused_minutes,
});

/** The moment the clock last counted: its stop, its pause, else now. */
export const countedUntil = (row: Pick<TimerRow, 'stopped_at' | 'paused_at'>, now: Date): Date =>
  row.stopped_at ?? row.paused_at ?? now;

export function toTimerDto(row: TimerRow, now: Date): SlaTimerDto {
  const elapsed = elapsedSlaMinutes(calendarOf(row), clockOf(row), countedUntil(row, now));
  return {
    id: row.id,
    kind: row.kind,
    taskId: row.task_id,
    policyId: row.policy_id,
    priority: row.priority,
    stage: slaStage(row.state, row.breached_at),
    targetMinutes: row.target_minutes,
    elapsedMinutes: elapsed,
    remainingMinutes: row.target_minutes - elapsed,
    pausedMinutes: row.paused_minutes,
    startedAt: row.started_at.toISOString(),
    dueAt: row.due_at.toISOString(),
    breachedAt: row.breached_at?.toISOString() ?? null,
    stoppedAt: row.stopped_at?.toISOString() ?? null,
  };
}

/**
 * A request's timers as people see them, read in another statement (the request detail): SQL for
 * them as one JSON list (`tenant` and `request` are its placeholders), and their views from it.
 */
export function requestTimersJson(tenant: string, request: string): string {
  return jsonRowsOf(
    `${TIMER_SELECT} WHERE t.tenant_id = ${tenant} AND t.request_id = ${request}`,
    'x.created_at, x.id',
  );
}

export function timerViewsFromJson(rows: Record<string, unknown>[], now: Date): SlaTimerDto[] {
  return fromJsonRows<TimerRow>(rows, { dates: TIMER_DATES }).map((row) => toTimerDto(row, now));
}
