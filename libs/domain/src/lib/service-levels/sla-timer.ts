import type { BusinessCalendar } from './business-calendar';
import { addBusinessMinutes, businessMinutesBetween } from './business-time';

export const SLA_TIMER_STATES = ['running', 'paused', 'stopped', 'cancelled'] as const;
export type SlaTimerState = (typeof SLA_TIMER_STATES)[number];

/** What people see: an open timer is running, paused or (once overdue) breached. */
export const SLA_STAGES = ['running', 'paused', 'met', 'breached', 'cancelled'] as const;
export type SlaStage = (typeof SLA_STAGES)[number];

/**
 * A timer's clock. Elapsed business time is measured from `startedAt` to now (or to the pause or
 * stop), less `pausedMinutes`: the business minutes spent in earlier pauses.
 */
export interface SlaClock {
  readonly startedAt: Date;
  readonly targetMinutes: number;
  readonly pausedMinutes: number;
}

export interface SlaWarning {
  readonly percent: number;
  readonly at: Date;
}

export interface SlaSchedule {
  readonly dueAt: Date;
  /** When each threshold is crossed, in threshold order. */
  readonly warnings: readonly SlaWarning[];
}

/** Business minutes into the target at which `percent` of it has elapsed (rounded up). */
export const thresholdMinutes = (targetMinutes: number, percent: number): number =>
  Math.ceil((targetMinutes * percent) / 100);

/**
 * When a running timer falls due, and when it crosses each warning threshold. Earlier pauses all
 * lie before the moment this is computed (a timer is re-scheduled on every resume), so the due
 * instant is simply the start plus target plus paused business minutes.
 */
export function slaSchedule(
  calendar: BusinessCalendar,
  clock: SlaClock,
  warningThresholds: readonly number[],
): SlaSchedule {
  const at = (minutes: number) =>
    addBusinessMinutes(calendar, clock.startedAt, minutes + clock.pausedMinutes);
  return {
    dueAt: at(clock.targetMinutes),
    warnings: warningThresholds.map((percent) => ({
      percent,
      at: at(thresholdMinutes(clock.targetMinutes, percent)),
    })),
  };
}

/** Business minutes counted against the target by `until` (the pause or stop, else now). */
export function elapsedSlaMinutes(
  calendar: BusinessCalendar,
  clock: SlaClock,
  until: Date,
): number {
  if (until <= clock.startedAt) return 0;
  // Whole minutes: a minute counts once it has fully passed.
  const counted = Math.floor(businessMinutesBetween(calendar, clock.startedAt, until));
  return Math.max(0, counted - clock.pausedMinutes);
}

/** The business minutes a pause from `pausedAt` to `resumedAt` adds to the paused total. */
export function pausedSlaMinutes(
  calendar: BusinessCalendar,
  pausedAt: Date,
  resumedAt: Date,
): number {
  // Stored in whole minutes; the nearest one, so a pause is never counted against the target.
  return resumedAt <= pausedAt
    ? 0
    : Math.round(businessMinutesBetween(calendar, pausedAt, resumedAt));
}

/** The stage shown for a timer's stored state. */
export function slaStage(state: SlaTimerState, breachedAt: Date | null): SlaStage {
  switch (state) {
    case 'cancelled':
      return 'cancelled';
    case 'stopped':
      return breachedAt ? 'breached' : 'met';
    case 'running':
    case 'paused':
      return breachedAt ? 'breached' : state;
  }
}

/**
 * The next moment the SLA job must look at a running timer: the first threshold not yet warned
 * about, else the due instant; none once it has breached.
 */
export function nextSlaCheck(
  schedule: SlaSchedule,
  lastWarningPercent: number | null,
  breached: boolean,
): Date | null {
  if (breached) return null;
  const pending = schedule.warnings.find(
    (w) => lastWarningPercent === null || w.percent > lastWarningPercent,
  );
  return pending && pending.at < schedule.dueAt ? pending.at : schedule.dueAt;
}
