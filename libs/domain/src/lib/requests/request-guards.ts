import type { PolicyOutcome } from '../approvals/approval-policy';
import type { RequestAction } from './request-actions';

/**
 * The facts some transitions depend on. The caller supplies what it knows; an action whose facts
 * are missing is refused rather than assumed, so a forgotten field cannot wave a request through.
 */
export interface RequestTransitionContext {
  /** Levels in the item's approval policy: route_to_approval needs at least one, auto_approve none. */
  readonly approvalLevelCount?: number;
  /** `evaluatePolicy(...).outcome`: approve needs `approved`, reject needs `rejected`. */
  readonly approvalOutcome?: PolicyOutcome;
  /** Fulfilment tasks neither done nor skipped: fulfil needs none. */
  readonly openTaskCount?: number;
  /** The requester's rating when closing: a whole number from 1 to 5. */
  readonly rating?: number;
  /** When the request became fulfilled: reopen and auto_close count from here. */
  readonly fulfilledAt?: Date;
  /** The current time, passed in because this library never reads the clock. */
  readonly now?: Date;
  /** The tenant's reopen window, in days of 24 hours. */
  readonly reopenWindowDays?: number;
  /** The tenant's auto-close delay, in days of 24 hours. */
  readonly autoCloseAfterDays?: number;
}

export const MIN_RATING = 1;
export const MAX_RATING = 5;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * `fulfilledAt` plus whole 24-hour days. Windows are durations, not calendar days: counting
 * calendar days would need the tenant's timezone and would make a window shorter or longer
 * across a DST change.
 */
function addDays(from: Date, days: number): Date {
  return new Date(from.getTime() + days * DAY_MS);
}

/** The last instant at which a fulfilled request may still be reopened (inclusive). */
export function reopenDeadline(fulfilledAt: Date, reopenWindowDays: number): Date {
  return addDays(fulfilledAt, reopenWindowDays);
}

/** The first instant at which a fulfilled request closes itself (inclusive). */
export function autoCloseDueAt(fulfilledAt: Date, autoCloseAfterDays: number): Date {
  return addDays(fulfilledAt, autoCloseAfterDays);
}

export function isValidRating(rating: unknown): rating is number {
  return (
    Number.isInteger(rating) && (rating as number) >= MIN_RATING && (rating as number) <= MAX_RATING
  );
}

const isDayCount = (days: number | undefined): days is number =>
  days !== undefined && Number.isFinite(days) && days >= 0;

const isInstant = (date: Date | undefined): date is Date =>
  date !== undefined && !Number.isNaN(date.getTime());

/**
 * Why the context does not allow the action, or null when it does (or the action has no
 * precondition). `checkInput: false` skips the rating, which is what a person supplies when
 * they take the action rather than a fact about the request: the portal still shows "Close".
 */
export function preconditionFailure(
  action: RequestAction,
  context: RequestTransitionContext,
  checkInput = true,
): string | null {
  switch (action) {
    case 'route_to_approval':
      return context.approvalLevelCount !== undefined && context.approvalLevelCount > 0
        ? null
        : 'A request is sent for approval only when its approval policy has levels.';
    case 'auto_approve':
      return context.approvalLevelCount === 0
        ? null
        : 'A request is approved automatically only when its approval policy has no levels.';
    case 'approve':
      return context.approvalOutcome === 'approved'
        ? null
        : 'A request is approved only once every approval level has passed.';
    case 'reject':
      return context.approvalOutcome === 'rejected'
        ? null
        : 'A request is rejected only once an approval level has failed.';
    case 'fulfil':
      return openTasksFailure(context.openTaskCount);
    case 'close':
      return !checkInput || isValidRating(context.rating)
        ? null
        : `Closing a request needs a rating from ${MIN_RATING} to ${MAX_RATING}.`;
    case 'reopen':
      return reopenFailure(context);
    case 'auto_close':
      return autoCloseFailure(context);
    case 'submit':
    case 'start_fulfilment':
    case 'hold':
    case 'resume':
    case 'cancel':
      return null;
  }
}

function openTasksFailure(openTaskCount: number | undefined): string | null {
  if (openTaskCount === 0) return null;
  if (openTaskCount === undefined) {
    return 'A request is marked fulfilled only when all its tasks are done or skipped.';
  }
  const tasks = openTaskCount === 1 ? '1 task is' : `${openTaskCount} tasks are`;
  return `${tasks} still open; every task must be done or skipped first.`;
}

function reopenFailure({ fulfilledAt, now, reopenWindowDays }: RequestTransitionContext) {
  if (!isInstant(fulfilledAt) || !isInstant(now) || !isDayCount(reopenWindowDays)) {
    return 'Reopening needs the fulfilment time, the current time and the reopen window.';
  }
  const deadline = reopenDeadline(fulfilledAt, reopenWindowDays);
  return now.getTime() <= deadline.getTime()
    ? null
    : `The reopen window of ${reopenWindowDays} days ended at ${deadline.toISOString()}.`;
}

function autoCloseFailure({ fulfilledAt, now, autoCloseAfterDays }: RequestTransitionContext) {
  if (!isInstant(fulfilledAt) || !isInstant(now) || !isDayCount(autoCloseAfterDays)) {
    return 'Closing automatically needs the fulfilment time, the current time and the delay.';
  }
  const due = autoCloseDueAt(fulfilledAt, autoCloseAfterDays);
  return now.getTime() >= due.getTime()
    ? null
    : `The request closes automatically at ${due.toISOString()}, not before.`;
}
