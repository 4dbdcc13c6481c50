import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Auto-assignment counts each team member's open tasks (blocked, open, in progress) when a request
 * is approved. ix_tasks_assignee leads with the assignee but holds every task they ever had: at a
 * million requests an agent has ~1,600 finished tasks for every ~40 open ones, and the planner
 * filtered them row by row (55-65 ms per approval for a team of 157, bench/README.md). This
 * partial index holds only open work, so each count reads just the member's open tasks.
 */
export class OpenTaskLoads1765100000000 implements MigrationInterface {
  name = 'OpenTaskLoads1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "ix_tasks_open_assignee" ON "tasks" ("tenant_id", "assignee_id")
        WHERE status IN ('blocked', 'open', 'in_progress')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_tasks_open_assignee"`);
  }
}
