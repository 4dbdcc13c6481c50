/** How the dashboard says its figures. */

const integer = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

export const NO_DATA = '—';

export function formatCount(value: number): string {
  return integer.format(value);
}

export function formatPercent(value: number | null): string {
  return value === null ? NO_DATA : `${oneDecimal.format(value)}%`;
}

/** Minutes as people say durations: "45 min", "3.5 h", "2.1 days". */
export function formatMinutes(minutes: number | null): string {
  if (minutes === null) return NO_DATA;
  if (minutes < 90) return `${integer.format(minutes)} min`;
  const hours = minutes / 60;
  if (hours < 48) return `${oneDecimal.format(hours)} h`;
  return `${oneDecimal.format(hours / 24)} days`;
}

export function formatRating(rating: number | null): string {
  return rating === null ? NO_DATA : `${oneDecimal.format(rating)} / 5`;
}
