import type { RequestActor } from './request-lifecycle';
import { decideTransition } from './request-lifecycle';
import { autoCloseDueAt, reopenDeadline } from './request-guards';

const system: RequestActor = { isSystem: true, isRequester: false, canWork: false };
const requester: RequestActor = { isSystem: false, isRequester: true, canWork: false };

const FULFILLED_AT = new Date('2026-03-27T09:30:00.000Z');
const MS = 1;
const DAY = 24 * 60 * 60 * 1000;
const at = (offset: number) => new Date(FULFILLED_AT.getTime() + offset);

describe('reopen window', () => {
  const window = { fulfilledAt: FULFILLED_AT, reopenWindowDays: 7 };

  it('allows reopening exactly at the end of the window', () => {
    expect(
      decideTransition('fulfilled', 'reopen', requester, { ...window, now: at(7 * DAY) }),
    ).toEqual({ ok: true, to: 'in_progress' });
  });

  it('refuses reopening one millisecond after the window', () => {
    const decision = decideTransition('fulfilled', 'reopen', requester, {
      ...window,
      now: at(7 * DAY + MS),
    });
    expect(decision).toEqual({
      ok: false,
      code: 'precondition_failed',
      reason: 'The reopen window of 7 days ended at 2026-04-03T09:30:00.000Z.',
    });
  });

  it('counts days as 24 hours, whatever the clocks do (Europe moves to summer time on 29 March)', () => {
    expect(reopenDeadline(FULFILLED_AT, 7).toISOString()).toBe('2026-04-03T09:30:00.000Z');
  });

  it('with a window of 0 days, allows reopening only at the moment of fulfilment', () => {
    const zero = { fulfilledAt: FULFILLED_AT, reopenWindowDays: 0 };
    expect(decideTransition('fulfilled', 'reopen', requester, { ...zero, now: at(0) }).ok).toBe(
      true,
    );
    expect(decideTransition('fulfilled', 'reopen', requester, { ...zero, now: at(MS) }).ok).toBe(
      false,
    );
  });

  it.each([
    ['no fulfilment time', { now: at(DAY), reopenWindowDays: 7 }],
    ['no current time', { fulfilledAt: FULFILLED_AT, reopenWindowDays: 7 }],
    ['no window', { fulfilledAt: FULFILLED_AT, now: at(DAY) }],
    ['a negative window', { fulfilledAt: FULFILLED_AT, now: at(0), reopenWindowDays: -1 }],
    ['an invalid date', { fulfilledAt: new Date('nope'), now: at(0), reopenWindowDays: 7 }],
  ])('refuses reopening with %s rather than assuming', (_, context) => {
    expect(decideTransition('fulfilled', 'reopen', requester, context)).toMatchObject({
      ok: false,
      code: 'precondition_failed',
    });
  });
});

describe('auto-close', () => {
  const delay = { fulfilledAt: FULFILLED_AT, autoCloseAfterDays: 5 };

  it('closes exactly when the delay has passed, not a millisecond before', () => {
    expect(
      decideTransition('fulfilled', 'auto_close', system, { ...delay, now: at(5 * DAY) }),
    ).toEqual({ ok: true, to: 'closed' });
    expect(
      decideTransition('fulfilled', 'auto_close', system, { ...delay, now: at(5 * DAY - MS) }),
    ).toMatchObject({ ok: false, reason: expect.stringContaining('2026-04-01T09:30:00.000Z') });
    expect(autoCloseDueAt(FULFILLED_AT, 5).toISOString()).toBe('2026-04-01T09:30:00.000Z');
  });
});

describe('closing with a rating', () => {
  it.each([1, 2, 3, 4, 5])('accepts a rating of %d', (rating) => {
    expect(decideTransition('fulfilled', 'close', requester, { rating }).ok).toBe(true);
  });

  it.each([undefined, 0, 6, 3.5, Number.NaN])('refuses a rating of %p', (rating) => {
    expect(decideTransition('fulfilled', 'close', requester, { rating })).toEqual({
      ok: false,
      code: 'precondition_failed',
      reason: 'Closing a request needs a rating from 1 to 5.',
    });
  });
});

describe('system transitions follow from the facts', () => {
  it('sends a request for approval only when its policy has levels, else approves it', () => {
    const withLevels = { approvalLevelCount: 2 };
    const without = { approvalLevelCount: 0 };
    expect(decideTransition('submitted', 'route_to_approval', system, withLevels).ok).toBe(true);
    expect(decideTransition('submitted', 'route_to_approval', system, without).ok).toBe(false);
    expect(decideTransition('submitted', 'route_to_approval', system).ok).toBe(false);
    expect(decideTransition('submitted', 'auto_approve', system, without).ok).toBe(true);
    expect(decideTransition('submitted', 'auto_approve', system, withLevels).ok).toBe(false);
    expect(decideTransition('submitted', 'auto_approve', system).ok).toBe(false);
  });

  it.each([
    ['approve', 'approved'],
    ['reject', 'rejected'],
  ] as const)('will %s only on the policy outcome %s', (action, outcome) => {
    for (const other of ['pending', 'approved', 'rejected', undefined] as const) {
      const decision = decideTransition('pending_approval', action, system, {
        approvalOutcome: other,
      });
      expect(decision.ok).toBe(other === outcome);
    }
  });

  it('marks a request fulfilled only when no task is open', () => {
    expect(decideTransition('in_progress', 'fulfil', system, { openTaskCount: 0 }).ok).toBe(true);
    expect(decideTransition('in_progress', 'fulfil', system, { openTaskCount: 2 })).toMatchObject({
      ok: false,
      reason: '2 tasks are still open; every task must be done or skipped first.',
    });
    expect(decideTransition('in_progress', 'fulfil', system).ok).toBe(false);
  });
});
