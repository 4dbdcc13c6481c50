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
