import type { BusinessCalendar, WeeklySchedule } from './business-calendar';
import { ALWAYS_OPEN_CALENDAR, minutesOfDay, workingInterval } from './business-calendar';
import { validateCalendar } from './business-calendar-validation';

const closed: WeeklySchedule = {
  monday: [],
  tuesday: [],
  wednesday: [],
  thursday: [],
  friday: [],
  saturday: [],
  sunday: [],
};

const calendar = (overrides: Partial<BusinessCalendar>): BusinessCalendar => ({
  timeZone: 'Europe/Berlin',
  workingHours: { ...closed, monday: [workingInterval('09:00', '12:00')] },
  holidays: [],
  ...overrides,
});

describe('validateCalendar', () => {
  it('accepts the 24x7 default and a calendar with a lunch break', () => {
    expect(validateCalendar(ALWAYS_OPEN_CALENDAR)).toEqual([]);
    const lunch = [workingInterval('09:00', '12:00'), workingInterval('13:00', '17:30')];
    expect(validateCalendar(calendar({ workingHours: { ...closed, friday: lunch } }))).toEqual([]);
  });

  it('accepts intervals that touch', () => {
    const touching = [workingInterval('09:00', '12:00'), workingInterval('12:00', '24:00')];
    expect(validateCalendar(calendar({ workingHours: { ...closed, monday: touching } }))).toEqual(
      [],
    );
  });

  it('rejects an unknown time zone', () => {
    expect(validateCalendar(calendar({ timeZone: 'Europe/Atlantis' }))).toEqual([
      { path: '/timeZone', message: 'Unknown IANA time zone: Europe/Atlantis.' },
    ]);
  });

  it('rejects overlapping and unsorted intervals at the later one', () => {
    const overlapping = [workingInterval('09:00', '12:00'), workingInterval('11:00', '13:00')];
    const unsorted = [workingInterval('13:00', '17:00'), workingInterval('09:00', '12:00')];
    expect(
      validateCalendar(
        calendar({ workingHours: { ...closed, monday: overlapping, tuesday: unsorted } }),
      ).map((p) => p.path),
    ).toEqual(['/workingHours/monday/1/start', '/workingHours/tuesday/1/start']);
  });

  it('rejects out-of-range, fractional and empty intervals', () => {
    const bad = [
      { start: -5, end: 60 },
      { start: 100, end: 1441 },
      { start: 200, end: 200.5 },
      { start: 300, end: 300 },
    ];
    expect(
      validateCalendar(calendar({ workingHours: { ...closed, monday: bad } })).map((p) => p.path),
    ).toEqual([
      '/workingHours/monday/0/start',
      '/workingHours/monday/1/end',
      '/workingHours/monday/2/end',
      '/workingHours/monday/3/end',
    ]);
  });

  it('rejects a week without working time', () => {
    expect(validateCalendar(calendar({ workingHours: closed }))).toEqual([
      { path: '/workingHours', message: 'The week has no working time.' },
    ]);
  });

  it('rejects holidays that are not dates, allowing 29 February every year when recurring', () => {
    const problems = validateCalendar(
      calendar({
        holidays: [
          { date: '2026-02-29' },
          { date: '2026-02-29', recurring: true },
          { date: '25/12/2026' },
          { date: '2026-12-25', name: 'Christmas' },
        ],
      }),
    );
    expect(problems.map((p) => p.path)).toEqual(['/holidays/0/date', '/holidays/2/date']);
  });
});

describe('minutesOfDay', () => {
  it('reads HH:mm, with 24:00 as the end of the day', () => {
    expect(minutesOfDay('00:00')).toBe(0);
    expect(minutesOfDay('17:30')).toBe(1050);
    expect(minutesOfDay('24:00')).toBe(1440);
    expect(() => minutesOfDay('24:01')).toThrow(RangeError);
    expect(() => minutesOfDay('9:00')).toThrow(RangeError);
  });
});
