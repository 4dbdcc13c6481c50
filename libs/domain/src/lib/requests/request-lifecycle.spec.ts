import fc from 'fast-check';
import type { RequestAction } from './request-actions';
import { REQUEST_ACTIONS, SYSTEM_REQUEST_ACTIONS, isSystemAction } from './request-actions';
import type { RequestTransitionContext } from './request-guards';
import type { RequestActor } from './request-lifecycle';
import { allowedActions, decideTransition } from './request-lifecycle';
import type { RequestState } from './request-states';
import { REQUEST_STATES, TERMINAL_REQUEST_STATES, isTerminal } from './request-states';

const ACTORS = {
  system: { isSystem: true, isRequester: false, canWork: false },
  // A system actor never takes a person's action, whatever other flags it carries.
  'system with person flags': { isSystem: true, isRequester: true, canWork: true },
  requester: { isSystem: false, isRequester: true, canWork: false },
  worker: { isSystem: false, isRequester: false, canWork: true },
  'requester who is a worker': { isSystem: false, isRequester: true, canWork: true },
  stranger: { isSystem: false, isRequester: false, canWork: false },
} as const satisfies Record<string, RequestActor>;
type ActorKind = keyof typeof ACTORS;

/** Who may take each action from each state: S system, R requester, W agent/admin, - nobody. */
type Who = 'S' | 'R' | 'W' | 'RW' | '-';
// prettier-ignore
const EXPECTED: Record<RequestAction, readonly Who[]> = {
  //                  draft submitted pending approved in_prog on_hold fulfilled closed rejected cancelled
  submit:            ['R',  '-',      '-',    '-',     '-',    '-',    '-',      '-',   '-',     '-'],
  route_to_approval: ['-',  'S',      '-',    '-',     '-',    '-',    '-',      '-',   '-',     '-'],
  auto_approve:      ['-',  'S',      '-',    '-',     '-',    '-',    '-',      '-',   '-',     '-'],
  approve:           ['-',  '-',      'S',    '-',     '-',    '-',    '-',      '-',   '-',     '-'],
  reject:            ['-',  '-',      'S',    '-',     '-',    '-',    '-',      '-',   '-',     '-'],
  start_fulfilment:  ['-',  '-',      '-',    'S',     '-',    '-',    '-',      '-',   '-',     '-'],
  hold:              ['-',  '-',      '-',    '-',     'W',    '-',    '-',      '-',   '-',     '-'],
  resume:            ['-',  '-',      '-',    '-',     '-',    'W',    '-',      '-',   '-',     '-'],
  fulfil:            ['-',  '-',      '-',    '-',     'S',    '-',    '-',      '-',   '-',     '-'],
  close:             ['-',  '-',      '-',    '-',     '-',    '-',    'R',      '-',   '-',     '-'],
  reopen:            ['-',  '-',      '-',    '-',     '-',    '-',    'R',      '-',   '-',     '-'],
  auto_close:        ['-',  '-',      '-',    '-',     '-',    '-',    'S',      '-',   '-',     '-'],
  cancel:            ['RW', 'RW',     'RW',   'RW',    'W',    'W',    'W',      '-',   '-',     '-'],
};

const TARGET: Record<RequestAction, RequestState> = {
  submit: 'submitted',
  route_to_approval: 'pending_approval',
  auto_approve: 'approved',
  approve: 'approved',
  reject: 'rejected',
  start_fulfilment: 'in_progress',
  hold: 'on_hold',
  resume: 'in_progress',
  fulfil: 'fulfilled',
  close: 'closed',
  reopen: 'in_progress',
  auto_close: 'closed',
  cancel: 'cancelled',
};

