import { isProblem } from '@trellis/api-client';
import type { Weekday } from '@trellis/domain';
import { WEEKDAY_LABELS } from './weekly-hours';

/** JSON Pointer -> message, for showing the API's validation errors beside their fields. */
export type FieldErrors = ReadonlyMap<string, string>;

export const NO_FIELD_ERRORS: FieldErrors = new Map();

/** The `errors[]` of a 400 problem, keyed by path (the first message wins per path). */
export function problemFieldErrors(error: unknown): FieldErrors {
  return isProblem(error) ? toFieldErrors(error.errors ?? []) : NO_FIELD_ERRORS;
}

/** A list of `{path, message}` (the domain's or the API's) as a map; the first message wins. */
export function toFieldErrors(list: readonly { path: string; message: string }[]): FieldErrors {
  const map = new Map<string, string>();
  for (const { path, message } of list) if (!map.has(path)) map.set(path, message);
  return map;
}

/** One map from several; earlier maps win. */
export function mergeFieldErrors(...maps: readonly FieldErrors[]): FieldErrors {
  const map = new Map<string, string>();
  for (const each of maps)
    for (const [path, message] of each) if (!map.has(path)) map.set(path, message);
  return map;
}

/** The message for `path` itself. */
export const errorAt = (errors: FieldErrors, path: string): string | undefined => errors.get(path);

/** Messages for `path` and everything below it, e.g. all of `/targets/high`. */
export function errorsUnder(errors: FieldErrors, path: string): string[] {
  return [...errors]
    .filter(([p]) => p === path || p.startsWith(`${path}/`))
    .map(([, message]) => message);
}

const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  timeZone: 'Time zone',
  workingHours: 'Weekly hours',
  holidays: 'Holidays',
  ics: 'ICS file',
  version: 'Version',
  description: 'Description',
  calendarId: 'Calendar',
  targets: 'Targets',
  warningThresholds: 'Warning thresholds',
  pauseStates: 'Pause states',
  responseMinutes: 'response',
  resolutionMinutes: 'resolution',
  taskMinutes: 'task',
  start: 'start',
  end: 'end',
  date: 'date',
};

const label = (segment: string) => FIELD_LABELS[segment] ?? segment;

/**
 * Where a problem path points, in words: "/workingHours/monday/1/start" -> "Monday, interval 2,
 * start"; "/targets/high/responseMinutes" -> "High priority, response".
 */
export function describeSlaPath(path: string): string {
  const [, head = '', ...rest] = path.split('/');
  switch (head) {
    case 'workingHours': {
      const [day, index, field] = rest;
      if (!day) return 'Weekly hours';
      const dayLabel = WEEKDAY_LABELS[day as Weekday] ?? day;
      if (index === undefined) return dayLabel;
      return [dayLabel, `interval ${Number(index) + 1}`, field && label(field)]
        .filter(Boolean)
        .join(', ');
    }
    case 'holidays': {
      const [index, field] = rest;
      if (index === undefined) return 'Holidays';
      return [`Holiday ${Number(index) + 1}`, field && label(field)].filter(Boolean).join(', ');
    }
    case 'targets': {
      const [priority, field] = rest;
      if (!priority) return 'Targets';
      const name = `${priority.charAt(0).toUpperCase()}${priority.slice(1)} priority`;
      return field ? `${name}, ${label(field)}` : name;
    }
    case 'warningThresholds':
    case 'pauseStates':
      return rest[0] === undefined ? label(head) : `${label(head)}, entry ${Number(rest[0]) + 1}`;
    case '':
      return 'Form';
    default:
      return label(head);
  }
}
