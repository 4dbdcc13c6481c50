import { BadRequestException } from '@nestjs/common';
import type { Holiday } from '@trellis/domain';
import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import { sync as ical } from 'node-ical';
import type { VEvent } from 'node-ical';
import { RequestValidationException } from '../../platform/errors/validation-errors';

/** Country presets from date-holidays: the public holidays of one year (bank and observances left out). */
export function holidayPreset(country: string, state: string | undefined, year: number): Holiday[] {
  const code = country.toUpperCase();
  const calendar = new Holidays();
  if (!(code in (calendar.getCountries() ?? {})))
    throw new RequestValidationException([
      { path: '/country', message: `No holiday data for country ${code}.` },
    ]);
  if (state && !(state.toUpperCase() in (calendar.getStates(code) ?? {})))
    throw new RequestValidationException([
      { path: '/state', message: `No holiday data for ${code}-${state}.` },
    ]);
  calendar.init(code, state?.toUpperCase() ?? '', { types: ['public'] });
  const seen = new Set<string>();
  const holidays: Holiday[] = [];
  for (const h of calendar.getHolidays(year)) {
    // `date` is the local start, e.g. "2026-12-25 00:00:00"; a substitute day has its own entry.
    const date = h.date.slice(0, 10);
    if (h.type !== 'public' || seen.has(date)) continue;
    seen.add(date);
    holidays.push({ date, name: h.name });
  }
  return holidays;
}

export function holidayCountries(): { code: string; name: string }[] {
  return Object.entries(new Holidays().getCountries('en') ?? {})
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Longest single event imported as days off; a longer one is surely not a holiday. */
const MAX_EVENT_DAYS = 31;

/**
 * Holidays from an iCalendar document: each event covers the local dates from its start to its
 * (exclusive) end; a yearly recurring event becomes a recurring holiday. Dates of timed events are
 * read in the calendar's zone. node-ical builds all-day dates at the server's local midnight, so
 * those are read back with local getters.
 */
export function holidaysFromIcs(text: string, timeZone: string): Holiday[] {
  let parsed: ReturnType<typeof ical.parseICS>;
  try {
    parsed = ical.parseICS(text);
  } catch (error) {
    throw new BadRequestException(
      `The ICS document could not be read: ${(error as Error).message}`,
    );
  }
  const events = Object.values(parsed).filter((c): c is VEvent => c?.type === 'VEVENT');
  if (!events.length)
    throw new RequestValidationException([
      { path: '/ics', message: 'The document has no events.' },
    ]);
  const holidays: Holiday[] = [];
  for (const event of events) {
    const allDay = event.datetype === 'date';
    const localDate = (d: Date) =>
      allDay
        ? DateTime.fromObject({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() })
        : DateTime.fromJSDate(d, { zone: timeZone }).startOf('day');
    if (!(event.start instanceof Date) || Number.isNaN(event.start.getTime())) continue;
    const first = localDate(event.start);
    const end =
      event.end instanceof Date && !Number.isNaN(event.end.getTime())
        ? localDate(event.end)
        : first;
    // DTEND of an all-day event is exclusive; a timed event covers the day it ends on too.
    const days = Math.min(
      MAX_EVENT_DAYS,
      Math.max(1, Math.round(end.diff(first, 'days').days) + (allDay ? 0 : 1)),
    );
    const recurring = /FREQ=YEARLY/.test(event.rrule?.toString() ?? '');
    for (let i = 0; i < days; i += 1) {
      const date = first.plus({ days: i }).toISODate();
      if (date)
        holidays.push({
          date,
          name: event.summary?.slice(0, 120) || undefined,
          recurring: recurring || undefined,
        });
    }
  }
  return holidays;
}
