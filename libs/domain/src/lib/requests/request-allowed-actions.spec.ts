import type { RequestActor } from './request-lifecycle';
import { allowedActions } from './request-lifecycle';

const ACTORS = {
  requester: { isSystem: false, isRequester: true, canWork: false },
  worker: { isSystem: false, isRequester: false, canWork: true },
} as const satisfies Record<string, RequestActor>;

const FULFILLED_AT = new Date('2026-03-02T10:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
const after = (ms: number) => new Date(FULFILLED_AT.getTime() + ms);

describe('allowedActions', () => {
  const window = { fulfilledAt: FULFILLED_AT, reopenWindowDays: 7 };

  it('offers a requester submit and cancel on a draft', () => {
    expect(allowedActions('draft', ACTORS.requester)).toEqual(['submit', 'cancel']);
  });

  it('offers close without a rating, and reopen while the window is open', () => {
    expect(allowedActions('fulfilled', ACTORS.requester, { ...window, now: after(DAY) })).toEqual([
      'close',
      'reopen',
    ]);
    expect(
      allowedActions('fulfilled', ACTORS.requester, { ...window, now: after(8 * DAY) }),
    ).toEqual(['close']);
    expect(allowedActions('fulfilled', ACTORS.requester)).toEqual(['close']);
  });

  it('offers an agent hold and cancel on a request in progress', () => {
    expect(allowedActions('in_progress', ACTORS.worker)).toEqual(['hold', 'cancel']);
    expect(allowedActions('on_hold', ACTORS.worker)).toEqual(['resume', 'cancel']);
  });

  it('offers a requester nothing once fulfilment has started', () => {
    expect(allowedActions('in_progress', ACTORS.requester)).toEqual([]);
    expect(allowedActions('on_hold', ACTORS.requester)).toEqual([]);
  });
});
