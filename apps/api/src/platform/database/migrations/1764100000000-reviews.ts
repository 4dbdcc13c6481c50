import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSecurity } from './tenant-table.sql';

/**
 * Catalog item reviews: one per fulfilled request, by the person who ordered it or for whom it was
 * ordered. The item's rating_sum and rating_count (catalog migration) are maintained alongside.
 */
export class Reviews1764100000000 implements MigrationInterface {
  name = 'Reviews1764100000000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE "catalog_item_reviews" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_id" uuid NOT NULL, "request_id" uuid NOT NULL, "author_id" uuid NOT NULL, "rating" smallint NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_catalog_item_reviews_rating" CHECK ("rating" BETWEEN 1 AND 5), CONSTRAINT "PK_4c4e885574499248cab47a5be0d" PRIMARY KEY ("tenant_id", "id"))`,
      // Newest first per item: the list's keyset.
      `CREATE INDEX "ix_catalog_item_reviews_item" ON "catalog_item_reviews" ("tenant_id", "item_id", "created_at", "id")`,
      // One review per request; also what INSERT ... ON CONFLICT relies on under concurrency.
      `CREATE UNIQUE INDEX "uq_catalog_item_reviews_request" ON "catalog_item_reviews" ("tenant_id", "request_id")`,
      `ALTER TABLE "catalog_item_reviews" ADD CONSTRAINT "fk_catalog_item_reviews_item" FOREIGN KEY ("tenant_id", "item_id") REFERENCES "catalog_items"("tenant_id", "id") ON DELETE CASCADE`,
      `ALTER TABLE "catalog_item_reviews" ADD CONSTRAINT "fk_catalog_item_reviews_request" FOREIGN KEY ("tenant_id", "request_id") REFERENCES "service_requests"("tenant_id", "id") ON DELETE CASCADE`,
      `ALTER TABLE "catalog_item_reviews" ADD CONSTRAINT "fk_catalog_item_reviews_author" FOREIGN KEY ("tenant_id", "author_id") REFERENCES "users"("tenant_id", "id")`,
      ...tenantTableSecurity('catalog_item_reviews'),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "catalog_item_reviews"`);
  }
}
