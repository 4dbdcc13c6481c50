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
