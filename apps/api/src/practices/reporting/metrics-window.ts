import type { ProblemFieldError } from '../../platform/errors/problem';
import { RequestValidationException } from '../../platform/errors/validation-errors';
import type { MetricsWindowQuery } from './dto/metrics-query.dto';

export const DEFAULT_WINDOW_DAYS = 30;
/** A year and a day: every figure stays an index range scan over at most this much history. */
export const MAX_WINDOW_DAYS = 366;
const DAY_MS = 86_400_000;

export interface MetricsWindow {
  from: Date;
  to: Date;
}

/**
 * The window a metric covers, [from, to). Defaults to the last 30 days; refuses an empty or
 * inverted window and one longer than MAX_WINDOW_DAYS with a 400 naming the parameter.
 */
export function resolveWindow(query: MetricsWindowQuery, now = new Date()): MetricsWindow {
  const to = query.to ? new Date(query.to) : now;
  const from = query.from
    ? new Date(query.from)
    : new Date(to.getTime() - DEFAULT_WINDOW_DAYS * DAY_MS);
  const problems: ProblemFieldError[] = [];
  // class-validator accepts calendar-impossible strings such as 2026-02-30 in some forms.
  if (Number.isNaN(from.getTime()))
    problems.push({ path: '/from', message: 'not a valid instant' });
  if (Number.isNaN(to.getTime())) problems.push({ path: '/to', message: 'not a valid instant' });
  if (!problems.length) {
    if (from.getTime() >= to.getTime()) {
      problems.push({ path: '/to', message: 'must be after from' });
    } else if (to.getTime() - from.getTime() > MAX_WINDOW_DAYS * DAY_MS) {
      problems.push({
        path: '/from',
        message: `the window may span at most ${MAX_WINDOW_DAYS} days`,
      });
    }
  }
  if (problems.length) throw new RequestValidationException(problems);
  return { from, to };
}
