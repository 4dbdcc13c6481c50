import type { BusinessCalendar, Holiday, WeeklySchedule, WorkingInterval } from '@trellis/domain';
import { WEEKDAYS, minutesOfDay } from '@trellis/domain';
import type {
  HolidayDto,
  SlaCalendarDto,
  WeeklyHoursDto,
  WorkingIntervalDto,
} from './dto/sla-calendar.dto';

/** A calendar as stored: the domain's shape, minutes from local midnight per interval. */
export interface SlaCalendarRow {
  id: string;
  name: string;
  time_zone: string;
  working_hours: WeeklySchedule;
  holidays: Holiday[];
  updated_at: Date;
  version: number;
}

export const CALENDAR_COLUMNS = 'id, name, time_zone, working_hours, holidays, updated_at, version';

const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

export const toCalendar = (
  row: Pick<SlaCalendarRow, 'time_zone' | 'working_hours' | 'holidays'>,
): BusinessCalendar => ({
  timeZone: row.time_zone,
  workingHours: row.working_hours,
  holidays: row.holidays,
});

export function toWeeklySchedule(hours: WeeklyHoursDto): WeeklySchedule {
  const interval = (i: WorkingIntervalDto): WorkingInterval => ({
    start: minutesOfDay(i.start),
    end: minutesOfDay(i.end),
  });
  return Object.fromEntries(
    WEEKDAYS.map((day) => [day, hours[day].map(interval)]),
  ) as unknown as WeeklySchedule;
}

export function toHolidays(holidays: readonly HolidayDto[]): Holiday[] {
  const byKey = new Map<string, Holiday>();
  for (const h of holidays) {
    const holiday: Holiday = {
      date: h.date,
      ...(h.name ? { name: h.name } : {}),
      ...(h.recurring ? { recurring: true } : {}),
    };
    // One entry per day: a recurring holiday is keyed by month and day only.
    byKey.set(holiday.recurring ? `*-${h.date.slice(5)}` : h.date, holiday);
  }
  return [...byKey.values()].sort((a, b) => a.date.localeCompare(b.date));
}

export const toCalendarDto = (r: SlaCalendarRow): SlaCalendarDto => ({
  id: r.id,
  name: r.name,
  timeZone: r.time_zone,
  workingHours: Object.fromEntries(
    WEEKDAYS.map((day) => [
      day,
      r.working_hours[day].map((i) => ({ start: hhmm(i.start), end: hhmm(i.end) })),
    ]),
  ) as unknown as WeeklyHoursDto,
  holidays: r.holidays.map((h) => ({
    date: h.date,
    name: h.name,
    recurring: h.recurring ?? false,
  })),
  updatedAt: r.updated_at.toISOString(),
  version: r.version,
});
