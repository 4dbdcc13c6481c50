import { describe, expect, it } from 'vitest';
import {
  addInterval,
  businessDayMinutes,
  closeDay,
  copyToWeekdays,
  endFromInput,
  endToInput,
  openDay,
  removeInterval,
  standardWeek,
  updateInterval,
  weeklyHoursProblems,
  weeklyMinutes,
} from './weekly-hours';

const lunchBreak = [
  { start: '09:00', end: '12:00' },
  { start: '13:00', end: '17:30' },
];

describe('weekly hours grid operations', () => {
  it('starts a new calendar at 09:00-17:00 on weekdays, closed at weekends', () => {
    const week = standardWeek();
    expect(week.monday).toEqual([{ start: '09:00', end: '17:00' }]);
    expect(week.saturday).toEqual([]);
    expect(weeklyMinutes(week)).toBe(5 * 8 * 60);
  });

  it('adds a second interval an hour after the first ends, for a lunch break', () => {
    const week = updateInterval(standardWeek(), 'monday', 0, { end: '12:00' });
    expect(addInterval(week, 'monday').monday).toEqual([
      { start: '09:00', end: '12:00' },
      { start: '13:00', end: '17:00' },
    ]);
  });

  it('keeps an added interval inside the day', () => {
    const late = { ...standardWeek(), friday: [{ start: '18:00', end: '23:30' }] };
    expect(addInterval(late, 'friday').friday[1]).toEqual({ start: '23:00', end: '24:00' });
    expect(addInterval(standardWeek(), 'sunday').sunday).toEqual([
      { start: '09:00', end: '17:00' },
    ]);
  });

  it('copies Monday to Tuesday-Friday and leaves the weekend alone', () => {
    const week = {
      ...standardWeek(),
      monday: lunchBreak,
      saturday: [{ start: '10:00', end: '14:00' }],
    };
    const copied = copyToWeekdays(week);
    for (const day of ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const) {
      expect(copied[day]).toEqual(lunchBreak);
    }
    expect(copied.saturday).toEqual([{ start: '10:00', end: '14:00' }]);
    expect(copied.sunday).toEqual([]);
    // Copies, not shared objects: editing Tuesday later must not change Monday.
    expect(copied.tuesday[0]).not.toBe(copied.monday[0]);
    expect(weeklyMinutes(copied)).toBe(5 * 450 + 240);
  });

  it('removes one interval, closes and reopens a day', () => {
    const week = { ...standardWeek(), monday: lunchBreak };
    expect(removeInterval(week, 'monday', 0).monday).toEqual([lunchBreak[1]]);
    const closed = closeDay(week, 'wednesday');
    expect(closed.wednesday).toEqual([]);
    expect(openDay(closed, 'wednesday').wednesday).toEqual([{ start: '09:00', end: '17:00' }]);
    expect(openDay(week, 'monday')).toBe(week);
  });

  it('takes the longest working day as a business day', () => {
    const week = copyToWeekdays({ ...standardWeek(), monday: lunchBreak });
    expect(businessDayMinutes(week)).toBe(450);
    const closed = Object.fromEntries(
      Object.keys(week).map((d) => [d, []]),
    ) as unknown as typeof week;
    expect(businessDayMinutes(closed)).toBeNull();
  });

  it('shows midnight as 00:00 in a time input and reads an end of 00:00 as midnight', () => {
    expect(endToInput('24:00')).toBe('00:00');
    expect(endToInput('17:30')).toBe('17:30');
    expect(endFromInput('00:00')).toBe('24:00');
    expect(endFromInput('17:30')).toBe('17:30');
  });
});

describe('weeklyHoursProblems', () => {
  it('accepts a week with a lunch break', () => {
    expect(weeklyHoursProblems(copyToWeekdays({ ...standardWeek(), monday: lunchBreak }))).toEqual(
      [],
    );
  });

  it('points at an interval that ends before it starts, and at overlaps', () => {
    const week = {
      ...standardWeek(),
      monday: [
        { start: '09:00', end: '12:00' },
        { start: '11:00', end: '17:00' },
      ],
      tuesday: [{ start: '17:00', end: '09:00' }],
    };
    expect(weeklyHoursProblems(week)).toEqual([
      { path: '/workingHours/monday/1/start', message: expect.stringMatching(/Overlaps/) },
      { path: '/workingHours/tuesday/0/end', message: 'Must end after it starts.' },
    ]);
  });

  it('asks for a time where an input is empty, and refuses a week without working time', () => {
    expect(
      weeklyHoursProblems({ ...standardWeek(), friday: [{ start: '', end: '17:00' }] }),
    ).toEqual([{ path: '/workingHours/friday/0/start', message: 'Enter a time.' }]);
    const closed = Object.fromEntries(
      Object.keys(standardWeek()).map((d) => [d, []]),
    ) as unknown as ReturnType<typeof standardWeek>;
    expect(weeklyHoursProblems(closed)).toEqual([
      { path: '/workingHours', message: 'The week has no working time.' },
    ]);
  });
});

describe('addHolidays', () => {
  it('adds only the days not listed yet, sorted by date', async () => {
    const { addHolidays } = await import('./holiday-list');
    const { holidays, added } = addHolidays(
      [{ date: '2027-12-25', name: 'Christmas', recurring: true }],
      [
        { date: '2027-01-01', name: 'New Year' },
        { date: '2027-12-25', name: 'Christmas Day' },
        { date: '2027-01-01', name: 'again' },
      ],
    );
    expect(added).toBe(1);
    expect(holidays.map((h) => h.name)).toEqual(['New Year', 'Christmas']);
  });
});
