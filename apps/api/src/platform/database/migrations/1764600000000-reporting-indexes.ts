import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes the reporting practice's window aggregates scan: requests by submission and by
 * fulfilment time, and SLA timers by start and by breach time, each led by tenant_id so one tenant's window
 * is one range of the index.
 */
export class ReportingIndexes1764600000000 implements MigrationInterface {
  name = 'ReportingIndexes1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "ix_service_requests_submitted" ON "service_requests" ("tenant_id", "submitted_at")`,
    );
    await q.query(
      `CREATE INDEX "ix_service_requests_fulfilled" ON "service_requests" ("tenant_id", "fulfilled_at")`,
    );
    await q.query(
      `CREATE INDEX "ix_sla_timers_started" ON "sla_timers" ("tenant_id", "started_at")`,
    );
    await q.query(
      `CREATE INDEX "ix_sla_timers_breached" ON "sla_timers" ("tenant_id", "breached_at")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_sla_timers_breached"`);
    await q.query(`DROP INDEX "ix_sla_timers_started"`);
    await q.query(`DROP INDEX "ix_service_requests_fulfilled"`);
    await q.query(`DROP INDEX "ix_service_requests_submitted"`);
  }
}
