import type { WeeklySchedule } from './business-calendar';
import {
  ALWAYS_OPEN_CALENDAR,
  WEEKDAYS,
  businessDayMinutes,
  workingInterval,
} from './business-calendar';

const week = (days: Partial<WeeklySchedule>): WeeklySchedule =>
  ({ ...Object.fromEntries(WEEKDAYS.map((day) => [day, []])), ...days }) as WeeklySchedule;

describe('businessDayMinutes', () => {
  it('is the longest working day, counting every interval of that day', () => {
    const officeHours = [workingInterval('09:00', '12:00'), workingInterval('13:00', '17:30')];
    expect(
      businessDayMinutes(
        week({ monday: officeHours, friday: [workingInterval('09:00', '13:00')] }),
      ),
    ).toBe(450);
  });

  it('is a whole day around the clock, and null for a week without working time', () => {
    expect(businessDayMinutes(ALWAYS_OPEN_CALENDAR.workingHours)).toBe(1440);
    expect(businessDayMinutes(week({}))).toBeNull();
  });
});
