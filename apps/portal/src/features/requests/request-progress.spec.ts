import { describe, expect, it } from 'vitest';
import type { ServiceRequest } from './hooks/use-request';
import type { ProgressStep } from './request-progress';
import { requestProgress } from './request-progress';

type Facts = Parameters<typeof requestProgress>[0];

const AT = '2026-03-01T09:00:00Z';
const approval = { levelIndex: 0 } as ServiceRequest['approvals'][number];
const task = { status: 'open' } as ServiceRequest['tasks'][number];

function facts(overrides: Partial<Facts>): Facts {
  return {
    status: 'draft',
    submittedAt: null,
    approvedAt: null,
    fulfilledAt: null,
    approvals: [],
    tasks: [],
    ...overrides,
  };
}

/** The steps as "label:state(note)", short enough to compare whole. */
function shape(steps: ProgressStep[]): string[] {
  return steps.map((s) => `${s.label}:${s.state}${s.note ? `(${s.note})` : ''}`);
}

describe('requestProgress', () => {
  it('marks the steps before the current one done and the rest upcoming', () => {
    expect(
      shape(
        requestProgress(
          facts({ status: 'pending_approval', submittedAt: AT, approvals: [approval] }),
        ),
      ),
    ).toEqual([
      'Draft:done',
      'Submitted:done',
      'Approval:current',
      'Approved:upcoming',
      'In progress:upcoming',
      'Fulfilled:upcoming',
      'Closed:upcoming',
    ]);
  });

  it('maps every state on the main path to its step', () => {
    const current = (f: Facts) => requestProgress(f).find((s) => s.state === 'current')?.key;
    expect(current(facts({ status: 'draft' }))).toBe('draft');
    expect(current(facts({ status: 'submitted', submittedAt: AT }))).toBe('submitted');
    expect(current(facts({ status: 'approved', submittedAt: AT, approvedAt: AT }))).toBe(
      'approved',
    );
    expect(current(facts({ status: 'in_progress', approvedAt: AT, tasks: [task] }))).toBe(
      'in_progress',
    );
    expect(current(facts({ status: 'fulfilled', fulfilledAt: AT }))).toBe('fulfilled');
  });

  it('shows on hold as a note on the in-progress step', () => {
    const step = requestProgress(facts({ status: 'on_hold', tasks: [task] }))[4];
    expect(step).toEqual({
      key: 'in_progress',
      label: 'In progress',
      state: 'current',
      note: 'On hold',
    });
  });

  it('finishes every step of a closed request', () => {
    const steps = requestProgress(
      facts({
        status: 'closed',
        submittedAt: AT,
        approvedAt: AT,
        fulfilledAt: AT,
        approvals: [approval],
      }),
    );
    expect(steps.every((s) => s.state === 'done')).toBe(true);
  });

  it('stops a rejected request at the approval step', () => {
    expect(
      shape(
        requestProgress(facts({ status: 'rejected', submittedAt: AT, approvals: [approval] })),
      ).slice(1, 4),
    ).toEqual(['Submitted:done', 'Approval:stopped(Rejected)', 'Approved:upcoming']);
  });

  it('stops a cancelled request where it had got to', () => {
    const stoppedAt = (f: Partial<Facts>) =>
      requestProgress(facts({ status: 'cancelled', ...f })).find((s) => s.state === 'stopped');
    expect(stoppedAt({})?.key).toBe('draft');
    expect(stoppedAt({ submittedAt: AT })?.key).toBe('submitted');
    expect(stoppedAt({ submittedAt: AT, approvals: [approval] })?.key).toBe('approval');
    expect(stoppedAt({ submittedAt: AT, approvedAt: AT, approvals: [approval] })?.key).toBe(
      'approved',
    );
    expect(stoppedAt({ approvedAt: AT, tasks: [task] })).toMatchObject({
      key: 'in_progress',
      note: 'Cancelled',
    });
  });

  it('marks the approval step not needed when the item asked no one', () => {
    const steps = requestProgress(
      facts({ status: 'in_progress', submittedAt: AT, approvedAt: AT, tasks: [task] }),
    );
    expect(steps[2]).toEqual({
      key: 'approval',
      label: 'Approval',
      state: 'skipped',
      note: 'Not needed',
    });
  });
});
