import type { AddressInfo } from 'node:net';
import type { Client } from 'pg';
import type { TestApp } from '../../testing/test-app';
import { createTestApp } from '../../testing/test-app';
import { NotificationHub } from './notification-hub';
import { drain, emitEvent, ownerClient, userId } from './testing/notification-test-kit';

/** Reads server-sent events from a fetch response body until `done` says enough. */
async function readUntil(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  done: (text: string) => boolean,
  timeoutMs = 10_000,
): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  const deadline = Date.now() + timeoutMs;
  while (!done(text)) {
    if (Date.now() > deadline) throw new Error(`no matching event in time; got: ${text}`);
    let timer: NodeJS.Timeout | undefined;
    const chunk = await Promise.race([
      reader.read(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`stream stalled; got: ${text}`)),
          deadline - Date.now(),
        );
      }),
    ]).finally(() => clearTimeout(timer));
    if (chunk.done) throw new Error(`stream ended; got: ${text}`);
    text += decoder.decode(chunk.value, { stream: true });
  }
  return text;
}

describe('notification stream (server-sent events)', () => {
  let t: TestApp;
  /** A second API process: its dispatcher writes, the first process's stream hears it. */
  let peer: TestApp;
  let owner: Client;
  let base: string;
  let agent: string;
  let agentId: string;

  beforeAll(async () => {
    t = await createTestApp();
    peer = await createTestApp();
    // Fastify's inject cannot stream, so the app listens on a loopback port for these tests.
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    base = `http://127.0.0.1:${port}/api/v1`;
    owner = await ownerClient();
    agent = (await t.login('agent@acme.test')).accessToken;
    agentId = await userId(owner, 'agent@acme.test');
  });

  afterAll(async () => {
    await owner.end();
    // Clients' idle keep-alive connections would otherwise hold the server open for seconds.
    t.app.getHttpServer().closeAllConnections();
    await t.close();
    await peer.close();
  });

  const hub = () => t.app.get(NotificationHub);
  const waitFor = async (check: () => boolean) => {
    for (let i = 0; i < 100 && !check(); i += 1) await new Promise((r) => setTimeout(r, 20));
    return check();
  };

  it('pushes a notification written by another process to the connected user, and only to them', async () => {
    await drain(t);
    const approver = (await t.login('approver@acme.test')).accessToken;
    const agentStream = new AbortController();
    const approverStream = new AbortController();
    const open = (token: string, signal: AbortSignal) =>
      fetch(`${base}/notifications/stream`, {
        headers: { authorization: `Bearer ${token}` },
        signal,
      });

    const response = await open(agent, agentStream.signal);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.getReader();
    await readUntil(reader, (text) => text.includes(': connected'));
    const other = await open(approver, approverStream.signal);
    const otherReader = other.body!.getReader();
    await readUntil(otherReader, (text) => text.includes(': connected'));

    const eventId = await emitEvent(owner, {
      tenant: 'acme',
      type: 'task.assigned',
      aggregateType: 'task',
      payload: { number: 'TASK-000900', requestNumber: 'REQ-000900', assigneeId: agentId },
    });
    // Dispatched by the other process: PostgreSQL NOTIFY carries it to this one's stream.
    await drain(peer);

    const text = await readUntil(reader, (s) => s.includes('event: notification'));
    const block = text.split('\n\n').find((b) => b.includes('event: notification'))!;
    const data = JSON.parse(
      block
        .split('\n')
        .find((l) => l.startsWith('data: '))!
        .slice(6),
    );
    const { rows } = await owner.query(`SELECT id FROM notifications WHERE event_id = $1`, [
      eventId,
    ]);
    expect(data).toMatchObject({
      id: rows[0].id,
      eventType: 'task.assigned',
      title: 'TASK-000900 was assigned to you',
      readAt: null,
    });
    expect(block).toContain(`id: ${rows[0].id}`);

    // The approver's stream heard nothing of the agent's notification.
    const quiet = await Promise.race([
      otherReader.read().then(() => 'data'),
      new Promise((r) => setTimeout(() => r('quiet'), 300)),
    ]);
    expect(quiet).toBe('quiet');

    agentStream.abort();
    approverStream.abort();
    // Closed streams are forgotten: nothing keeps writing to a gone client.
    expect(await waitFor(() => hub().streamCount === 0)).toBe(true);
  });

  it('refuses a stream without credentials (401)', async () => {
    const response = await fetch(`${base}/notifications/stream`);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });
});
