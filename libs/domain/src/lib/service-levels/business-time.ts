import type { BusinessCalendar } from './business-calendar';
import { BusinessClock, MINUTE_MS } from './business-clock';

// Guards the walk against a calendar whose holidays leave no working time for years.
const MAX_DAYS_WITHOUT_WORK = 366 * 10;

function toInstant(value: Date, name: string): number {
  const instant = value.getTime();
  if (!Number.isFinite(instant)) throw new RangeError(`${name} is not a valid date.`);
  return instant;
}

/** True when `instant` is working time: inside a working interval, not at its end. */
export function isWorkingTime(calendar: BusinessCalendar, instant: Date): boolean {
  const clock = new BusinessClock(calendar);
  const at = toInstant(instant, 'instant');
  return clock.segments(clock.localDay(at)).some(({ start, end }) => start <= at && at < end);
}

/**
 * The instant at which `minutes` business minutes have passed since `start`.
 *
 * Conventions: a start outside working time begins counting at the next working instant, so
 * adding 0 minutes returns the first working instant at or after `start`. When the minutes run
 * out exactly at the end of a working interval, the result is that end (the deadline is "by
 * 17:30"), not the start of the next interval. Precision is the millisecond.
 *
 * Cost: a few offset look-ups per working day crossed; whole weeks without holidays or DST
 * changes are skipped using the weekly working total, so years of minutes cost about one step
 * per week and per holiday.
 */
export function addBusinessMinutes(calendar: BusinessCalendar, start: Date, minutes: number): Date {
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`Business minutes must be a finite number >= 0, got ${minutes}.`);
  }
  const clock = new BusinessClock(calendar);
  const from = toInstant(start, 'start');
  let remaining = Math.round(minutes * MINUTE_MS);
  let day = clock.localDay(from);
  let idleDays = 0;
  for (let first = true; ; first = false) {
    // A week is skipped only when the answer lies beyond it (strictly more than a week left).
    if (!first && remaining > clock.weekMs && clock.isPlainWeek(day)) {
      remaining -= clock.weekMs;
      day += 7;
      idleDays = 0;
      continue;
    }
    for (const segment of clock.segments(day)) {
      const begin = Math.max(segment.start, from);
      if (begin >= segment.end) continue;
      idleDays = 0;
      if (remaining <= segment.end - begin) return new Date(begin + remaining);
      remaining -= segment.end - begin;
    }
    day += 1;
    idleDays += 1;
    if (idleDays > MAX_DAYS_WITHOUT_WORK) {
      throw new RangeError('The calendar has no working time for ten years after the start.');
    }
  }
}

/**
 * Business minutes in `[from, to)`: working time after `from` and before `to`. Negative when
 * `to` is before `from`, so that `businessMinutesBetween(c, a, b) === -businessMinutesBetween(c,
 * b, a)`. Fractional when an end is not on a whole minute. Same cost as `addBusinessMinutes`.
 */
export function businessMinutesBetween(calendar: BusinessCalendar, from: Date, to: Date): number {
  const clock = new BusinessClock(calendar);
  const start = toInstant(from, 'from');
  const end = toInstant(to, 'to');
  if (end < start) return -businessMinutesBetween(calendar, to, from);
  const lastDay = clock.localDay(end);
  let total = 0;
  for (let day = clock.localDay(start), first = true; day <= lastDay; first = false) {
    // Every instant of a local date before `lastDay` is before `end`, so a plain week that
    // ends before `lastDay` counts whole.
    if (!first && day + 7 <= lastDay && clock.isPlainWeek(day)) {
      total += clock.weekMs;
      day += 7;
      continue;
    }
    for (const segment of clock.segments(day)) {
      const begin = Math.max(segment.start, start);
      const finish = Math.min(segment.end, end);
      if (finish > begin) total += finish - begin;
    }
    day += 1;
  }
  return total / MINUTE_MS;
}
