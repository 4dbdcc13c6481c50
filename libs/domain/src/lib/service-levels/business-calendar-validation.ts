import { IANAZone } from 'luxon';
import type { ValidationProblem } from '../approvals/validation-problem';
import type { BusinessCalendar } from './business-calendar';
import { MINUTES_PER_DAY, WEEKDAYS } from './business-calendar';

// Checking a zone builds an Intl formatter, which is slow; the valid names (a few hundred at
// most) are remembered so that business-time arithmetic can validate its calendar on each call.
const validZones = new Set<string>();

function isValidZone(name: string): boolean {
  if (validZones.has(name)) return true;
  if (!IANAZone.isValidZone(name)) return false;
  validZones.add(name);
  return true;
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(date: string, recurring: boolean): boolean {
  const match = LOCAL_DATE.exec(date);
  if (!match) return false;
  // A recurring holiday is checked against a leap year, so 29 February is accepted.
  const year = recurring ? 2000 : Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

const isMinute = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MINUTES_PER_DAY;

/**
 * Everything wrong with a calendar, each located by a JSON Pointer into it (for example
 * `/workingHours/monday/1/start`). An empty list means the business-time functions accept it.
 */
export function validateCalendar(calendar: BusinessCalendar): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  if (!isValidZone(calendar.timeZone)) {
    problems.push({ path: '/timeZone', message: `Unknown IANA time zone: ${calendar.timeZone}.` });
  }

  let weeklyMinutes = 0;
  for (const day of WEEKDAYS) {
    const intervals = calendar.workingHours[day] as
      (typeof calendar.workingHours)[typeof day] | undefined;
    if (!Array.isArray(intervals)) {
      problems.push({ path: `/workingHours/${day}`, message: 'Must be a list of intervals.' });
      continue;
    }
    let previousEnd: number | null = null;
    intervals.forEach(({ start, end }, index) => {
      const path = `/workingHours/${day}/${index}`;
      const startOk = isMinute(start);
      const endOk = isMinute(end);
      if (!startOk)
        problems.push({ path: `${path}/start`, message: 'Must be a whole minute from 0 to 1440.' });
      if (!endOk)
        problems.push({ path: `${path}/end`, message: 'Must be a whole minute from 0 to 1440.' });
      if (!startOk || !endOk) return;
      if (start >= end) {
        problems.push({ path: `${path}/end`, message: 'Must be after the start of the interval.' });
        return;
      }
      if (previousEnd !== null && start < previousEnd) {
        problems.push({
          path: `${path}/start`,
          message: 'Overlaps or comes before the previous interval; list intervals in order.',
        });
      }
      previousEnd = Math.max(previousEnd ?? 0, end);
      weeklyMinutes += end - start;
    });
  }
  if (weeklyMinutes === 0 && !problems.some((p) => p.path.startsWith('/workingHours'))) {
    problems.push({ path: '/workingHours', message: 'The week has no working time.' });
  }

  calendar.holidays.forEach((holiday, index) => {
    if (!isRealDate(holiday.date, holiday.recurring === true)) {
      problems.push({ path: `/holidays/${index}/date`, message: 'Must be a date, YYYY-MM-DD.' });
    }
  });
  return problems;
}
