/** ISO weekday order, Monday first, as Luxon numbers them (Monday = 1). */
export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

export type Weekday = (typeof WEEKDAYS)[number];

export const MINUTES_PER_DAY = 24 * 60;

/**
 * Working time on one weekday, in minutes from local midnight: `start` inclusive, `end`
 * exclusive, `0 <= start < end <= 1440`. Times are local wall-clock times in the calendar's
 * zone, so 09:00 stays 09:00 across DST changes.
 */
export interface WorkingInterval {
  readonly start: number;
  readonly end: number;
}

/** Each weekday's intervals, sorted and not overlapping (touching is allowed). */
export type WeeklySchedule = Readonly<Record<Weekday, readonly WorkingInterval[]>>;

/**
 * A day without working time, as a local date `YYYY-MM-DD`. A recurring holiday repeats every
 * year on the same month and day (its year is ignored; a recurring 29 February only falls in
 * leap years).
 */
export interface Holiday {
  readonly date: string;
  readonly recurring?: boolean;
  readonly name?: string;
}

/**
 * Business hours. Working time is the set of instants whose local wall-clock time, in
 * `timeZone`, falls inside a working interval of a weekday that is not a holiday. So in a
 * spring-forward gap the skipped wall-clock times simply do not exist, and in a fall-back
 * overlap the repeated wall-clock hour counts twice.
 */
export interface BusinessCalendar {
  /** IANA time zone, e.g. `Europe/Berlin`. */
  readonly timeZone: string;
  readonly workingHours: WeeklySchedule;
  readonly holidays: readonly Holiday[];
}

const ALL_DAY: readonly WorkingInterval[] = [{ start: 0, end: MINUTES_PER_DAY }];

/** Every instant is working time: the default calendar of a service-level policy. */
export function alwaysOpenCalendar(timeZone = 'UTC'): BusinessCalendar {
  return {
    timeZone,
    workingHours: Object.fromEntries(WEEKDAYS.map((day) => [day, ALL_DAY])) as WeeklySchedule,
    holidays: [],
  };
}

export const ALWAYS_OPEN_CALENDAR: BusinessCalendar = alwaysOpenCalendar();

/** Minutes from midnight of a `HH:mm` time; `24:00` is the end of the day. */
export function minutesOfDay(time: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || minutes > 59 || hours * 60 + minutes > MINUTES_PER_DAY) {
    throw new RangeError(`Not a time of day (HH:mm): ${time}`);
  }
  return hours * 60 + minutes;
}

/** `workingInterval('09:00', '12:00')`: a working interval written as local times. */
export function workingInterval(from: string, to: string): WorkingInterval {
  return { start: minutesOfDay(from), end: minutesOfDay(to) };
}

/**
 * The length of a "business day" when targets are read in days: the longest working day of the
 * week (a 7.5-hour Monday-Friday makes a day 450 minutes; 24x7 makes it 1440), or null when the
 * week has no working time.
 */
export function businessDayMinutes(hours: WeeklySchedule): number | null {
  let longest = 0;
  for (const day of WEEKDAYS) {
    longest = Math.max(
      longest,
      hours[day].reduce((sum, { start, end }) => sum + end - start, 0),
    );
  }
  return longest > 0 ? longest : null;
}
