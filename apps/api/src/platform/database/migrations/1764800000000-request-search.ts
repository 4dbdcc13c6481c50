import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search over requests (`GET requests?q=`): the item name and the justification, on a
 * GIN index that leads with tenant_id (btree_gin, created by the catalog migration). The
 * expression must stay the one `requestDocument` in request-queries.ts builds.
 */
export class RequestSearch1764800000000 implements MigrationInterface {
  name = 'RequestSearch1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "ftx_service_requests_search" ON "service_requests" USING gin ("tenant_id", (to_tsvector('english', "item_name" || ' ' || "justification")))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ftx_service_requests_search"`);
  }
}
