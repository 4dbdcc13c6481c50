import type { MigrationInterface, QueryRunner } from 'typeorm';

const PENDING = `((dispatched_at IS NULL) AND (gave_up_at IS NULL))`;

const pendingTenants = (body: string) =>
  `CREATE OR REPLACE FUNCTION notification_pending_tenants(due_before timestamptz, max_tenants integer)
     RETURNS TABLE (tenant_id uuid)
     LANGUAGE sql STABLE SECURITY DEFINER
     SET search_path = public, pg_temp
   AS $$ ${body} $$`;

/**
 * The dispatcher when it has fallen behind (bench/README.md: 13,000 undelivered events of one
 * tenant after a load run with the scheduler off):
 * - its claim, `ORDER BY next_attempt_at, occurred_at, id LIMIT 100`, sorted every pending event
 *   of the tenant, because the pending index stopped at next_attempt_at. It now carries the whole
 *   order, so the claim reads 100 entries.
 * - notification_pending_tenants() read every pending row of the three tables to find the tenants
 *   that have some. It now asks each tenant whether it has one due: at most three index probes
 *   per tenant (each partial "pending" index leads with tenant_id), whatever the backlog. Scalar
 *   sub-selects with LIMIT 1, not EXISTS: the planner may turn an EXISTS into a hash of every
 *   pending row (it did, at 13,000 of them), which is the cost this removes.
 */
export class OutboxBacklog1765200000000 implements MigrationInterface {
  name = 'OutboxBacklog1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_outbox_events_pending"`);
    await q.query(
      `CREATE INDEX "ix_outbox_events_pending" ON "outbox_events" ("tenant_id", "next_attempt_at", "occurred_at", "id") WHERE ${PENDING}`,
    );
    await q.query(
      pendingTenants(`
        SELECT t.id FROM tenants t
         WHERE (SELECT true FROM outbox_events o
                        WHERE o.tenant_id = t.id AND o.dispatched_at IS NULL AND o.gave_up_at IS NULL
                          AND o.next_attempt_at <= due_before LIMIT 1)
            OR (SELECT true FROM email_deliveries e
                        WHERE e.tenant_id = t.id AND e.status = 'pending' AND e.next_attempt_at <= due_before LIMIT 1)
            OR (SELECT true FROM webhook_deliveries w
                        WHERE w.tenant_id = t.id AND w.status = 'pending' AND w.next_attempt_at <= due_before LIMIT 1)
         LIMIT max_tenants`),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      pendingTenants(`
        SELECT DISTINCT p.tenant_id FROM (
          (SELECT o.tenant_id FROM outbox_events o
            WHERE o.dispatched_at IS NULL AND o.gave_up_at IS NULL AND o.next_attempt_at <= due_before)
          UNION ALL
          (SELECT e.tenant_id FROM email_deliveries e
            WHERE e.status = 'pending' AND e.next_attempt_at <= due_before)
          UNION ALL
          (SELECT w.tenant_id FROM webhook_deliveries w
            WHERE w.status = 'pending' AND w.next_attempt_at <= due_before)
        ) p
        LIMIT max_tenants`),
    );
    await q.query(`DROP INDEX "ix_outbox_events_pending"`);
    await q.query(
      `CREATE INDEX "ix_outbox_events_pending" ON "outbox_events" ("tenant_id", "next_attempt_at") WHERE ${PENDING}`,
    );
  }
}
