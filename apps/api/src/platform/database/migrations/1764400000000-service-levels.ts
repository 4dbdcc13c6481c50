import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSecurity } from './tenant-table.sql';

/**
 * Service levels: business-hours calendars, SLA policies (targets per priority), and the timers
 * that run on requests and tasks. The SLA job finds work through `ix_sla_timers_check`: it reads
 * only timers whose next check (a warning threshold or the due instant) has come, so its cost
 * grows with the timers due, not with the timers open.
 */
export class ServiceLevels1764400000000 implements MigrationInterface {
  name = 'ServiceLevels1764400000000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE "sla_calendars" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "time_zone" text NOT NULL, "working_hours" jsonb NOT NULL, "holidays" jsonb NOT NULL DEFAULT '[]', "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_sla_calendars" PRIMARY KEY ("tenant_id", "id"))`,
      `CREATE UNIQUE INDEX "uq_sla_calendars_name" ON "sla_calendars" ("tenant_id", "name")`,
      ...tenantTableSecurity('sla_calendars'),

      `CREATE TABLE "sla_policies" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "calendar_id" uuid NOT NULL, "targets" jsonb NOT NULL, "warning_thresholds" smallint array NOT NULL DEFAULT '{50,75}', "pause_states" text array NOT NULL DEFAULT '{on_hold}', "is_default" boolean NOT NULL DEFAULT false, "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_sla_policies" PRIMARY KEY ("tenant_id", "id"))`,
      `CREATE UNIQUE INDEX "uq_sla_policies_name" ON "sla_policies" ("tenant_id", "name")`,
      `CREATE INDEX "ix_sla_policies_calendar" ON "sla_policies" ("tenant_id", "calendar_id")`,
      `ALTER TABLE "sla_policies" ADD CONSTRAINT "fk_sla_policies_calendar" FOREIGN KEY ("tenant_id", "calendar_id") REFERENCES "sla_calendars"("tenant_id", "id")`,
      ...tenantTableSecurity('sla_policies'),

      // The catalog created the column; its foreign key waits for the table it points at.
      `ALTER TABLE "catalog_items" ADD CONSTRAINT "fk_catalog_items_sla_policy" FOREIGN KEY ("tenant_id", "sla_policy_id") REFERENCES "sla_policies"("tenant_id", "id")`,
      `CREATE INDEX "ix_catalog_items_sla_policy" ON "catalog_items" ("tenant_id", "sla_policy_id")`,
      `ALTER TABLE "service_requests" ADD "sla_policy_id" uuid`,
      `ALTER TABLE "service_requests" ADD CONSTRAINT "fk_service_requests_sla_policy" FOREIGN KEY ("tenant_id", "sla_policy_id") REFERENCES "sla_policies"("tenant_id", "id")`,

      `CREATE TABLE "sla_timers" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "request_id" uuid NOT NULL, "task_id" uuid, "policy_id" uuid NOT NULL, "calendar_id" uuid NOT NULL, "kind" text NOT NULL, "priority" text NOT NULL, "target_minutes" integer NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "state" text NOT NULL, "paused_at" TIMESTAMP WITH TIME ZONE, "paused_minutes" integer NOT NULL DEFAULT '0', "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "next_check_at" TIMESTAMP WITH TIME ZONE, "warning_percents" smallint array NOT NULL DEFAULT '{}', "warning_at" TIMESTAMP WITH TIME ZONE array NOT NULL DEFAULT '{}', "last_warning_percent" smallint, "breached_at" TIMESTAMP WITH TIME ZONE, "stopped_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_sla_timers_kind" CHECK ("kind" IN ('response', 'resolution', 'task')), CONSTRAINT "ck_sla_timers_state" CHECK ("state" IN ('running', 'paused', 'stopped', 'cancelled')), CONSTRAINT "PK_sla_timers" PRIMARY KEY ("tenant_id", "id"))`,
      `CREATE INDEX "ix_sla_timers_request" ON "sla_timers" ("tenant_id", "request_id")`,
      `CREATE INDEX "ix_sla_timers_task" ON "sla_timers" ("tenant_id", "task_id")`,
      // The SLA job's only way in: NULL for timers that need no check (paused, finished, breached).
      `CREATE INDEX "ix_sla_timers_check" ON "sla_timers" ("tenant_id", "next_check_at")`,
      // A calendar edit re-schedules the open timers that use it.
      `CREATE INDEX "ix_sla_timers_calendar" ON "sla_timers" ("tenant_id", "calendar_id", "state")`,
      `CREATE INDEX "ix_sla_timers_policy" ON "sla_timers" ("tenant_id", "policy_id", "priority")`,
      `ALTER TABLE "sla_timers" ADD CONSTRAINT "fk_sla_timers_request" FOREIGN KEY ("tenant_id", "request_id") REFERENCES "service_requests"("tenant_id", "id") ON DELETE CASCADE`,
      `ALTER TABLE "sla_timers" ADD CONSTRAINT "fk_sla_timers_task" FOREIGN KEY ("tenant_id", "task_id") REFERENCES "tasks"("tenant_id", "id") ON DELETE CASCADE`,
      `ALTER TABLE "sla_timers" ADD CONSTRAINT "fk_sla_timers_policy" FOREIGN KEY ("tenant_id", "policy_id") REFERENCES "sla_policies"("tenant_id", "id")`,
      `ALTER TABLE "sla_timers" ADD CONSTRAINT "fk_sla_timers_calendar" FOREIGN KEY ("tenant_id", "calendar_id") REFERENCES "sla_calendars"("tenant_id", "id")`,
      ...tenantTableSecurity('sla_timers'),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "sla_timers"`);
    await q.query(`ALTER TABLE "service_requests" DROP COLUMN "sla_policy_id"`);
    await q.query(`DROP INDEX "ix_catalog_items_sla_policy"`);
    await q.query(`ALTER TABLE "catalog_items" DROP CONSTRAINT "fk_catalog_items_sla_policy"`);
    await q.query(`DROP TABLE "sla_policies"`);
    await q.query(`DROP TABLE "sla_calendars"`);
  }
}
