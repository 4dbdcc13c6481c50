import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { TestApp } from '../../../testing/test-app';
import { OutboxDispatcher } from '../delivery/outbox-dispatcher';
import type { DispatchReport } from '../delivery/outbox-dispatcher';

/**
 * The owner's connection to the test database (a superuser, so row-level security does not hide
 * other tenants): for writing outbox events as an emitter would and reading what was delivered.
 */
export async function ownerClient(): Promise<Client> {
  const url = process.env.TRELLIS_TEST_DB_URL;
  if (!url) throw new Error('TRELLIS_TEST_DB_URL is not set: run through the api jest config');
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

export interface TestEvent {
  tenant: string;
  type: string;
  payload: Record<string, unknown>;
  actorId?: string | null;
  aggregateType?: string;
  aggregateId?: string;
}

/** Writes an outbox event (as OutboxService would, in some practice's transaction). */
export async function emitEvent(owner: Client, event: TestEvent): Promise<string> {
  const id = randomUUID();
  await owner.query(
    `INSERT INTO outbox_events (tenant_id, id, event_type, aggregate_type, aggregate_id, payload, actor_id)
     SELECT t.id, $2, $3, $4, $5, $6, $7 FROM tenants t WHERE t.slug = $1`,
    [
      event.tenant,
      id,
      event.type,
      event.aggregateType ?? 'request',
      event.aggregateId ?? randomUUID(),
      JSON.stringify(event.payload),
      event.actorId ?? null,
    ],
  );
  return id;
}

export async function userId(owner: Client, email: string): Promise<string> {
  const { rows } = await owner.query<{ id: string }>(`SELECT id FROM users WHERE email = $1`, [
    email,
  ]);
  if (!rows[0]) throw new Error(`no user ${email}`);
  return rows[0].id;
}

export function dispatcherOf(t: TestApp): OutboxDispatcher {
  return t.app.get(OutboxDispatcher);
}

/**
 * Runs the dispatcher until nothing due is left: the shared test database may hold a backlog of
 * other tests' events ahead of this test's own. Bounded, so a dispatcher that never finishes fails.
 */
export async function drain(t: TestApp, now = new Date()): Promise<DispatchReport[]> {
  const reports: DispatchReport[] = [];
  for (let i = 0; i < 50; i += 1) {
    const report = await dispatcherOf(t).runOnce(now);
    reports.push(report);
    if (report.events + report.failedEvents + report.emailsSent + report.webhooksDelivered === 0)
      return reports;
  }
  throw new Error('the outbox did not drain in 50 passes');
}
