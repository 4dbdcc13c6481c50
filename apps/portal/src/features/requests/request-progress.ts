import type { ServiceRequest } from './hooks/use-request';

export type ProgressStepKey =
  'draft' | 'submitted' | 'approval' | 'approved' | 'in_progress' | 'fulfilled' | 'closed';

export type ProgressStepState = 'done' | 'current' | 'upcoming' | 'stopped' | 'skipped';

export interface ProgressStep {
  key: ProgressStepKey;
  label: string;
  state: ProgressStepState;
  /** A word under the label: why it stopped, that it waits, that it was not needed. */
  note: string | null;
}

const STEPS: readonly (readonly [ProgressStepKey, string])[] = [
  ['draft', 'Draft'],
  ['submitted', 'Submitted'],
  ['approval', 'Approval'],
  ['approved', 'Approved'],
  ['in_progress', 'In progress'],
  ['fulfilled', 'Fulfilled'],
  ['closed', 'Closed'],
];

type ProgressFacts = Pick<
  ServiceRequest,
  'status' | 'submittedAt' | 'approvedAt' | 'fulfilledAt' | 'approvals' | 'tasks'
>;

/**
 * How far a request that ended early (cancelled) had come, from the facts it keeps: the state
 * machine does not record the state it was cancelled from.
 */
function furthestReached(request: ProgressFacts): number {
  if (request.fulfilledAt) return 5;
  if (request.tasks.length > 0) return 4;
  if (request.approvedAt) return 3;
  if (request.approvals.length > 0) return 2;
  if (request.submittedAt) return 1;
  return 0;
}

function currentIndex(request: ProgressFacts): number {
  switch (request.status) {
    case 'draft':
      return 0;
    case 'submitted':
      return 1;
    case 'pending_approval':
    case 'rejected':
      return 2;
    case 'approved':
      return 3;
    case 'in_progress':
    case 'on_hold':
      return 4;
    case 'fulfilled':
      return 5;
    case 'closed':
      return 6;
    case 'cancelled':
      return furthestReached(request);
  }
}

function stoppedNote(status: ProgressFacts['status']): string | null {
  switch (status) {
    case 'rejected':
      return 'Rejected';
    case 'cancelled':
      return 'Cancelled';
    case 'on_hold':
      return 'On hold';
    case 'draft':
    case 'submitted':
    case 'pending_approval':
    case 'approved':
    case 'in_progress':
    case 'fulfilled':
    case 'closed':
      return null;
  }
}

/**
 * The request's lifecycle as the steps of a stepper: the main path from draft to closed, with the
 * step where it is now, where it stopped (rejected, cancelled) or waits (on hold), and an approval
 * step marked as not needed when the item has no approval policy.
 */
export function requestProgress(request: ProgressFacts): ProgressStep[] {
  const current = currentIndex(request);
  const note = stoppedNote(request.status);
  const ended = request.status === 'rejected' || request.status === 'cancelled';
  const approvalSkipped = request.approvals.length === 0 && request.approvedAt !== null;
  return STEPS.map(([key, label], index): ProgressStep => {
    if (key === 'approval' && approvalSkipped && index < current) {
      return { key, label, state: 'skipped', note: 'Not needed' };
    }
    if (index < current) return { key, label, state: 'done', note: null };
    if (index === current) {
      if (ended) return { key, label, state: 'stopped', note };
      // A closed request has finished its last step.
      if (request.status === 'closed') return { key, label, state: 'done', note: null };
      return { key, label, state: 'current', note };
    }
    return { key, label, state: 'upcoming', note: null };
  });
}
