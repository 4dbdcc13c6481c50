import { TASK_ACTIONS, TASK_STATES, decideTaskTransition } from './task-lifecycle';

const expected: Record<string, Record<string, string | null>> = {
  blocked: {
    claim: 'blocked',
    assign: 'blocked',
    start: null,
    complete: null,
    skip: 'skipped',
    unblock: 'open',
  },
  open: {
    claim: 'open',
    assign: 'open',
    start: 'in_progress',
    complete: 'done',
    skip: 'skipped',
    unblock: null,
  },
  in_progress: {
    claim: 'in_progress',
    assign: 'in_progress',
    start: null,
    complete: 'done',
    skip: 'skipped',
    unblock: null,
  },
  done: { claim: null, assign: null, start: null, complete: null, skip: null, unblock: null },
  skipped: { claim: null, assign: null, start: null, complete: null, skip: null, unblock: null },
};

describe('task lifecycle', () => {
  it.each(TASK_STATES.flatMap((state) => TASK_ACTIONS.map((action) => [state, action] as const)))(
    'from %s, %s is decided as the table says',
    (state, action) => {
      const decision = decideTaskTransition(state, action);
      const to = expected[state][action];
      if (to === null) {
        expect(decision.ok).toBe(false);
      } else {
        expect(decision).toEqual({ ok: true, to });
      }
    },
  );
});
