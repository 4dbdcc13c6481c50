import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSecurity } from './tenant-table.sql';

/**
 * Attachments on service requests: metadata only; the bytes are files in attachment storage.
 * The key to the request has no ON DELETE CASCADE on purpose: deleting a request's rows would
 * leave its files behind, so whatever deletes requests must remove their attachments first.
 */
export class Attachments1764000000000 implements MigrationInterface {
  name = 'Attachments1764000000000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE "request_attachments" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "uploader_id" uuid NOT NULL, "file_name" text NOT NULL, "content_type" text NOT NULL, "size_bytes" bigint NOT NULL, "sha256" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_request_attachments_sha256" CHECK ("sha256" ~ '^[0-9a-f]{64}$'), CONSTRAINT "ck_request_attachments_size" CHECK ("size_bytes" > 0), CONSTRAINT "PK_a928b6e0ae5b8a7c46594d56e87" PRIMARY KEY ("tenant_id", "id"))`,
      `CREATE INDEX "ix_request_attachments_request" ON "request_attachments" ("tenant_id", "request_id", "created_at", "id")`,
      `ALTER TABLE "request_attachments" ADD CONSTRAINT "fk_request_attachments_request" FOREIGN KEY ("tenant_id", "request_id") REFERENCES "service_requests"("tenant_id", "id")`,
      `ALTER TABLE "request_attachments" ADD CONSTRAINT "fk_request_attachments_uploader" FOREIGN KEY ("tenant_id", "uploader_id") REFERENCES "users"("tenant_id", "id")`,
      ...tenantTableSecurity('request_attachments'),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "request_attachments"`);
  }
}
