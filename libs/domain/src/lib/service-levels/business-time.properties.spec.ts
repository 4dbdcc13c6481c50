import fc from 'fast-check';
import { DateTime } from 'luxon';
import type { BusinessCalendar, WeeklySchedule, WorkingInterval } from './business-calendar';
import { WEEKDAYS, workingInterval } from './business-calendar';
import { addBusinessMinutes, businessMinutesBetween } from './business-time';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const QUARTER_HOUR = 15 * MINUTE;
const offsetCache = new Map<string, number>();

/**
 * The zone's UTC offset in minutes, read from Luxon once per quarter hour of UTC time: every
 * offset change of the zones tested here falls on a whole or half hour of UTC, and Intl is far
 * too slow to ask once per minute.
 */
function offsetMinutes(timeZone: string, instant: number): number {
  const quarter = Math.floor(instant / QUARTER_HOUR) * QUARTER_HOUR;
  const key = `${timeZone} ${quarter}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    offset = DateTime.fromMillis(quarter, { zone: timeZone }).offset;
    offsetCache.set(key, offset);
  }
  return offset;
}

/**
 * The reference: working time decided minute by minute from the local wall-clock reading,
 * sharing nothing with the implementation's offset pieces and week skipping.
 */
function isWorkingMinute(calendar: BusinessCalendar, instant: number): boolean {
  const local = new Date(instant + offsetMinutes(calendar.timeZone, instant) * MINUTE);
  const date = local.toISOString().slice(0, 10);
  const holiday = calendar.holidays.some((h) =>
    h.recurring === true ? h.date.slice(5) === date.slice(5) : h.date === date,
  );
  if (holiday) return false;
  const minute = local.getUTCHours() * 60 + local.getUTCMinutes();
  // getUTCDay counts from Sunday = 0; WEEKDAYS starts on Monday.
  return calendar.workingHours[WEEKDAYS[(local.getUTCDay() + 6) % 7]].some(
    ({ start, end }) => start <= minute && minute < end,
  );
}

function referenceAdd(calendar: BusinessCalendar, start: number, minutes: number): number {
  let instant = start;
  let counted = 0;
  for (;;) {
    if (isWorkingMinute(calendar, instant)) {
      if (counted === minutes) return instant;
      counted += 1;
      if (counted === minutes) return instant + MINUTE;
    }
    instant += MINUTE;
  }
}

function referenceBetween(calendar: BusinessCalendar, from: number, to: number): number {
  let counted = 0;
  for (let instant = from; instant < to; instant += MINUTE) {
    if (isWorkingMinute(calendar, instant)) counted += 1;
  }
  return counted;
}

/** Zones with ordinary, 30-minute (Lord Howe), odd-offset (Chatham) or no DST. */
const ZONES = [
  'UTC',
  'America/New_York',
  'Europe/Berlin',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Asia/Kolkata',
];

/** Dates around which the random instants cluster: 2026 DST changes of the zones above. */
const ANCHORS = [
  '2026-03-08T00:00:00Z',
  '2026-11-01T00:00:00Z',
  '2026-03-29T00:00:00Z',
  '2026-10-25T00:00:00Z',
  '2026-04-05T00:00:00Z',
  '2026-10-04T00:00:00Z',
  '2026-09-27T00:00:00Z',
  '2026-07-15T00:00:00Z',
].map((iso) => Date.parse(iso));

const dayIntervals: fc.Arbitrary<WorkingInterval[]> = fc
  .uniqueArray(fc.integer({ min: 0, max: 1440 }), { maxLength: 6 })
  .map((cuts) => {
    const sorted = [...cuts].sort((a, b) => a - b);
    const intervals: WorkingInterval[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) {
      intervals.push({ start: sorted[i], end: sorted[i + 1] });
    }
    return intervals;
  });

const weeklyMinutes = (schedule: WeeklySchedule) =>
  Object.values(schedule)
    .flat()
    .reduce((sum, { start, end }) => sum + end - start, 0);

/** A week with at least 15 working hours, so the minute-by-minute reference stays quick. */
const schedule: fc.Arbitrary<WeeklySchedule> = fc
  .record({
    monday: dayIntervals,
    tuesday: dayIntervals,
    wednesday: dayIntervals,
    thursday: dayIntervals,
    friday: dayIntervals,
    saturday: dayIntervals,
    sunday: dayIntervals,
  })
  .filter((week) => weeklyMinutes(week) >= 900);

const holidays = fc.array(
  fc.record({
    anchor: fc.constantFrom(...ANCHORS),
    shift: fc.integer({ min: -4, max: 8 }),
    recurring: fc.boolean(),
  }),
  { maxLength: 3 },
);

const calendar: fc.Arbitrary<BusinessCalendar> = fc
  .record({ timeZone: fc.constantFrom(...ZONES), workingHours: schedule, holidays })
  .map(({ timeZone, workingHours, holidays: list }) => ({
    timeZone,
    workingHours,
    holidays: list.map(({ anchor, shift, recurring }) => {
      const date = new Date(anchor + shift * DAY).toISOString().slice(0, 10);
      // A recurring holiday is written in another year to prove the year is ignored.
      return recurring ? { date: `2019${date.slice(4)}`, recurring } : { date };
    }),
  }));

/** A whole-minute instant within a few days of a DST change (or of mid-July). */
const instant = fc
  .record({
    anchor: fc.constantFrom(...ANCHORS),
    minutes: fc.integer({ min: -4 * 24 * 60, max: 4 * 24 * 60 }),
  })
  .map(({ anchor, minutes }) => anchor + minutes * MINUTE);

/** Any millisecond, for properties that need no reference. */
const preciseInstant = fc
  .tuple(instant, fc.integer({ min: 0, max: MINUTE - 1 }))
  .map(([at, ms]) => at + ms);

const minutes = fc.integer({ min: 0, max: 1000 });
const add = (c: BusinessCalendar, start: number, n: number) =>
  addBusinessMinutes(c, new Date(start), n).getTime();
const between = (c: BusinessCalendar, from: number, to: number) =>
  businessMinutesBetween(c, new Date(from), new Date(to));

describe('business time properties', () => {
  it('measures back the minutes it added', () => {
    fc.assert(
      fc.property(calendar, preciseInstant, fc.integer({ min: 0, max: 20_000 }), (c, start, n) => {
        expect(between(c, start, add(c, start, n))).toBe(n);
      }),
      { numRuns: 200 },
    );
  });

  it('is monotonic in the minutes and in the start', () => {
    fc.assert(
      fc.property(calendar, preciseInstant, preciseInstant, minutes, minutes, (c, s1, s2, m, n) => {
        const [early, late] = s1 <= s2 ? [s1, s2] : [s2, s1];
        const [fewer, more] = m <= n ? [m, n] : [n, m];
        expect(add(c, early, fewer)).toBeLessThanOrEqual(add(c, early, more));
        if (fewer < more) expect(add(c, early, fewer)).toBeLessThan(add(c, early, more));
        expect(add(c, early, n)).toBeLessThanOrEqual(add(c, late, n));
        expect(between(c, early, late)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 200 },
    );
  });

  it('never lands outside working time (the end of an interval counts as inside)', () => {
    fc.assert(
      fc.property(calendar, instant, minutes, (c, start, n) => {
        const due = add(c, start, n);
        // With n > 0 the last minute consumed is working time; with n = 0 the due minute is.
        expect(isWorkingMinute(c, n === 0 ? due : due - MINUTE)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('skips whole weeks exactly as walking day by day would', () => {
    // Steps no longer than the weekly total never take the week-skipping path, so chaining
    // them walks every day; one large step skips weeks whenever holidays and DST allow.
    const longCalendar = calendar.map((c) => ({
      ...c,
      holidays: [...c.holidays, { date: '2026-12-25', recurring: true }, { date: '2027-05-14' }],
    }));
    fc.assert(
      fc.property(longCalendar, instant, fc.integer({ min: 0, max: 150_000 }), (c, start, n) => {
        const step = weeklyMinutes(c.workingHours);
        let due = start;
        for (let left = n; left > 0; left -= Math.min(step, left)) {
          due = add(c, due, Math.min(step, left));
        }
        if (n === 0) due = add(c, start, 0);
        expect(add(c, start, n)).toBe(due);
        let measured = 0;
        for (let from = start; from < due; from += 6 * DAY) {
          measured += between(c, from, Math.min(from + 6 * DAY, due));
        }
        expect(measured).toBe(n);
      }),
      { numRuns: 30 },
    );
  });

  it('equals a minute-by-minute reference on random calendars', () => {
    fc.assert(
      fc.property(calendar, instant, minutes, (c, start, n) => {
        expect(add(c, start, n)).toBe(referenceAdd(c, start, n));
      }),
      { numRuns: 60 },
    );
    fc.assert(
      fc.property(calendar, instant, fc.integer({ min: 0, max: 3 * 24 * 60 }), (c, from, span) => {
        expect(between(c, from, from + span * MINUTE)).toBe(
          referenceBetween(c, from, from + span * MINUTE),
        );
      }),
      { numRuns: 60 },
    );
  });
});

const officeHours = (timeZone: string, extra: Partial<WeeklySchedule> = {}): BusinessCalendar => {
  const day = [workingInterval('09:00', '17:00')];
  return {
    timeZone,
    workingHours: {
      monday: day,
      tuesday: day,
      wednesday: day,
      thursday: day,
      friday: day,
      saturday: [],
      sunday: [],
      ...extra,
    },
    holidays: [],
  };
};

const utc = (iso: string) => Date.parse(iso);

describe.each([
  {
    zone: 'America/New_York',
    // Sunday 2026-03-08 02:00 EST -> 03:00 EDT; Sunday 2026-11-01 02:00 EDT -> 01:00 EST.
    springSunday: '2026-03-08',
    fallSunday: '2026-11-01',
    gapHour: 2,
    springMidnight: utc('2026-03-08T05:00:00Z'),
    fallMidnight: utc('2026-11-01T04:00:00Z'),
  },
  {
    zone: 'Europe/Berlin',
    // Sunday 2026-03-29 02:00 CET -> 03:00 CEST; Sunday 2026-10-25 03:00 CEST -> 02:00 CET.
    springSunday: '2026-03-29',
    fallSunday: '2026-10-25',
    gapHour: 2,
    springMidnight: utc('2026-03-28T23:00:00Z'),
    fallMidnight: utc('2026-10-24T22:00:00Z'),
  },
])('DST in $zone', ({ zone, springMidnight, fallMidnight, gapHour }) => {
  const nightShift = officeHours(zone, { sunday: [workingInterval('00:00', '06:00')] });

  it('loses the skipped hour of a spring-forward night', () => {
    expect(between(nightShift, springMidnight, springMidnight + DAY)).toBe(5 * 60);
    // From local 01:30, 60 minutes run through the gap: 30 minutes, then 30 after it.
    const start = springMidnight + (gapHour - 0.5) * 60 * MINUTE;
    expect(add(nightShift, start, 60)).toBe(start + 60 * MINUTE);
    expect(DateTime.fromMillis(add(nightShift, start, 60), { zone }).hour).toBe(gapHour + 1);
  });

  it('counts the repeated hour of a fall-back night twice', () => {
    expect(between(nightShift, fallMidnight, fallMidnight + DAY + 60 * MINUTE)).toBe(7 * 60);
    const due = add(nightShift, fallMidnight, 7 * 60);
    expect(DateTime.fromMillis(due, { zone }).toFormat('HH:mm')).toBe('06:00');
    expect(due - fallMidnight).toBe(7 * 60 * MINUTE);
  });

  it('keeps 09:00 local across the change weekend', () => {
    const office = officeHours(zone);
    for (const sunday of [springMidnight, fallMidnight]) {
      // Friday 16:00 local + 120 minutes = Monday 10:00 local, whatever the offset became.
      const friday = DateTime.fromMillis(sunday, { zone }).minus({ days: 2 }).set({ hour: 16 });
      const due = DateTime.fromMillis(add(office, friday.toMillis(), 120), { zone });
      expect(due.toFormat('cccc HH:mm')).toBe('Monday 10:00');
      expect(due.offset).not.toBe(friday.offset);
    }
  });

  it('matches the reference around the change for any office hours', () => {
    fc.assert(
      fc.property(
        schedule,
        fc.constantFrom(springMidnight, fallMidnight),
        fc.integer({ min: -3 * 24 * 60, max: 24 * 60 }),
        minutes,
        (workingHours, midnight, shift, n) => {
          const c = { timeZone: zone, workingHours, holidays: [] };
          const start = midnight + shift * MINUTE;
          expect(add(c, start, n)).toBe(referenceAdd(c, start, n));
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('a holiday on a Friday before a weekend', () => {
  const plain = officeHours('America/New_York');
  // Friday 2026-07-03: Independence Day observed.
  const withHoliday: BusinessCalendar = { ...plain, holidays: [{ date: '2026-07-03' }] };
  const thursday = DateTime.fromISO('2026-07-02T16:00', { zone: 'America/New_York' });

  it('carries Thursday afternoon work over to Monday', () => {
    const due = DateTime.fromMillis(add(withHoliday, thursday.toMillis(), 120), {
      zone: 'America/New_York',
    });
    expect(due.toISO()).toBe('2026-07-06T10:00:00.000-04:00');
    expect(between(withHoliday, thursday.toMillis(), due.toMillis())).toBe(120);
  });

  it('delays every deadline that crosses it by exactly the holiday', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 * 60 }),
        fc.integer({ min: 61, max: 2000 }),
        (s, n) => {
          const start = thursday.toMillis() - 7 * 60 * MINUTE + s * MINUTE; // Thursday 09:00-13:00
          const due = add(withHoliday, start, n);
          expect(due).toBe(referenceAdd(withHoliday, start, n));
          expect(DateTime.fromMillis(due, { zone: 'America/New_York' }).weekday).not.toBe(
            5 + 0 * s,
          );
          expect(between(plain, start, due) - between(withHoliday, start, due)).toBe(
            due > utc('2026-07-03T21:00:00Z') ? 480 : 0,
          );
        },
      ),
      { numRuns: 50 },
    );
  });
});