const FULFILLED_AT = new Date('2026-03-02T10:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
const after = (ms: number) => new Date(FULFILLED_AT.getTime() + ms);

/** A context in which each action's facts hold, so the table test sees only state and actor. */
const SATISFIED: Record<RequestAction, RequestTransitionContext> = {
  submit: {},
  route_to_approval: { approvalLevelCount: 2 },
  auto_approve: { approvalLevelCount: 0 },
  approve: { approvalOutcome: 'approved' },
  reject: { approvalOutcome: 'rejected' },
  start_fulfilment: {},
  hold: {},
  resume: {},
  fulfil: { openTaskCount: 0 },
  close: { rating: 4 },
  reopen: { fulfilledAt: FULFILLED_AT, now: after(DAY), reopenWindowDays: 7 },
  auto_close: { fulfilledAt: FULFILLED_AT, now: after(8 * DAY), autoCloseAfterDays: 7 },
  cancel: {},
};

function expectedAllowed(who: Who, kind: ActorKind): boolean {
  switch (kind) {
    case 'system':
    case 'system with person flags':
      return who === 'S';
    case 'requester':
      return who.includes('R');
    case 'worker':
      return who.includes('W');
    case 'requester who is a worker':
      return who.includes('R') || who.includes('W');
    case 'stranger':
      return false;
  }
}

const WHO_LABELS: Record<Who, string> = {
  S: 'the system only',
  R: 'the requester only',
  W: 'an agent or admin only',
  RW: 'the requester or an agent or admin',
  '-': 'nobody',
};

const CASES = REQUEST_ACTIONS.flatMap((action) =>
  REQUEST_STATES.map((state, column) => {
    const who = EXPECTED[action][column];
    return { action, state, who, label: WHO_LABELS[who] };
  }),
);

describe('request lifecycle: every state, action and actor', () => {
  it('covers 13 actions x 10 states', () => {
    expect(CASES).toHaveLength(130);
    for (const action of REQUEST_ACTIONS) expect(EXPECTED[action]).toHaveLength(10);
  });

  it.each(CASES)('allows $action from $state to $label', ({ action, state, who }) => {
    for (const kind of Object.keys(ACTORS) as ActorKind[]) {
      const decision = decideTransition(state, action, ACTORS[kind], SATISFIED[action]);
      const allowed = expectedAllowed(who, kind);
      expect({ kind, ok: decision.ok }).toEqual({ kind, ok: allowed });
      if (decision.ok) {
        expect(decision.to).toBe(TARGET[action]);
      } else {
        const code = isTerminal(state)
          ? 'final_state'
          : who === '-'
            ? 'not_from_state'
            : 'not_permitted';
        expect({ kind, code: decision.code }).toEqual({ kind, code });
        expect(decision.reason).toMatch(/^[A-Z].+\.$/);
      }
    }
  });

  it('says why in words a person understands', () => {
    const requester = ACTORS.requester;
    expect(decideTransition('closed', 'reopen', requester)).toMatchObject({
      reason: 'The request is closed; it can no longer change.',
    });
    expect(decideTransition('pending_approval', 'close', requester, { rating: 5 })).toMatchObject({
      reason: 'A request that is pending approval cannot be closed.',
    });
    expect(decideTransition('in_progress', 'cancel', requester)).toMatchObject({
      reason: 'A request that is in progress can be cancelled only by an agent or admin.',
    });
    expect(decideTransition('draft', 'cancel', ACTORS.stranger)).toMatchObject({
      reason:
        'A request that is a draft can be cancelled only by the requester or an agent or admin.',
    });
    expect(decideTransition('pending_approval', 'approve', ACTORS.worker)).toMatchObject({
      reason: 'A request that is pending approval can be approved only by Trellis itself.',
    });
  });

  it('classifies exactly the engine and scheduler actions as system actions', () => {
    expect([...SYSTEM_REQUEST_ACTIONS].sort()).toEqual(
      REQUEST_ACTIONS.filter((a) => EXPECTED[a].includes('S')).sort(),
    );
    for (const action of REQUEST_ACTIONS) {
      expect(isSystemAction(action)).toBe(EXPECTED[action].includes('S'));
    }
  });
});

const anyActor = fc.record({
  isSystem: fc.boolean(),
  isRequester: fc.boolean(),
  canWork: fc.boolean(),
});
const anyContext: fc.Arbitrary<RequestTransitionContext> = fc.record(
  {
    approvalLevelCount: fc.nat(5),
    approvalOutcome: fc.constantFrom('pending', 'approved', 'rejected' as const),
    openTaskCount: fc.nat(5),
    rating: fc.integer({ min: -1, max: 7 }),
    fulfilledAt: fc.constant(FULFILLED_AT),
    now: fc.integer({ min: -DAY, max: 30 * DAY }).map(after),
    reopenWindowDays: fc.nat(14),
    autoCloseAfterDays: fc.nat(14),
  },
  { requiredKeys: [] },
);

describe('request lifecycle: properties', () => {
  it('never moves a request out of closed, rejected or cancelled', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TERMINAL_REQUEST_STATES),
        fc.constantFrom(...REQUEST_ACTIONS),
        anyActor,
        anyContext,
        (state, action, actor, context) => {
          expect(decideTransition(state, action, actor, context)).toMatchObject({
            ok: false,
            code: 'final_state',
          });
          expect(allowedActions(state, actor, context)).toEqual([]);
        },
      ),
    );
  });

  it('only ever moves along the table, and system actions only for the system', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REQUEST_STATES),
        fc.constantFrom(...REQUEST_ACTIONS),
        anyActor,
        anyContext,
        (state, action, actor, context) => {
          const decision = decideTransition(state, action, actor, context);
          if (!decision.ok) return;
          expect(decision.to).toBe(TARGET[action]);
          expect(EXPECTED[action][REQUEST_STATES.indexOf(state)]).not.toBe('-');
          expect(actor.isSystem).toBe(isSystemAction(action));
        },
      ),
    );
  });

  it('lists as allowed exactly the actions that would succeed once a rating is given', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REQUEST_STATES), anyActor, anyContext, (state, actor, ctx) => {
        const expected = REQUEST_ACTIONS.filter(
          (action) => decideTransition(state, action, actor, { ...ctx, rating: 3 }).ok,
        );
        expect(allowedActions(state, actor, ctx)).toEqual(expected);
      }),
    );
  });
});
