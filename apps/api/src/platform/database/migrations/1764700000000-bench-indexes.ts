import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes the benchmarks at a million requests asked for (bench/plans.mjs fails without them).
 * The task board's unfiltered and status-only views order a tenant's tasks by (created_at, id):
 * without a matching index each page read and sorted every task of the tenant.
 */
export class BenchIndexes1764700000000 implements MigrationInterface {
  name = 'BenchIndexes1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "ix_tasks_created" ON "tasks" ("tenant_id", "created_at", "id")`);
    await q.query(
      `CREATE INDEX "ix_tasks_status" ON "tasks" ("tenant_id", "status", "created_at", "id")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_tasks_status"`);
    await q.query(`DROP INDEX "ix_tasks_created"`);
  }
}
