import type { Client } from 'pg';
import { validFormData } from '../../testing/form-data-factory';
import type { TestApp } from '../../testing/test-app';
import { createTestApp } from '../../testing/test-app';
import { MAX_ATTEMPTS } from './delivery/backoff';
import {
  dispatcherOf,
  drain,
  emitEvent,
  ownerClient,
  userId,
} from './testing/notification-test-kit';
import { WebhookReceiver } from './testing/webhook-receiver';

describe('outbox dispatcher', () => {
  let t: TestApp;
  /** A second API process sharing the database, as replicas do. */
  let other: TestApp;
  let owner: Client;
  let receiver: WebhookReceiver;
  let admin: string;
  let agentId: string;
  let webhookId: string;

  beforeAll(async () => {
    t = await createTestApp();
    other = await createTestApp();
    owner = await ownerClient();
    receiver = await new WebhookReceiver().start();
    admin = (await t.login('admin@acme.test')).accessToken;
    agentId = await userId(owner, 'agent@acme.test');
    const hook = await t.request({
      method: 'POST',
      url: '/api/v1/webhooks',
      token: admin,
      payload: { url: receiver.url, eventTypes: ['task.assigned'] },
    });
    expect(hook.statusCode).toBe(201);
    webhookId = hook.json().id;
  });

  afterAll(async () => {
    await t.request({ method: 'DELETE', url: `/api/v1/webhooks/${webhookId}`, token: admin });
    await receiver.stop();
    await owner.end();
    await t.close();
    await other.close();
  });

  const notificationsOf = async (eventId: string) =>
    (
      await owner.query<{ user_id: string; title: string; link: string }>(
        `SELECT user_id, title, link FROM notifications WHERE event_id = $1`,
        [eventId],
      )
    ).rows;
  const eventRow = async (eventId: string) =>
    (
      await owner.query<{
        dispatched_at: Date | null;
        attempts: number;
        last_error: string | null;
        next_attempt_at: Date;
        gave_up_at: Date | null;
      }>(
        `SELECT dispatched_at, attempts, last_error, next_attempt_at, gave_up_at FROM outbox_events WHERE id = $1`,
        [eventId],
      )
    ).rows[0];

  it('delivers an event once though three passes in two processes run at the same time', async () => {
    await drain(t);
    const taskId = '6f1d2c1e-6a43-4a4f-9d59-7a3c8d1e2f00';
    const eventId = await emitEvent(owner, {
      tenant: 'acme',
      type: 'task.assigned',
      aggregateType: 'task',
      aggregateId: taskId,
      payload: { number: 'TASK-000123', requestNumber: 'REQ-000042', assigneeId: agentId },
    });
    await Promise.all([
      dispatcherOf(t).runOnce(),
      dispatcherOf(other).runOnce(),
      dispatcherOf(t).runOnce(),
    ]);
    await drain(t);

    expect(await notificationsOf(eventId)).toEqual([
      { user_id: agentId, title: 'TASK-000123 was assigned to you', link: `/tasks/${taskId}` },
    ]);
    expect(receiver.forEvent(eventId)).toHaveLength(1);
    const event = await eventRow(eventId);
    expect(event.dispatched_at).not.toBeNull();
    expect(event.attempts).toBe(1);
  });

  it('hands an event over again without telling anyone twice', async () => {
    const eventId = await emitEvent(owner, {
      tenant: 'acme',
      type: 'task.assigned',
      payload: { number: 'TASK-000124', assigneeId: agentId },
    });
    await drain(t);
    // As if the process had died after fanning out but before its commit was seen.
    await owner.query(`UPDATE outbox_events SET dispatched_at = NULL WHERE id = $1`, [eventId]);
    await drain(t);
    expect(await notificationsOf(eventId)).toHaveLength(1);
    expect(receiver.forEvent(eventId)).toHaveLength(1);
    expect((await eventRow(eventId)).attempts).toBe(2);
  });

  it('never tells people about their own action', async () => {
    const eventId = await emitEvent(owner, {
      tenant: 'acme',
      type: 'task.assigned',
      payload: { number: 'TASK-000125', assigneeId: agentId },
      actorId: agentId,
    });
    await drain(t);
    expect(await notificationsOf(eventId)).toEqual([]);
    expect((await eventRow(eventId)).dispatched_at).not.toBeNull();
    // Integrations still hear about it: the webhook is not a person.
    expect(receiver.forEvent(eventId)).toHaveLength(1);
  });

  it('retries a failing event with exponential backoff, then gives up and keeps it', async () => {
    await drain(t);
    // A malformed payload (an approver id that is no id) fails the fan-out.
    const eventId = await emitEvent(owner, {
      tenant: 'acme',
      type: 'approval.requested',
      payload: { requestNumber: 'REQ-000001', approverId: 'not-a-uuid' },
    });
    const start = new Date();
    const first = await dispatcherOf(t).runOnce(start);
    expect(first.failedEvents).toBeGreaterThanOrEqual(1);
    let event = await eventRow(eventId);
    expect(event).toMatchObject({ dispatched_at: null, attempts: 1, gave_up_at: null });
    expect(event.last_error).toMatch(/uuid/i);
    expect(event.next_attempt_at.getTime() - start.getTime()).toBe(30_000);

    // Not due before its backoff has passed.
    await dispatcherOf(t).runOnce(new Date(start.getTime() + 29_000));
    expect((await eventRow(eventId)).attempts).toBe(1);

    const later = new Date(start.getTime() + 30_000);
    await dispatcherOf(t).runOnce(later);
    event = await eventRow(eventId);
    expect(event.attempts).toBe(2);
    expect(event.next_attempt_at.getTime() - later.getTime()).toBe(60_000);

    await owner.query(`UPDATE outbox_events SET attempts = $2 WHERE id = $1`, [
      eventId,
      MAX_ATTEMPTS - 1,
    ]);
    await dispatcherOf(t).runOnce(new Date(later.getTime() + 60_000));
    event = await eventRow(eventId);
    expect(event.attempts).toBe(MAX_ATTEMPTS);
    expect(event.gave_up_at).not.toBeNull();
    expect(event.dispatched_at).toBeNull();
    // Given up: later passes leave it alone, and it stays for inspection.
    await dispatcherOf(t).runOnce(new Date(later.getTime() + 24 * 3_600_000));
    expect((await eventRow(eventId)).attempts).toBe(MAX_ATTEMPTS);
  });

  it('tells the requester when an agent comments on their request', async () => {
    const requester = (await t.login('requester@acme.test')).accessToken;
    const agent = (await t.login('agent@acme.test')).accessToken;
    const draft = await t.request({
      method: 'GET',
      url: '/api/v1/catalog/items?limit=1',
      token: requester,
    });
    expect(draft.statusCode).toBe(200);
    const item = draft.json().items[0];
    const detail = (
      await t.request({ method: 'GET', url: `/api/v1/catalog/items/${item.id}`, token: requester })
    ).json();
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/requests',
      token: requester,
      payload: { itemId: item.id, formData: validFormData(detail.formSchema), justification: 'x' },
    });
    expect(created.statusCode).toBe(201);
    const requestId = created.json().id;
    const comment = await t.request({
      method: 'POST',
      url: `/api/v1/requests/${requestId}/comments`,
      token: agent,
      payload: { body: 'Looking at it', visibility: 'public' },
    });
    expect(comment.statusCode).toBe(201);
    await drain(t);
    const requesterId = await userId(owner, 'requester@acme.test');
    const { rows } = await owner.query(
      `SELECT n.user_id, n.event_type, n.link FROM notifications n
         JOIN outbox_events e ON e.tenant_id = n.tenant_id AND e.id = n.event_id
        WHERE e.aggregate_id = $1 AND n.event_type = 'request.commented'`,
      [requestId],
    );
    expect(rows).toEqual([
      { user_id: requesterId, event_type: 'request.commented', link: `/requests/${requestId}` },
    ]);
  });
});
