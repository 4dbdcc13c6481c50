import type { RequestAction, RequestParty } from './request-actions';
import {
  REQUEST_ACTIONS,
  REQUEST_ACTION_PARTICIPLES,
  REQUEST_TRANSITIONS,
} from './request-actions';
import type { RequestTransitionContext } from './request-guards';
import { preconditionFailure } from './request-guards';
import type { RequestState } from './request-states';
import { REQUEST_STATE_LABELS, isTerminal } from './request-states';

/**
 * Who is acting on a request. The API works these out from the token and the record:
 * `isRequester` is true for the person who raised the request and for the one it was raised for;
 * `canWork` for agents and admins (`requests:work`); `isSystem` for the engine and the scheduler.
 * A system actor is only ever the system: it never takes a person's action, so that every person
 * action in the audit trail names a person.
 */
export interface RequestActor {
  readonly isRequester: boolean;
  readonly canWork: boolean;
  readonly isSystem: boolean;
}

/**
 * Why a transition was refused, for the API to pick a status: `final_state` and `not_from_state`
 * are conflicts with the request's state (409), `not_permitted` concerns who is asking (403, or
 * 409 if the API prefers not to reveal more), `precondition_failed` a missing or unmet fact (409;
 * 400 for a missing rating).
 */
export type TransitionRefusalCode =
  'final_state' | 'not_from_state' | 'not_permitted' | 'precondition_failed';

export type TransitionDecision =
  | { readonly ok: true; readonly to: RequestState }
  | { readonly ok: false; readonly code: TransitionRefusalCode; readonly reason: string };

const PARTY_NAMES: Readonly<Record<RequestParty, string>> = {
  system: 'Trellis itself',
  requester: 'the requester',
  worker: 'an agent or admin',
};

function partiesOf(actor: RequestActor): RequestParty[] {
  if (actor.isSystem) return ['system'];
  const parties: RequestParty[] = [];
  if (actor.isRequester) parties.push('requester');
  if (actor.canWork) parties.push('worker');
  return parties;
}

function refuse(code: TransitionRefusalCode, reason: string): TransitionDecision {
  return { ok: false, code, reason };
}

function decide(
  state: RequestState,
  action: RequestAction,
  actor: RequestActor,
  context: RequestTransitionContext,
  checkInput: boolean,
): TransitionDecision {
  const rule = REQUEST_TRANSITIONS[action];
  const stateLabel = REQUEST_STATE_LABELS[state];
  const participle = REQUEST_ACTION_PARTICIPLES[action];

  if (isTerminal(state)) {
    return refuse('final_state', `The request is ${stateLabel}; it can no longer change.`);
  }
  const entries = Object.entries(rule.from) as [RequestParty, readonly RequestState[]][];
  const partiesFromHere = entries.filter(([, from]) => from.includes(state)).map(([p]) => p);
  if (partiesFromHere.length === 0) {
    return refuse('not_from_state', `A request that is ${stateLabel} cannot be ${participle}.`);
  }
  if (!partiesOf(actor).some((party) => partiesFromHere.includes(party))) {
    const who = partiesFromHere.map((party) => PARTY_NAMES[party]).join(' or ');
    return refuse(
      'not_permitted',
      `A request that is ${stateLabel} can be ${participle} only by ${who}.`,
    );
  }
  const failure = preconditionFailure(action, context, checkInput);
  if (failure !== null) return refuse('precondition_failed', failure);
  return { ok: true, to: rule.to };
}

/**
 * Whether `actor` may take `action` on a request in `state`, and where it leads. Checks, in
 * order: the state is not an end, the action exists from this state, the actor may take it from
 * here, and the action's facts in `context` hold. The reason is written for the person asking.
 */
export function decideTransition(
  state: RequestState,
  action: RequestAction,
  actor: RequestActor,
  context: RequestTransitionContext = {},
): TransitionDecision {
  return decide(state, action, actor, context, true);
}

/**
 * The actions `actor` may take now, in `REQUEST_ACTIONS` order, for the portal's buttons.
 * `close` is listed without a rating in `context`: the rating is what the requester enters when
 * they press it. `reopen` is listed only when `context` carries the window facts and the window
 * is still open.
 */
export function allowedActions(
  state: RequestState,
  actor: RequestActor,
  context: RequestTransitionContext = {},
): RequestAction[] {
  return REQUEST_ACTIONS.filter((action) => decide(state, action, actor, context, false).ok);
}
