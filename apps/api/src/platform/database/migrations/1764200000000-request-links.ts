import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The requests' links to the catalog and cost centres, now that both migrations exist. */
export class RequestLinks1764200000000 implements MigrationInterface {
  name = 'RequestLinks1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "service_requests" ADD CONSTRAINT "fk_service_requests_item" FOREIGN KEY ("tenant_id", "item_id") REFERENCES "catalog_items"("tenant_id", "id")`,
    );
    await q.query(
      `ALTER TABLE "service_requests" ADD CONSTRAINT "fk_service_requests_cost_center" FOREIGN KEY ("tenant_id", "cost_center_id") REFERENCES "cost_centers"("tenant_id", "id")`,
    );
    await q.query(
      `CREATE INDEX "ix_service_requests_item" ON "service_requests" ("tenant_id", "item_id", "created_at", "id")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_service_requests_item"`);
    await q.query(
      `ALTER TABLE "service_requests" DROP CONSTRAINT "fk_service_requests_cost_center"`,
    );
    await q.query(`ALTER TABLE "service_requests" DROP CONSTRAINT "fk_service_requests_item"`);
  }
}
