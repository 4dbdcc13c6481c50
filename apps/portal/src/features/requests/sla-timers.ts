import type { Schemas } from '@trellis/api-client';

export type SlaTimer = Schemas['SlaTimerDto'];

/** Business minutes as hours and minutes: "45 min", "3 h", "26 h 10 min". */
export function formatBusinessMinutes(minutes: number): string {
  const whole = Math.max(0, Math.round(Math.abs(minutes)));
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
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
