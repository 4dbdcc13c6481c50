import type { Schemas } from '@trellis/api-client';
import { formatHoursMinutes } from '../../shared/format';

export type SlaTimer = Schemas['SlaTimerDto'];

/** Business minutes, early or late, as hours and minutes: "45 min", "3 h", "26 h 10 min". */
export function formatBusinessMinutes(minutes: number): string {
  return formatHoursMinutes(Math.round(Math.abs(minutes)));
}

/** The line under a timer: time left, how late it is, or how it ended. */
export function timerStanding(timer: SlaTimer): string {
  switch (timer.stage) {
    case 'running':
    case 'paused': {
      const left = timer.remainingMinutes;
      const paused = timer.stage === 'paused' ? ' (paused)' : '';
      return left >= 0
        ? `${formatBusinessMinutes(left)} of business time left${paused}`
        : `Overdue by ${formatBusinessMinutes(left)} of business time${paused}`;
    }
    case 'met':
      return 'Met the target';
    case 'breached':
      return 'Missed the target';
    case 'cancelled':
      return 'No longer counted';
  }
}
