import type { ValidationProblem } from '../approvals/validation-problem';
import type { RequestState } from '../requests/request-states';

/** How urgent a request is; service-level targets are set per priority. */
export const REQUEST_PRIORITIES = ['low', 'medium', 'high', 'critical'] as const;
export type RequestPriority = (typeof REQUEST_PRIORITIES)[number];

export const SLA_TIMER_KINDS = ['response', 'resolution', 'task'] as const;
export type SlaTimerKind = (typeof SLA_TIMER_KINDS)[number];

/** Targets for one priority, in business minutes of the policy's calendar. */
export interface SlaTarget {
  /** Until the first human response (assignment, a task taken up, an agent's public reply). */
  readonly responseMinutes: number;
  /** Until the request is fulfilled. */
  readonly resolutionMinutes: number;
  /** Operational-level target for each fulfilment task, from the moment it can be worked; none when absent. */
  readonly taskMinutes?: number | null;
}

export type SlaTargets = Readonly<Record<RequestPriority, SlaTarget>>;

/**
 * States in which a request's clock may be stopped by a policy. Waiting for approval always
 * pauses (approval wait is not counted against fulfilment), so it is not listed here.
 */
export const PAUSABLE_REQUEST_STATES = ['on_hold'] as const satisfies readonly RequestState[];

export const DEFAULT_WARNING_THRESHOLDS: readonly number[] = [50, 75];

/** A year, in minutes: a target longer than that is surely a typo. */
const MAX_TARGET_MINUTES = 525_600;

export interface SlaPolicyRules {
  readonly targets: SlaTargets;
  readonly warningThresholds: readonly number[];
  readonly pauseStates: readonly string[];
}

const isPositiveMinutes = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= MAX_TARGET_MINUTES;

/** Everything wrong with a policy's rules, each located by a JSON Pointer into the request body. */
export function validateSlaPolicy(policy: SlaPolicyRules): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const targets = (policy.targets ?? {}) as Record<string, Partial<SlaTarget> | undefined>;
  for (const key of Object.keys(targets)) {
    if (!(REQUEST_PRIORITIES as readonly string[]).includes(key))
      problems.push({ path: `/targets/${key}`, message: `Unknown priority: ${key}.` });
  }
  for (const priority of REQUEST_PRIORITIES) {
    const target = targets[priority];
    if (!target || typeof target !== 'object') {
      problems.push({
        path: `/targets/${priority}`,
        message: 'A target is required for every priority.',
      });
      continue;
    }
    for (const field of ['responseMinutes', 'resolutionMinutes'] as const) {
      if (!isPositiveMinutes(target[field]))
        problems.push({
          path: `/targets/${priority}/${field}`,
          message: `Must be a whole number of minutes between 1 and ${MAX_TARGET_MINUTES}.`,
        });
    }
    if (
      target.taskMinutes !== undefined &&
      target.taskMinutes !== null &&
      !isPositiveMinutes(target.taskMinutes)
    )
      problems.push({
        path: `/targets/${priority}/taskMinutes`,
        message: `Must be empty or a whole number of minutes between 1 and ${MAX_TARGET_MINUTES}.`,
      });
    if (
      isPositiveMinutes(target.responseMinutes) &&
      isPositiveMinutes(target.resolutionMinutes) &&
      target.responseMinutes > target.resolutionMinutes
    )
      problems.push({
        path: `/targets/${priority}/responseMinutes`,
        message: 'The response target cannot be longer than the resolution target.',
      });
  }
  policy.warningThresholds.forEach((percent, i) => {
    if (!Number.isInteger(percent) || percent < 1 || percent > 99)
      problems.push({
        path: `/warningThresholds/${i}`,
        message: 'Must be a whole percentage from 1 to 99.',
      });
    else if (i > 0 && percent <= policy.warningThresholds[i - 1])
      problems.push({
        path: `/warningThresholds/${i}`,
        message: 'Thresholds must be in increasing order.',
      });
  });
  policy.pauseStates.forEach((state, i) => {
    if (!(PAUSABLE_REQUEST_STATES as readonly string[]).includes(state))
      problems.push({
        path: `/pauseStates/${i}`,
        message: `A request's clock can pause only in: ${PAUSABLE_REQUEST_STATES.join(', ')}.`,
      });
  });
  return problems;
}
