import { createHmac } from 'node:crypto';
import type { Client } from 'pg';
import type { TestApp } from '../../../testing/test-app';
import { createTestApp } from '../../../testing/test-app';
import { drain, emitEvent, ownerClient } from '../testing/notification-test-kit';
import { WebhookReceiver } from '../testing/webhook-receiver';

describe('webhooks', () => {
  let t: TestApp;
  let owner: Client;
  let receiver: WebhookReceiver;
  let admin: string;
  let agent: string;
  let globexAdmin: string;

  beforeAll(async () => {
    t = await createTestApp();
    owner = await ownerClient();
    receiver = await new WebhookReceiver().start();
    admin = (await t.login('admin@acme.test')).accessToken;
    agent = (await t.login('agent@acme.test')).accessToken;
    globexAdmin = (await t.login('admin@globex.test')).accessToken;
  });

  afterAll(async () => {
    await receiver.stop();
    await owner.end();
    await t.close();
  });

  const call = (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
    token = admin,
  ) => t.request({ method, url: `/api/v1/${url}`, token, payload });
  const create = async (body: object) => {
    const response = await call('POST', 'webhooks', body);
    expect(response.statusCode).toBe(201);
    return response.json<{ id: string; secret: string; version: number }>();
  };

  it('signs each delivery, and retries after the receiver answers 500', async () => {
    const hook = await create({ url: receiver.url, eventTypes: ['probe.*'], description: 'test' });
    expect(hook.secret).toMatch(/^whsec_/);
    await drain(t);

    receiver.status = 500;
    const eventId = await emitEvent(owner, {
      tenant: 'acme',
      type: 'probe.signed',
      payload: { note: 'hello' },
    });
    const now = new Date();
    await drain(t, now);
    expect(receiver.forEvent(eventId)).toHaveLength(1);
    let log = (await call('GET', `webhooks/${hook.id}/deliveries`)).json().items;
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      eventId,
      eventType: 'probe.signed',
      status: 'pending',
      attempts: 1,
      lastStatusCode: 500,
      lastError: 'HTTP 500',
    });
    expect(Date.parse(log[0].nextAttemptAt) - now.getTime()).toBe(30_000);
    expect(log[0].lastDurationMs).toBeGreaterThanOrEqual(0);

    // Not before the backoff has passed.
    await drain(t, new Date(now.getTime() + 10_000));
    expect(receiver.forEvent(eventId)).toHaveLength(1);

    receiver.status = 204;
    await drain(t, new Date(now.getTime() + 30_000));
    const hits = receiver.forEvent(eventId);
    expect(hits).toHaveLength(2);
    log = (await call('GET', `webhooks/${hook.id}/deliveries`)).json().items;
    expect(log[0]).toMatchObject({
      status: 'delivered',
      attempts: 2,
      lastStatusCode: 204,
      lastError: null,
      nextAttemptAt: null,
    });

    // Each attempt is signed over its own timestamp and the same body.
    for (const hit of hits) {
      const timestamp = String(hit.headers['x-trellis-timestamp']);
      expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(60);
      const expected = createHmac('sha256', hook.secret)
        .update(`${timestamp}.${hit.body}`)
        .digest('hex');
      expect(hit.headers['x-trellis-signature']).toBe(`sha256=${expected}`);
      expect(hit.headers['content-type']).toBe('application/json');
    }
    expect(hits[0].body).toBe(hits[1].body);
    expect(JSON.parse(hits[0].body)).toMatchObject({
      id: eventId,
      type: 'probe.signed',
      data: { note: 'hello' },
    });
    expect((await call('DELETE', `webhooks/${hook.id}`)).statusCode).toBe(204);
  });

  it('sends only the event types a subscription asks for, and nothing once inactive', async () => {
    const hook = await create({ url: receiver.url, eventTypes: ['probe.wanted'] });
    const wanted = await emitEvent(owner, { tenant: 'acme', type: 'probe.wanted', payload: {} });
    const other = await emitEvent(owner, { tenant: 'acme', type: 'probe.other', payload: {} });
    await drain(t);
    expect(receiver.forEvent(wanted)).toHaveLength(1);
    expect(receiver.forEvent(other)).toHaveLength(0);

    const off = await call('PATCH', `webhooks/${hook.id}`, {
      version: hook.version,
      active: false,
    });
    expect(off.statusCode).toBe(200);
    const later = await emitEvent(owner, { tenant: 'acme', type: 'probe.wanted', payload: {} });
    await drain(t);
    expect(receiver.forEvent(later)).toHaveLength(0);
  });

  it('shows the secret only at creation, audits changes without it, and refuses stale versions', async () => {
    const hook = await create({ url: receiver.url, eventTypes: ['*'], active: false });
    const read = (await call('GET', `webhooks/${hook.id}`)).json();
    expect(read).not.toHaveProperty('secret');
    expect(read).toMatchObject({ url: receiver.url, eventTypes: ['*'], active: false, version: 1 });
    const listed = (await call('GET', 'webhooks?limit=200')).json().items;
    expect(listed.find((w: { id: string }) => w.id === hook.id)).not.toHaveProperty('secret');

    const changed = await call('PATCH', `webhooks/${hook.id}`, {
      version: 1,
      eventTypes: ['sla.*'],
    });
    expect(changed.json()).toMatchObject({ eventTypes: ['sla.*'], version: 2 });
    expect(
      (await call('PATCH', `webhooks/${hook.id}`, { version: 1, active: true })).statusCode,
    ).toBe(409);

    const audit = await owner.query(
      `SELECT action, after::text AS after FROM audit_events WHERE entity_id = $1 ORDER BY occurred_at`,
      [hook.id],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['webhook.created', 'webhook.updated']);
    expect(audit.rows.map((r) => r.after).join()).not.toContain(hook.secret);

    expect((await call('DELETE', `webhooks/${hook.id}`)).statusCode).toBe(204);
    expect((await call('GET', `webhooks/${hook.id}`)).statusCode).toBe(404);
  });

  it('refuses URLs that are not http(s) with 400 problem details, changing nothing', async () => {
    const before = (await call('GET', 'webhooks?limit=200')).json().items.length;
    for (const url of [
      'ftp://example.com/hook',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'not a url',
      'https://user:pw@example.com/',
    ]) {
      const response = await call('POST', 'webhooks', { url, eventTypes: ['*'] });
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().errors.map((e: { path: string }) => e.path)).toContain('/url');
    }
    const badPattern = await call('POST', 'webhooks', {
      url: receiver.url,
      eventTypes: ['request*'],
    });
    expect(badPattern.statusCode).toBe(400);
    expect((await call('GET', 'webhooks?limit=200')).json().items).toHaveLength(before);
  });

  it("hides another tenant's webhook (404) and is for administrators only (403)", async () => {
    const hook = await create({ url: receiver.url, eventTypes: ['*'], active: false });
    for (const [method, url] of [
      ['GET', `webhooks/${hook.id}`],
      ['GET', `webhooks/${hook.id}/deliveries`],
      ['DELETE', `webhooks/${hook.id}`],
    ] as const) {
      expect((await call(method, url, undefined, globexAdmin)).statusCode).toBe(404);
    }
    expect(
      (await call('PATCH', `webhooks/${hook.id}`, { version: 1, active: true }, globexAdmin))
        .statusCode,
    ).toBe(404);
    expect((await call('GET', 'webhooks', undefined, agent)).statusCode).toBe(403);
    expect((await call('GET', `webhooks/${hook.id}`)).json().active).toBe(false);
    await call('DELETE', `webhooks/${hook.id}`);
  });
});
