import type { Client } from 'pg';
import type { TestApp } from '../../testing/test-app';
import { createTestApp } from '../../testing/test-app';
import { drain, emitEvent, ownerClient, userId } from './testing/notification-test-kit';

describe('notifications API', () => {
  let t: TestApp;
  let owner: Client;
  let approver: string;
  let approverId: string;
  let requester: string;
  let globexApprover: string;

  beforeAll(async () => {
    t = await createTestApp();
    owner = await ownerClient();
    approver = (await t.login('approver@acme.test')).accessToken;
    requester = (await t.login('requester@acme.test')).accessToken;
    globexApprover = (await t.login('approver@globex.test')).accessToken;
    approverId = await userId(owner, 'approver@acme.test');
  });

  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  const get = (url: string, token = approver) =>
    t.request({ method: 'GET', url: `/api/v1/${url}`, token });
  const post = (url: string, token = approver, payload?: object) =>
    t.request({ method: 'POST', url: `/api/v1/${url}`, token, payload });
  const askApproval = (requestNumber: string) =>
    emitEvent(owner, {
      tenant: 'acme',
      type: 'approval.requested',
      payload: { requestNumber, itemName: 'Laptop <Pro>', approverId, requestId: approverId },
    });

  it('lists new notifications, counts the unread, and marks them read', async () => {
    await drain(t);
    await post('notifications/read-all');
    expect((await get('notifications/unread-count')).json()).toEqual({ count: 0, capped: false });

    await askApproval('REQ-900001');
    await askApproval('REQ-900002');
    await askApproval('REQ-900003');
    await drain(t);

    expect((await get('notifications/unread-count')).json()).toEqual({ count: 3, capped: false });
    const unread = (await get('notifications?unread=true')).json();
    expect(unread.items.map((n: { title: string }) => n.title)).toEqual([
      'Approval needed: REQ-900003',
      'Approval needed: REQ-900002',
      'Approval needed: REQ-900001',
    ]);
    expect(unread.items[0]).toMatchObject({
      eventType: 'approval.requested',
      body: 'Laptop <Pro> is waiting for your approval.',
      link: `/requests/${approverId}`,
      readAt: null,
    });

    const read = await post(`notifications/${unread.items[1].id}/read`);
    expect(read.statusCode).toBe(200);
    expect(read.json().readAt).not.toBeNull();
    // Reading again keeps the first time.
    expect((await post(`notifications/${unread.items[1].id}/read`)).json().readAt).toBe(
      read.json().readAt,
    );
    expect((await get('notifications/unread-count')).json().count).toBe(2);
    expect(
      (await get('notifications?unread=true')).json().items.map((n: { id: string }) => n.id),
    ).toEqual([unread.items[0].id, unread.items[2].id]);

    expect((await post('notifications/read-all')).json()).toEqual({ updated: 2 });
    expect((await get('notifications/unread-count')).json().count).toBe(0);
  });

  it('pages through notifications with keyset cursors, newest first', async () => {
    for (let i = 0; i < 3; i += 1) await askApproval(`REQ-91000${i}`);
    await drain(t);
    const all = (await get('notifications?limit=200'))
      .json()
      .items.map((n: { id: string }) => n.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `notifications?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await get(url)).json<{ items: { id: string }[]; nextCursor: string | null }>();
      seen.push(...page.items.map((n) => n.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
    const forged = Buffer.from(JSON.stringify(['2026-13-45', 'x'])).toString('base64url');
    const bad = await get(`notifications?cursor=${forged}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
  });

  it("answers 404 for another tenant's or another user's notification", async () => {
    await askApproval('REQ-920000');
    await drain(t);
    const [mine] = (await get('notifications?limit=1')).json().items;
    const otherTenant = await post(`notifications/${mine.id}/read`, globexApprover);
    expect(otherTenant.statusCode).toBe(404);
    expect(otherTenant.headers['content-type']).toContain('application/problem+json');
    expect((await post(`notifications/${mine.id}/read`, requester)).statusCode).toBe(404);
    expect((await get('notifications?limit=200', globexApprover)).json().items).not.toContainEqual(
      expect.objectContaining({ id: mine.id }),
    );
    expect((await get(`notifications?limit=1`)).json().items[0].readAt).toBeNull();
  });

  it('shows every preference on by default, and a channel turned off is not used', async () => {
    const defaults = (await get('notifications/preferences', requester)).json().items;
    expect(defaults).toContainEqual({ eventType: 'sla.breached', channel: 'email', enabled: true });
    expect(defaults.every((p: { enabled: boolean }) => p.enabled)).toBe(true);

    const put = await t.request({
      method: 'PUT',
      url: '/api/v1/notifications/preferences',
      token: approver,
      payload: { items: [{ eventType: 'approval.reminder', channel: 'in_app', enabled: false }] },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json().items).toContainEqual({
      eventType: 'approval.reminder',
      channel: 'in_app',
      enabled: false,
    });
    const audit = await owner.query(
      `SELECT after FROM audit_events WHERE action = 'notification_preferences.updated'
          AND entity_id = $1 ORDER BY occurred_at DESC LIMIT 1`,
      [approverId],
    );
    expect(audit.rows[0].after.items).toEqual([
      { eventType: 'approval.reminder', channel: 'in_app', enabled: false },
    ]);

    const reminder = await emitEvent(owner, {
      tenant: 'acme',
      type: 'approval.reminder',
      payload: { requestNumber: 'REQ-930000', approverId },
    });
    const request = await askApproval('REQ-930001');
    await drain(t);
    const told = async (eventId: string) =>
      (await owner.query(`SELECT 1 FROM notifications WHERE event_id = $1`, [eventId])).rowCount;
    expect(await told(reminder)).toBe(0);
    expect(await told(request)).toBe(1);
  });

  it('refuses an unknown event type or channel in preferences with 400', async () => {
    for (const item of [
      { eventType: 'nope.never', channel: 'email', enabled: false },
      { eventType: 'sla.breached', channel: 'sms', enabled: false },
      { eventType: 'sla.breached', channel: 'email', enabled: 'no' },
    ]) {
      const response = await t.request({
        method: 'PUT',
        url: '/api/v1/notifications/preferences',
        token: approver,
        payload: { items: [item] },
      });
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });
});
