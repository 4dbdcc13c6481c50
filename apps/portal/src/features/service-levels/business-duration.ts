/**
 * Targets are stored as business minutes; people think in hours and working days. These turn
 * one into the other: `formatBusinessMinutes(960, 480)` is "2d", `parseBusinessDuration("4h 30m")`
 * is 270. A "day" is a working day of the policy's calendar (`dayMinutes`), not 24 hours.
 */

const UNIT_MINUTES = { m: 1, h: 60 } as const;

export type ParsedDuration = { ok: true; minutes: number } | { ok: false; message: string };

export function formatBusinessMinutes(minutes: number, dayMinutes: number | null): string {
  if (dayMinutes && minutes >= dayMinutes && minutes % dayMinutes === 0) {
    return `${minutes / dayMinutes}d`;
  }
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest}m`;
  return rest === 0 ? `${hours}h` : `${hours}h ${rest}m`;
}

const PART = /(\d+(?:[.,]\d+)?)\s*(d|h|m)/gi;

/**
 * Reads "2d", "1.5d", "4h 30m", "90m", "1d 2h" or "4:30" (hours:minutes) into whole minutes.
 * A bare number is refused: minutes or hours cannot be guessed.
 */
export function parseBusinessDuration(text: string, dayMinutes: number | null): ParsedDuration {
  const input = text.trim().toLowerCase();
  if (input === '') return { ok: false, message: 'Enter a duration, e.g. 4h or 2d.' };
  const clock = /^(\d+):([0-5]\d)$/.exec(input);
  if (clock) return positive(Number(clock[1]) * 60 + Number(clock[2]));
  if (/^\d+(?:[.,]\d+)?$/.test(input)) {
    return { ok: false, message: 'Add a unit: m (minutes), h (hours) or d (business days).' };
  }
  let total = 0;
  let consumed = '';
  for (const match of input.matchAll(PART)) {
    const amount = Number(match[1].replace(',', '.'));
    const unit = match[2] as 'd' | 'h' | 'm';
    if (unit === 'd') {
      if (!dayMinutes) return { ok: false, message: 'The calendar has no working days.' };
      total += amount * dayMinutes;
    } else {
      total += amount * UNIT_MINUTES[unit];
    }
    consumed += match[0];
  }
  if (consumed.replace(/\s+/g, '') !== input.replace(/\s+/g, '')) {
    return { ok: false, message: 'Write it like 4h 30m, 90m or 2d.' };
  }
  return positive(Math.round(total));
}

function positive(minutes: number): ParsedDuration {
  return minutes > 0 ? { ok: true, minutes } : { ok: false, message: 'Must be longer than zero.' };
}
