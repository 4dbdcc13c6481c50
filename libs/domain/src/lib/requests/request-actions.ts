import type { RequestState } from './request-states';

/**
 * Every way a request changes state. Each is an explicit API action rather than a free "set the
 * state" field, so that every change is checked here and audited under its own name.
 */
export const REQUEST_ACTIONS = [
  'submit',
  'route_to_approval',
  'auto_approve',
  'approve',
  'reject',
  'start_fulfilment',
  'hold',
  'resume',
  'fulfil',
  'close',
  'reopen',
  'auto_close',
  'cancel',
] as const;

export type RequestAction = (typeof REQUEST_ACTIONS)[number];

/**
 * Actions that follow from something else having happened (a submission, the approval engine's
 * verdict, the last task finishing, the auto-close timer). No person may take them directly:
 * letting someone "approve" a request outside the approvals engine would bypass its approvers.
 */
export const SYSTEM_REQUEST_ACTIONS = [
  'route_to_approval',
  'auto_approve',
  'approve',
  'reject',
  'start_fulfilment',
  'fulfil',
  'auto_close',
] as const satisfies readonly RequestAction[];

/** Actions a person takes: the requester (submit, close, reopen, cancel) or an agent/admin. */
export const PERSON_REQUEST_ACTIONS = [
  'submit',
  'hold',
  'resume',
  'close',
  'reopen',
  'cancel',
] as const satisfies readonly RequestAction[];

export type SystemRequestAction = (typeof SYSTEM_REQUEST_ACTIONS)[number];
export type PersonRequestAction = (typeof PERSON_REQUEST_ACTIONS)[number];

export function isRequestAction(value: unknown): value is RequestAction {
  return typeof value === 'string' && (REQUEST_ACTIONS as readonly string[]).includes(value);
}

export function isSystemAction(action: RequestAction): action is SystemRequestAction {
  return (SYSTEM_REQUEST_ACTIONS as readonly RequestAction[]).includes(action);
}

/**
 * Who acts. `system` is Trellis itself (engine, scheduler); `requester` is whoever the request
 * belongs to (the person who raised it or the one it was raised for); `worker` is an agent or admin.
 */
export type RequestParty = 'system' | 'requester' | 'worker';

export interface RequestTransitionRule {
  readonly to: RequestState;
  /** For each party allowed to take the action, the states it may take it from. */
  readonly from: Readonly<Partial<Record<RequestParty, readonly RequestState[]>>>;
}

/**
 * "Before fulfilment" for a requester's cancel: no fulfilment work has started, so nothing done
 * on their behalf is thrown away. Once tasks exist, cancelling is an agent's or admin's call.
 */
const BEFORE_FULFILMENT: readonly RequestState[] = [
  'draft',
  'submitted',
  'pending_approval',
  'approved',
];

/** Agents and admins may cancel any time before the request has ended. */
const NOT_ENDED: readonly RequestState[] = [
  ...BEFORE_FULFILMENT,
  'in_progress',
  'on_hold',
  'fulfilled',
];

/** The state machine itself, as data: one rule per action. */
export const REQUEST_TRANSITIONS: Readonly<Record<RequestAction, RequestTransitionRule>> = {
  submit: { to: 'submitted', from: { requester: ['draft'] } },
  route_to_approval: { to: 'pending_approval', from: { system: ['submitted'] } },
  auto_approve: { to: 'approved', from: { system: ['submitted'] } },
  approve: { to: 'approved', from: { system: ['pending_approval'] } },
  reject: { to: 'rejected', from: { system: ['pending_approval'] } },
  start_fulfilment: { to: 'in_progress', from: { system: ['approved'] } },
  hold: { to: 'on_hold', from: { worker: ['in_progress'] } },
  resume: { to: 'in_progress', from: { worker: ['on_hold'] } },
  fulfil: { to: 'fulfilled', from: { system: ['in_progress'] } },
  close: { to: 'closed', from: { requester: ['fulfilled'] } },
  reopen: { to: 'in_progress', from: { requester: ['fulfilled'] } },
  auto_close: { to: 'closed', from: { system: ['fulfilled'] } },
  cancel: { to: 'cancelled', from: { requester: BEFORE_FULFILMENT, worker: NOT_ENDED } },
};

/** How each action reads in "a request that is … cannot be …", for refusal reasons. */
export const REQUEST_ACTION_PARTICIPLES: Readonly<Record<RequestAction, string>> = {
  submit: 'submitted',
  route_to_approval: 'sent for approval',
  auto_approve: 'approved automatically',
  approve: 'approved',
  reject: 'rejected',
  start_fulfilment: 'started',
  hold: 'put on hold',
  resume: 'resumed',
  fulfil: 'marked fulfilled',
  close: 'closed',
  reopen: 'reopened',
  auto_close: 'closed automatically',
  cancel: 'cancelled',
};
