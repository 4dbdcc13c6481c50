import type { Schemas } from '@trellis/api-client';
import type { Weekday, WorkingInterval } from '@trellis/domain';
import { WEEKDAYS, minutesOfDay, validateCalendar } from '@trellis/domain';

export type WeeklyHours = Schemas['WeeklyHoursDto'];
export type Interval = Schemas['WorkingIntervalDto'];

export const WEEKDAY_LABELS: Readonly<Record<Weekday, string>> = {
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
};

/** Monday to Friday: what "copy to weekdays" fills. */
export const WORKING_WEEK: readonly Weekday[] = WEEKDAYS.slice(0, 5);

const DEFAULT_DAY: readonly Interval[] = [{ start: '09:00', end: '17:00' }];
const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** A new calendar's week: 09:00-17:00 Monday to Friday, weekends closed. */
export function standardWeek(): WeeklyHours {
  return Object.fromEntries(
    WEEKDAYS.map((day) => [day, WORKING_WEEK.includes(day) ? [...DEFAULT_DAY] : []]),
  ) as unknown as WeeklyHours;
}

const withDay = (hours: WeeklyHours, day: Weekday, intervals: Interval[]): WeeklyHours => ({
  ...hours,
  [day]: intervals,
});

const toMinutes = (time: string): number | null => {
  try {
    return minutesOfDay(time);
  } catch {
    return null;
  }
};

/**
 * Adds an interval after the day's last one: an hour after it ends (a lunch break), four hours
 * long, kept inside the day. A closed day opens 09:00-17:00.
 */
export function addInterval(hours: WeeklyHours, day: Weekday): WeeklyHours {
  const intervals = hours[day];
  const last = intervals.at(-1);
  if (!last) return withDay(hours, day, [...DEFAULT_DAY]);
  const lastEnd = toMinutes(last.end) ?? 17 * 60;
  const start = Math.min(lastEnd + 60, 23 * 60);
  const end = Math.min(start + 4 * 60, 24 * 60);
  return withDay(hours, day, [...intervals, { start: hhmm(start), end: hhmm(end) }]);
}

export function removeInterval(hours: WeeklyHours, day: Weekday, index: number): WeeklyHours {
  return withDay(
    hours,
    day,
    hours[day].filter((_, i) => i !== index),
  );
}

export function updateInterval(
  hours: WeeklyHours,
  day: Weekday,
  index: number,
  change: Partial<Interval>,
): WeeklyHours {
  return withDay(
    hours,
    day,
    hours[day].map((interval, i) => (i === index ? { ...interval, ...change } : interval)),
  );
}

/** Gives every other working-week day (Tuesday to Friday for Monday) the hours of `from`. */
export function copyToWeekdays(hours: WeeklyHours, from: Weekday = 'monday'): WeeklyHours {
  const source = hours[from];
  const next = { ...hours };
  for (const day of WORKING_WEEK) next[day] = source.map((interval) => ({ ...interval }));
  return next;
}

/** No working time on `day` (a weekend, or a day the desk is shut). */
export function closeDay(hours: WeeklyHours, day: Weekday): WeeklyHours {
  return withDay(hours, day, []);
}

/** Opens a closed day with the default hours. */
export function openDay(hours: WeeklyHours, day: Weekday): WeeklyHours {
  return hours[day].length > 0 ? hours : withDay(hours, day, [...DEFAULT_DAY]);
}

/** Working minutes in a week; unreadable intervals count for nothing. */
export function weeklyMinutes(hours: WeeklyHours): number {
  return WEEKDAYS.reduce(
    (sum, day) =>
      sum +
      hours[day].reduce((daySum, { start, end }) => {
        const from = toMinutes(start);
        const to = toMinutes(end);
        return from !== null && to !== null && to > from ? daySum + to - from : daySum;
      }, 0),
    0,
  );
}

/**
 * The length of a "business day" for targets entered in days: the longest working day of the
 * week (so a 7.5-hour Monday-Friday makes a day 450 minutes), or null when the week is empty.
 */
export function businessDayMinutes(hours: WeeklyHours): number | null {
  let longest = 0;
  for (const day of WEEKDAYS) {
    longest = Math.max(longest, weeklyMinutes({ ...closedWeek(), [day]: hours[day] }));
  }
  return longest > 0 ? longest : null;
}

function closedWeek(): WeeklyHours {
  return Object.fromEntries(WEEKDAYS.map((day) => [day, []])) as unknown as WeeklyHours;
}

/**
 * A time input cannot show 24:00, so an interval ending at midnight is shown ending at 00:00,
 * and an end of 00:00 is read as midnight (an interval cannot end where the day begins).
 */
export const endToInput = (end: string) => (end === '24:00' ? '00:00' : end);
export const endFromInput = (value: string) => (value === '00:00' ? '24:00' : value);

export interface GridProblem {
  path: string;
  message: string;
}

/**
 * What the API would refuse in the weekly hours, with its JSON Pointers
 * (`/workingHours/monday/1/start`): the same rules (validateCalendar), with friendlier words for
 * an unreadable time.
 */
export function weeklyHoursProblems(hours: WeeklyHours): GridProblem[] {
  const unreadable: GridProblem[] = [];
  const schedule = {} as Record<Weekday, WorkingInterval[]>;
  for (const day of WEEKDAYS) {
    schedule[day] = hours[day].map(({ start, end }, index) => {
      const from = toMinutes(start);
      const to = toMinutes(end);
      const path = `/workingHours/${day}/${index}`;
      if (from === null) unreadable.push({ path: `${path}/start`, message: 'Enter a time.' });
      if (to === null) unreadable.push({ path: `${path}/end`, message: 'Enter a time.' });
      return { start: from ?? 0, end: to ?? 0 };
    });
  }
  if (unreadable.length > 0) return unreadable;
  return validateCalendar({ timeZone: 'UTC', workingHours: schedule, holidays: [] }).map(
    (problem) =>
      problem.message.startsWith('Must be after the start')
        ? { ...problem, message: 'Must end after it starts.' }
        : problem,
  );
}
