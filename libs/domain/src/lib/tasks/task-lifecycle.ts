/**
 * A fulfilment task: `blocked` until its prerequisites are done or skipped, then `open`; worked
 * (`in_progress`) and finished as `done` or `skipped` (with a reason). Claiming and assigning
 * change who works it, not its state.
 */
export const TASK_STATES = ['blocked', 'open', 'in_progress', 'done', 'skipped'] as const;
export type TaskState = (typeof TASK_STATES)[number];

export const TASK_ACTIONS = ['claim', 'assign', 'start', 'complete', 'skip', 'unblock'] as const;
export type TaskAction = (typeof TASK_ACTIONS)[number];

export type TaskDecision = { ok: true; to: TaskState } | { ok: false; reason: string };

const FINISHED: ReadonlySet<TaskState> = new Set(['done', 'skipped']);

export function isTaskFinished(state: TaskState): boolean {
  return FINISHED.has(state);
}

export function decideTaskTransition(state: TaskState, action: TaskAction): TaskDecision {
  if (FINISHED.has(state)) return { ok: false, reason: `The task is already ${state}` };
  switch (action) {
    case 'claim':
    case 'assign':
      return { ok: true, to: state };
    case 'unblock':
      return state === 'blocked'
        ? { ok: true, to: 'open' }
        : { ok: false, reason: 'Only a blocked task can be unblocked' };
    case 'start':
      if (state === 'open') return { ok: true, to: 'in_progress' };
      return {
        ok: false,
        reason:
          state === 'blocked'
            ? 'The task waits for its prerequisites'
            : 'The task is already in progress',
      };
    case 'complete':
      if (state === 'in_progress' || state === 'open') return { ok: true, to: 'done' };
      return { ok: false, reason: 'The task waits for its prerequisites' };
    case 'skip':
      return { ok: true, to: 'skipped' };
  }
}
