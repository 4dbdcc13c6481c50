/** The windows the dashboard offers, in days back from now. */
export const DASHBOARD_RANGES = [7, 30, 90] as const;
export type DashboardRange = (typeof DASHBOARD_RANGES)[number];

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * The start of a window `days` long ending now, rounded down to the hour so that the query key
 * (and the cache entry) stays the same while the page is open, rather than changing every render.
 */
export function windowStart(days: number, now = Date.now()): string {
  const hour = Math.floor(now / HOUR_MS) * HOUR_MS;
  return new Date(hour - days * DAY_MS).toISOString();
}

/** Days for a short window, weeks for a long one: a chart of 90 daily points is noise. */
export function intervalFor(days: number): 'day' | 'week' {
  return days <= 31 ? 'day' : 'week';
}
