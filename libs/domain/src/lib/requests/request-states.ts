/**
 * The states of a service request (DESIGN.md section 4, "Service request lifecycle"): the main
 * path in the order a request passes through it, then the two early ends.
 */
export const REQUEST_STATES = [
  'draft',
  'submitted',
  'pending_approval',
  'approved',
  'in_progress',
  'on_hold',
  'fulfilled',
  'closed',
  'rejected',
  'cancelled',
] as const;

export type RequestState = (typeof REQUEST_STATES)[number];

/** The ends: nothing moves a request out of these, not even an admin. */
export const TERMINAL_REQUEST_STATES = [
  'closed',
  'rejected',
  'cancelled',
] as const satisfies readonly RequestState[];

export function isRequestState(value: unknown): value is RequestState {
  return typeof value === 'string' && (REQUEST_STATES as readonly string[]).includes(value);
}

export function isTerminal(state: RequestState): boolean {
  return (TERMINAL_REQUEST_STATES as readonly RequestState[]).includes(state);
}

/** How each state reads in "a request that is …", for refusal reasons shown to people. */
export const REQUEST_STATE_LABELS: Readonly<Record<RequestState, string>> = {
  draft: 'a draft',
  submitted: 'submitted',
  pending_approval: 'pending approval',
  approved: 'approved',
  in_progress: 'in progress',
  on_hold: 'on hold',
  fulfilled: 'fulfilled',
  closed: 'closed',
  rejected: 'rejected',
  cancelled: 'cancelled',
};
