import type { BusinessCalendar, WeeklySchedule } from './business-calendar';
import { ALWAYS_OPEN_CALENDAR, alwaysOpenCalendar, workingInterval } from './business-calendar';
import { addBusinessMinutes, businessMinutesBetween, isWorkingTime } from './business-time';

const morning = workingInterval('09:00', '12:00');
const afternoon = workingInterval('13:00', '17:30');
const weekdays = [morning, afternoon];

const lunchBreak: BusinessCalendar = {
  timeZone: 'Europe/Berlin',
  workingHours: {
    monday: weekdays,
    tuesday: weekdays,
    wednesday: weekdays,
    thursday: weekdays,
    friday: weekdays,
    saturday: [],
    sunday: [],
  } satisfies WeeklySchedule,
  holidays: [],
};

/** Berlin is UTC+1 in winter: 09:00 local is 08:00Z. */
const at = (iso: string) => new Date(iso);

describe('the 24x7 default calendar', () => {
  it('adds minutes as plain elapsed time', () => {
    const start = at('2026-03-07T22:15:00Z');
    expect(addBusinessMinutes(ALWAYS_OPEN_CALENDAR, start, 60 * 24 * 3)).toEqual(
      at('2026-03-10T22:15:00Z'),
    );
  });

  it('counts every minute of a DST change day in its own zone', () => {
    const calendar = alwaysOpenCalendar('America/New_York');
    // 2026-03-08 has 23 hours in New York, 2026-11-01 has 25.
    expect(
      businessMinutesBetween(calendar, at('2026-03-08T05:00:00Z'), at('2026-03-09T04:00:00Z')),
    ).toBe(23 * 60);
    expect(
      businessMinutesBetween(calendar, at('2026-11-01T04:00:00Z'), at('2026-11-02T05:00:00Z')),
    ).toBe(25 * 60);
  });

  it('treats every instant as working time', () => {
    expect(isWorkingTime(ALWAYS_OPEN_CALENDAR, at('2026-12-25T03:04:05Z'))).toBe(true);
  });
});

describe('a calendar with a lunch break', () => {
  it('skips the lunch break', () => {
    // Monday 11:30 local + 60 min = 30 min before lunch, 30 min after: 13:30 local.
    expect(addBusinessMinutes(lunchBreak, at('2026-01-12T10:30:00Z'), 60)).toEqual(
      at('2026-01-12T12:30:00Z'),
    );
  });

  it('ends exactly at the close of an interval rather than at the next opening', () => {
    expect(addBusinessMinutes(lunchBreak, at('2026-01-12T08:00:00Z'), 180)).toEqual(
      at('2026-01-12T11:00:00Z'),
    );
  });

  it('starts the clock at the next opening when started outside working time', () => {
    // Saturday evening: the clock starts Monday 09:00 local.
    const saturday = at('2026-01-10T19:00:00Z');
    expect(addBusinessMinutes(lunchBreak, saturday, 0)).toEqual(at('2026-01-12T08:00:00Z'));
    expect(addBusinessMinutes(lunchBreak, saturday, 30)).toEqual(at('2026-01-12T08:30:00Z'));
    // During lunch: the clock starts at 13:00 local.
    expect(addBusinessMinutes(lunchBreak, at('2026-01-12T11:20:00Z'), 15)).toEqual(
      at('2026-01-12T12:15:00Z'),
    );
  });

  it('carries over to the next working day', () => {
    // Friday 17:00 local + 60 min: 30 min on Friday, 30 min from Monday 09:00.
    expect(addBusinessMinutes(lunchBreak, at('2026-01-16T16:00:00Z'), 60)).toEqual(
      at('2026-01-19T08:30:00Z'),
    );
  });

  it('counts 7.5 hours a day and 37.5 hours a week', () => {
    expect(
      businessMinutesBetween(lunchBreak, at('2026-01-12T00:00:00Z'), at('2026-01-13T00:00:00Z')),
    ).toBe(450);
    expect(
      businessMinutesBetween(lunchBreak, at('2026-01-12T00:00:00Z'), at('2026-01-19T00:00:00Z')),
    ).toBe(2250);
  });

  it('is negative when the instants are reversed', () => {
    expect(
      businessMinutesBetween(lunchBreak, at('2026-01-13T00:00:00Z'), at('2026-01-12T00:00:00Z')),
    ).toBe(-450);
  });

  it('skips whole weeks for large amounts, holidays included', () => {
    const withHolidays: BusinessCalendar = {
      ...lunchBreak,
      holidays: [
        { date: '2026-12-25', recurring: true, name: 'Christmas' },
        { date: '2027-05-14', name: 'Bridge day' },
      ],
    };
    const start = at('2026-01-12T08:00:00Z');
    const minutes = 450 * 5 * 52 * 3;
    const due = addBusinessMinutes(withHolidays, start, minutes);
    expect(businessMinutesBetween(withHolidays, start, due)).toBe(minutes);
    expect(businessMinutesBetween(lunchBreak, start, due)).toBeGreaterThan(minutes);
  });

  it('names the problems of an invalid calendar', () => {
    expect(() =>
      addBusinessMinutes({ ...lunchBreak, timeZone: 'Mars/Olympus' }, new Date(0), 1),
    ).toThrow(/\/timeZone/);
    expect(() => addBusinessMinutes(lunchBreak, new Date(0), -1)).toThrow(RangeError);
  });
});
