import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A request's owner: the agent accountable for it from approval to fulfilment. */
export class RequestAssignee1764300000000 implements MigrationInterface {
  name = 'RequestAssignee1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "service_requests" ADD "assignee_id" uuid`);
    await q.query(
      `ALTER TABLE "service_requests" ADD CONSTRAINT "fk_service_requests_assignee" FOREIGN KEY ("tenant_id", "assignee_id") REFERENCES "users"("tenant_id", "id")`,
    );
    await q.query(
      `CREATE INDEX "ix_service_requests_assignee" ON "service_requests" ("tenant_id", "assignee_id", "status", "created_at", "id")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_service_requests_assignee"`);
    await q.query(`ALTER TABLE "service_requests" DROP CONSTRAINT "fk_service_requests_assignee"`);
    await q.query(`ALTER TABLE "service_requests" DROP COLUMN "assignee_id"`);
  }
}
