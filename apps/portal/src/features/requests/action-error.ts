import { isProblem } from '@trellis/api-client';
import { problemMessage } from '../../shared/problem-message';

/** Whether a failed write lost a race: the record changed (or moved on) since it was read. */
export function isConflict(error: unknown): boolean {
  return isProblem(error) && error.status === 409;
}

/**
 * A sentence for a failed action. A 409 means the record changed since the page loaded (someone
 * else acted, or it moved on by itself), so the person is told to reload rather than to retry.
 */
export function actionErrorMessage(error: unknown): string {
  if (isConflict(error)) {
    const detail = problemMessage(error);
    return `Changed by someone else — reload to see where it stands. (${detail})`;
  }
  return problemMessage(error);
}
