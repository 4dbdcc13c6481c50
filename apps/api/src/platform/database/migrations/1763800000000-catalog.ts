import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSecurity } from './tenant-table.sql';

/**
 * The service catalog (categories, items) and cost centres. Items reference their SLA and
 * approval policies by id only: those tables arrive with their practices, which add the keys.
 */
export class Catalog1763800000000 implements MigrationInterface {
  name = 'Catalog1763800000000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      // btree_gin lets one GIN index lead with tenant_id (a btree type) before the tsvector, so
      // full-text search stays on the tenant's slice like every other index. Trusted since PG 13.
      `CREATE EXTENSION IF NOT EXISTS btree_gin`,

      `CREATE TABLE "catalog_categories" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "key" text NOT NULL, "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "icon" text NOT NULL DEFAULT '', "sort_order" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_b053866d8be8b0c2c1879879b8c" PRIMARY KEY ("tenant_id", "id"))`,
      `CREATE UNIQUE INDEX "uq_catalog_categories_key" ON "catalog_categories" ("tenant_id", "key")`,
      `ALTER TABLE "catalog_categories" ADD CONSTRAINT "fk_catalog_categories_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id")`,
      ...tenantTableSecurity('catalog_categories'),

      `CREATE TABLE "cost_centers" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "code" text NOT NULL, "name" text NOT NULL, "owner_id" uuid NOT NULL, "budget_amount" numeric(14,2) NOT NULL, "currency" character(3) NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "committed_amount" numeric(14,2) NOT NULL DEFAULT '0', "spent_amount" numeric(14,2) NOT NULL DEFAULT '0', "version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_cost_centers_amounts" CHECK ("budget_amount" >= 0 AND "committed_amount" >= 0 AND "spent_amount" >= 0), CONSTRAINT "ck_cost_centers_period" CHECK ("period_end" >= "period_start"), CONSTRAINT "ck_cost_centers_currency" CHECK ("currency" ~ '^[A-Z]{3}$'), CONSTRAINT "PK_dfc2bc797c3c8ebca5a19445a34" PRIMARY KEY ("tenant_id", "id"))`,
      `CREATE INDEX "ix_cost_centers_owner" ON "cost_centers" ("tenant_id", "owner_id")`,
      `CREATE UNIQUE INDEX "uq_cost_centers_code" ON "cost_centers" ("tenant_id", "code")`,
      `ALTER TABLE "cost_centers" ADD CONSTRAINT "fk_cost_centers_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id")`,
      `ALTER TABLE "cost_centers" ADD CONSTRAINT "fk_cost_centers_owner" FOREIGN KEY ("tenant_id", "owner_id") REFERENCES "users"("tenant_id", "id")`,
      ...tenantTableSecurity('cost_centers'),

      `CREATE TABLE "catalog_items" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "icon" text NOT NULL DEFAULT '', "category_id" uuid NOT NULL, "cost_amount" numeric(14,2) NOT NULL DEFAULT '0', "cost_currency" character(3) NOT NULL DEFAULT 'USD', "cost_center_id" uuid, "delivery_days" integer NOT NULL DEFAULT '1', "sla_policy_id" uuid, "prerequisites" text array NOT NULL DEFAULT '{}', "documentation_links" jsonb NOT NULL DEFAULT '[]', "support_team_id" uuid, "status" text NOT NULL DEFAULT 'draft', "form_schema" jsonb, "ui_schema" jsonb NOT NULL DEFAULT '{}', "approval_policy_id" uuid, "task_templates" jsonb NOT NULL DEFAULT '[]', "rating_sum" integer NOT NULL DEFAULT '0', "rating_count" integer NOT NULL DEFAULT '0', "version" integer NOT NULL DEFAULT '1', "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_catalog_items_currency" CHECK ("cost_currency" ~ '^[A-Z]{3}$'), CONSTRAINT "ck_catalog_items_delivery_days" CHECK ("delivery_days" BETWEEN 0 AND 365), CONSTRAINT "ck_catalog_items_cost" CHECK ("cost_amount" >= 0), CONSTRAINT "ck_catalog_items_status" CHECK ("status" IN ('draft', 'published', 'retired')), CONSTRAINT "PK_fc4cde2f63d17e23c9f28a5c308" PRIMARY KEY ("tenant_id", "id"))`,
      `CREATE INDEX "ix_catalog_items_support_team" ON "catalog_items" ("tenant_id", "support_team_id")`,
      `CREATE INDEX "ix_catalog_items_cost_center" ON "catalog_items" ("tenant_id", "cost_center_id")`,
      `CREATE INDEX "ix_catalog_items_category" ON "catalog_items" ("tenant_id", "category_id", "status")`,
      `CREATE UNIQUE INDEX "uq_catalog_items_name" ON "catalog_items" ("tenant_id", "name")`,
      // Full text over an expression rather than a generated tsvector column: TypeORM cannot even
      // read a table with a generated column without its typeorm_metadata side table. Queries
      // must repeat this expression (catalog-item.sql.ts) exactly for the planner to use this index.
      `CREATE INDEX "ftx_catalog_items_search" ON "catalog_items" USING gin ("tenant_id", (to_tsvector('english', "name" || ' ' || "description")))`,
      `ALTER TABLE "catalog_items" ADD CONSTRAINT "fk_catalog_items_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id")`,
      `ALTER TABLE "catalog_items" ADD CONSTRAINT "fk_catalog_items_category" FOREIGN KEY ("tenant_id", "category_id") REFERENCES "catalog_categories"("tenant_id", "id")`,
      `ALTER TABLE "catalog_items" ADD CONSTRAINT "fk_catalog_items_cost_center" FOREIGN KEY ("tenant_id", "cost_center_id") REFERENCES "cost_centers"("tenant_id", "id")`,
      `ALTER TABLE "catalog_items" ADD CONSTRAINT "fk_catalog_items_support_team" FOREIGN KEY ("tenant_id", "support_team_id") REFERENCES "teams"("tenant_id", "id")`,
      ...tenantTableSecurity('catalog_items'),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['catalog_items', 'cost_centers', 'catalog_categories']) {
      await q.query(`DROP TABLE "${table}"`);
    }
  }
}
