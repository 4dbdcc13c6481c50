const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'medium',
});

/** An ISO instant in the person's locale and time zone. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

/** The first block of a UUID: enough to tell records apart on screen. */
export function shortId(id: string): string {
  return id.split('-')[0] ?? id;
}

/** A decimal amount from the API ("1450.00") in its currency; zero reads as "No cost". */
export function formatCost(amount: string, currency: string): string {
  const value = Number(amount);
  if (!Number.isFinite(value)) return `${amount} ${currency}`;
  if (value === 0) return 'No cost';
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(value);
  } catch {
    // An unknown currency code: show it as sent rather than fail the page.
    return `${amount} ${currency}`;
  }
}

/** An estimate in days after approval, as people say it. */
export function formatDeliveryDays(days: number): string {
  if (days <= 0) return 'Same day';
  return days === 1 ? '1 day' : `${days} days`;
}

/** Minutes as hours and minutes: "45 min", "3 h", "26 h 10 min". */
export function formatHoursMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/**
 * Business minutes as people read them: "2 business days" when they make whole working days of
 * the calendar (`dayMinutes`, its longest working day), else hours and minutes.
 */
export function describeBusinessMinutes(minutes: number, dayMinutes: number | null): string {
  if (dayMinutes && minutes >= dayMinutes && minutes % dayMinutes === 0) {
    const days = minutes / dayMinutes;
    return `${days} business ${days === 1 ? 'day' : 'days'}`;
  }
  return formatHoursMinutes(minutes);
}
