import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dashboard's window aggregates as index-only scans (bench/README.md, "Dashboard"). At a
 * million requests each aggregate fetched every request or timer of the window from the heap
 * (tens of thousands of wide rows for a big tenant's 30 days); the indexes below carry the
 * columns the aggregates read, so one range of one index answers each:
 * - SLA compliance counts timers by their own started_at, state and breach;
 * - the submitted cohort counts statuses and items; its approval time reads a partial index that holds only
 *   approved requests that had approval levels (`jsonb_array_length(approval_plan)` lives in the
 *   heap, and an index predicate is the one place a query may use it without reading it);
 * - the fulfilled cohort averages fulfilment time and rating.
 * ix_sla_timers_started, ix_service_requests_submitted and ix_service_requests_fulfilled keep
 * their names and gain columns: every query that used the narrow (tenant_id, <instant>) forms of
 * migration 1764600000000 uses these the same way.
 */
export class DashboardIndexes1765000000000 implements MigrationInterface {
  name = 'DashboardIndexes1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_sla_timers_started"`);
    await q.query(
      `CREATE INDEX "ix_sla_timers_started" ON "sla_timers" ("tenant_id", "started_at", "state", "breached_at")`,
    );
    await q.query(`DROP INDEX "ix_service_requests_submitted"`);
    await q.query(
      `CREATE INDEX "ix_service_requests_submitted" ON "service_requests" ("tenant_id", "submitted_at", "status", "item_id")`,
    );
    await q.query(`DROP INDEX "ix_service_requests_fulfilled"`);
    await q.query(
      `CREATE INDEX "ix_service_requests_fulfilled" ON "service_requests" ("tenant_id", "fulfilled_at", "submitted_at", "rating")`,
    );
    await q.query(
      `CREATE INDEX "ix_service_requests_approval_time" ON "service_requests" ("tenant_id", "submitted_at", "approved_at")
        WHERE approved_at IS NOT NULL AND jsonb_array_length(approval_plan) > 0`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_service_requests_approval_time"`);
    await q.query(`DROP INDEX "ix_service_requests_fulfilled"`);
    await q.query(
      `CREATE INDEX "ix_service_requests_fulfilled" ON "service_requests" ("tenant_id", "fulfilled_at")`,
    );
    await q.query(`DROP INDEX "ix_service_requests_submitted"`);
    await q.query(
      `CREATE INDEX "ix_service_requests_submitted" ON "service_requests" ("tenant_id", "submitted_at")`,
    );
    await q.query(`DROP INDEX "ix_sla_timers_started"`);
    await q.query(
      `CREATE INDEX "ix_sla_timers_started" ON "sla_timers" ("tenant_id", "started_at")`,
    );
  }
}
