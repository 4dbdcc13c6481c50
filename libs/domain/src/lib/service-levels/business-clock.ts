import { IANAZone } from 'luxon';
import type { BusinessCalendar, WorkingInterval } from './business-calendar';
import { WEEKDAYS } from './business-calendar';
import { validateCalendar } from './business-calendar-validation';

export const MINUTE_MS = 60_000;
export const DAY_MS = 24 * 60 * MINUTE_MS;
// UTC offsets lie within -12:00..+14:00, so the instants of one local date lie within
// [midnight - 14 h, next midnight + 12 h] when midnight is read as if it were UTC.
const EARLIEST_OFFSET_MS = 14 * 60 * MINUTE_MS;
const LATEST_OFFSET_MS = 12 * 60 * MINUTE_MS;

/** Working instants `[start, end)` in epoch milliseconds. */
export interface Segment {
  readonly start: number;
  readonly end: number;
}

/**
 * A calendar prepared for arithmetic. Local dates are handled as day numbers (days since
 * 1970-01-01 of the local calendar), so finding the working time of a date costs a few time
 * zone offset look-ups (Luxon, cached `Intl` formats) and no date parsing.
 */
export class BusinessClock {
  private readonly zone: IANAZone;
  /** Intervals in milliseconds from local midnight, indexed by ISO weekday - 1. */
  private readonly week: readonly (readonly WorkingInterval[])[];
  private readonly fixedHolidays: ReadonlySet<string>;
  private readonly recurringHolidays: ReadonlySet<string>;
  /** Working time of a week without holidays or offset changes. */
  readonly weekMs: number;

  constructor(calendar: BusinessCalendar) {
    const problems = validateCalendar(calendar);
    if (problems.length > 0) {
      const listed = problems.map((p) => `${p.path}: ${p.message}`).join(' ');
      throw new RangeError(`Invalid business calendar. ${listed}`);
    }
    this.zone = IANAZone.create(calendar.timeZone);
    this.week = WEEKDAYS.map((day) =>
      calendar.workingHours[day].map(({ start, end }) => ({
        start: start * MINUTE_MS,
        end: end * MINUTE_MS,
      })),
    );
    this.weekMs = this.week.flat().reduce((sum, { start, end }) => sum + end - start, 0);
    this.fixedHolidays = new Set(
      calendar.holidays.filter((h) => h.recurring !== true).map((h) => h.date),
    );
    this.recurringHolidays = new Set(
      calendar.holidays.filter((h) => h.recurring === true).map((h) => h.date.slice(5)),
    );
  }

  /** The local date (as a day number) of an instant. */
  localDay(instant: number): number {
    return Math.floor((instant + this.offsetMs(instant)) / DAY_MS);
  }

  /** Working time of one local date, sorted, in instants. */
  segments(day: number): Segment[] {
    const intervals = this.intervalsOf(day);
    if (intervals.length === 0) return [];
    const midnight = day * DAY_MS;
    const segments: Segment[] = [];
    for (const piece of this.offsetPieces(
      midnight - EARLIEST_OFFSET_MS,
      midnight + DAY_MS + LATEST_OFFSET_MS,
    )) {
      // While the offset is constant, local time = instant + offset: each interval maps to one
      // range of instants, cut to the piece. A spring-forward gap leaves the skipped wall-clock
      // times in neither piece; a fall-back overlap puts the repeated hour in both.
      for (const { start, end } of intervals) {
        const from = Math.max(piece.start, midnight + start - piece.offset);
        const to = Math.min(piece.end, midnight + end - piece.offset);
        if (from < to) segments.push({ start: from, end: to });
      }
    }
    return segments;
  }

  /**
   * True when the seven local dates from `day` hold exactly `weekMs` of working time: none of
   * them is a holiday with working hours, and the zone's offset does not change around them.
   */
  isPlainWeek(day: number): boolean {
    for (let d = day; d < day + 7; d += 1) {
      if (this.isHoliday(d) && this.week[weekdayIndex(d)].length > 0) return false;
    }
    const first = day * DAY_MS - EARLIEST_OFFSET_MS;
    const last = (day + 7) * DAY_MS + LATEST_OFFSET_MS;
    const offset = this.offsetMs(first);
    // Zones change offset at most twice a year, months apart, so three samples settle it.
    return this.offsetMs((first + last) / 2) === offset && this.offsetMs(last) === offset;
  }

  private intervalsOf(day: number): readonly WorkingInterval[] {
    return this.isHoliday(day) ? [] : this.week[weekdayIndex(day)];
  }

  private isHoliday(day: number): boolean {
    if (this.fixedHolidays.size === 0 && this.recurringHolidays.size === 0) return false;
    const date = new Date(day * DAY_MS).toISOString().slice(0, 10);
    return this.fixedHolidays.has(date) || this.recurringHolidays.has(date.slice(5));
  }

  private offsetMs(instant: number): number {
    return this.zone.offset(instant) * MINUTE_MS;
  }

  /**
   * Splits `[from, to)` into ranges of constant offset. The window spans about two days, and no
   * zone changes offset twice in a day, so a sample at each end and the middle finds every
   * change; a binary search (whole minutes) places it.
   */
  private offsetPieces(from: number, to: number): { start: number; end: number; offset: number }[] {
    const samples = [from, from + Math.floor((to - from) / 2 / MINUTE_MS) * MINUTE_MS, to];
    const offsets = samples.map((instant) => this.offsetMs(instant));
    const pieces: { start: number; end: number; offset: number }[] = [];
    let start = from;
    for (let i = 0; i + 1 < samples.length; i += 1) {
      if (offsets[i] === offsets[i + 1]) continue;
      let low = samples[i];
      let high = samples[i + 1];
      while (high - low > MINUTE_MS) {
        const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
        if (this.offsetMs(middle) === offsets[i]) low = middle;
        else high = middle;
      }
      pieces.push({ start, end: high, offset: offsets[i] });
      start = high;
    }
    pieces.push({ start, end: to, offset: offsets[offsets.length - 1] });
    return pieces;
  }
}

/** 0 for Monday .. 6 for Sunday; day 0 (1970-01-01) was a Thursday. */
function weekdayIndex(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}
