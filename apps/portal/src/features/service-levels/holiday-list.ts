import type { Schemas } from '@trellis/api-client';

export type Holiday = Schemas['HolidayDto'];

/** The day a holiday occupies: a recurring one by month and day only (as the API keys them). */
const dayKey = (h: Holiday) => (h.recurring ? `*-${h.date.slice(5)}` : h.date);

/**
 * Adds `incoming` holidays on days the list does not cover yet (a recurring holiday covers its
 * month and day in every year); returns the sorted list and how many were new.
 */
export function addHolidays(
  current: readonly Holiday[],
  incoming: readonly Holiday[],
): { holidays: Holiday[]; added: number } {
  const taken = new Set(current.map(dayKey));
  const covered = (h: Holiday) => taken.has(dayKey(h)) || taken.has(`*-${h.date.slice(5)}`);
  const fresh = incoming.filter((h) => {
    if (covered(h)) return false;
    taken.add(dayKey(h));
    return true;
  });
  const holidays = [...current, ...fresh].sort((a, b) => a.date.localeCompare(b.date));
  return { holidays, added: fresh.length };
}

const DATE_FORMAT = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A local date "2027-12-25" as "Sat, Dec 25, 2027" (read as a date, not an instant). */
export function formatHolidayDate(date: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? date : DATE_FORMAT.format(parsed);
}

/** "1 holiday", "9 holidays". */
export const holidayCount = (n: number) => `${n} ${n === 1 ? 'holiday' : 'holidays'}`;
