import type { DispatchedEvent } from './notification-events';
import {
  audienceOf,
  isNotifiable,
  messageFor,
  NOTIFIABLE_EVENT_TYPES,
} from './notification-events';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const C = '33333333-3333-4333-8333-333333333333';
const R = '44444444-4444-4444-8444-444444444444';

function event(type: string, payload: Record<string, unknown>): DispatchedEvent {
  return {
    id: '55555555-5555-4555-8555-555555555555',
    tenantId: '66666666-6666-4666-8666-666666666666',
    type,
    aggregateType: 'request',
    aggregateId: R,
    occurredAt: new Date('2026-11-22T10:00:00Z'),
    actorId: null,
    payload,
  };
}

describe('who an event tells', () => {
  it.each([
    ['approval.requested', { approverId: A }, [A]],
    ['approval.reminder', { approverId: A }, [A]],
    ['approval.escalated', { approverId: A, escalatedTo: [B] }, [A]],
    ['approval.decided', { requesterId: A, requestedForId: B, decidedById: C }, [A, B]],
    ['request.approved', { requesterId: A, requestedForId: A }, [A, A]],
    ['request.fulfilled', { requesterId: A, requestedForId: B }, [A, B]],
    ['request.submitted', { requesterId: A, requestedForId: B }, []],
    ['request.assigned', { assigneeId: C }, [C]],
    [
      'request.commented',
      { visibility: 'public', requesterId: A, requestedForId: B, assigneeId: C },
      [A, B, C],
    ],
    [
      'request.commented',
      { visibility: 'internal', requesterId: A, requestedForId: B, assigneeId: C },
      [C],
    ],
    ['task.assigned', { assigneeId: C }, [C]],
    ['task.assigned', { assigneeId: null }, []],
    ['cost_center.budget_threshold_reached', { ownerId: B }, [B]],
    ['sla.warning', { recipientIds: [A, C] }, [A, C]],
    ['sla.breached', { recipientIds: [B] }, [B]],
    ['catalog.review_added', { authorId: A }, []],
  ])('%s with %j tells %j', (type, payload, expected) => {
    expect(audienceOf(event(type, payload))).toEqual(expected);
  });
});

describe('what an event says', () => {
  it('has words and a link for every event type people can be told about', () => {
    for (const type of NOTIFIABLE_EVENT_TYPES) {
      const message = messageFor(event(type, { requestId: R, requestNumber: 'REQ-000042' }));
      expect(message?.title).toBeTruthy();
      expect(message?.link).toMatch(/^\/(requests|tasks|cost-centers)\//);
    }
    expect(isNotifiable('task.created')).toBe(false);
    expect(messageFor(event('task.created', {}))).toBeNull();
  });

  it('formats raw request numbers and SLA due times', () => {
    expect(messageFor(event('request.approved', { number: '42' }))?.title).toBe(
      'REQ-000042 was approved',
    );
    const breach = messageFor(
      event('sla.breached', {
        requestId: R,
        requestNumber: 'REQ-000042',
        kind: 'resolution',
        dueAt: '2026-11-22T14:30:00.000Z',
      }),
    );
    expect(breach).toEqual({
      title: 'SLA breached: REQ-000042',
      body: 'The resolution target was due 2026-11-22 14:30 UTC.',
      link: `/requests/${R}`,
    });
  });

  it('never lets an object in a payload leak into the words', () => {
    const message = messageFor(
      event('cost_center.budget_threshold_reached', { code: { x: 1 }, threshold: { y: 2 } }),
    );
    expect(message?.title).toBe('Budget reached ?%');
  });
});
