import { isProblem } from '@trellis/api-client';
import { problemMessage } from '../../shared/problem-message';

export interface SaveErrors {
  /** Messages for fields, by the body property the API named (`/name` -> `name`). */
  fields: Record<string, string>;
  /** What cannot be shown beside a field. */
  summary: string | null;
}

/** Splits a failed save into messages beside fields and one summary (409 explained). */
export function saveErrors(error: unknown): SaveErrors {
  if (!error) return { fields: {}, summary: null };
  if (isProblem(error) && error.status === 409)
    return {
      fields: {},
      summary: `Changed by someone else — reload to see the latest and try again. ${problemMessage(error)}`,
    };
  const fields: Record<string, string> = {};
  const other: string[] = [];
  if (isProblem(error)) {
    for (const item of error.errors ?? []) {
      const name = item.path.split('/')[1];
      if (name && !(name in fields)) fields[name] = item.message;
      else other.push(`${item.path}: ${item.message}`);
    }
  }
  const summary =
    Object.keys(fields).length > 0 && other.length === 0
      ? 'Check the highlighted fields.'
      : [problemMessage(error), ...other].join(' ');
  return { fields, summary };
}
