import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSecurity } from './tenant-table.sql';

/**
 * Service requests, approvals and fulfilment, plus the platform tables they write through: the
 * transactional outbox, idempotency keys and per-tenant counters. Foreign keys to the catalog
 * and cost centres come in a later migration, once those tables exist.
 */
export class Requests1763900000000 implements MigrationInterface {
  name = 'Requests1763900000000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      // outbox_events
      `CREATE TABLE "outbox_events" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "event_type" text NOT NULL, "aggregate_type" text NOT NULL, "aggregate_id" uuid NOT NULL, "payload" jsonb NOT NULL, "dispatched_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_69bb8672be1f601ade943af0d2c" PRIMARY KEY ("tenant_id", "id"))`,
      `CREATE INDEX "ix_outbox_events_time" ON "outbox_events" ("tenant_id", "occurred_at", "id")`,
      `ALTER TABLE "outbox_events" ADD CONSTRAINT "fk_outbox_events_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id")`,
      ...tenantTableSecurity('outbox_events'),
      // idempotency_keys
      `CREATE TABLE "idempotency_keys" ("tenant_id" uuid NOT NULL, "key" text NOT NULL, "request_fingerprint" text NOT NULL, "status_code" integer, "response_body" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b5c6db50392003e35d51ef7aba7" PRIMARY KEY ("tenant_id", "key"))`,
      `CREATE INDEX "ix_idempotency_keys_expiry" ON "idempotency_keys" ("tenant_id", "expires_at")`,
      `ALTER TABLE "idempotency_keys" ADD CONSTRAINT "fk_idempotency_keys_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id")`,
      ...tenantTableSecurity('idempotency_keys'),
      // tenant_counters
      `CREATE TABLE "tenant_counters" ("tenant_id" uuid NOT NULL, "name" text NOT NULL, "value" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_c07f5ae699d22779949e9021edb" PRIMARY KEY ("tenant_id", "name"))`,
      `ALTER TABLE "tenant_counters" ADD CONSTRAINT "fk_tenant_counters_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id")`,
      ...tenantTableSecurity('tenant_counters'),
      // service_requests
      `CREATE TABLE "service_requests" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "number" bigint NOT NULL, "item_id" uuid NOT NULL, "item_name" text NOT NULL, "requester_id" uuid NOT NULL, "requested_for_id" uuid NOT NULL, "status" text NOT NULL, "priority" text NOT NULL, "justification" text NOT NULL DEFAULT '', "form_data" jsonb NOT NULL DEFAULT '{}', "cost_center_id" uuid, "cost_amount" numeric(14,2) NOT NULL DEFAULT '0', "cost_currency" character(3) NOT NULL DEFAULT 'USD', "due_date" date, "approval_plan" jsonb, "current_approval_level" integer, "task_plan" jsonb, "support_team_id" uuid, "submitted_at" TIMESTAMP WITH TIME ZONE, "approved_at" TIMESTAMP WITH TIME ZONE, "fulfilled_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "rating" smallint, "feedback" text, "cancel_reason" text, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_service_requests_rating" CHECK ("rating" IS NULL OR "rating" BETWEEN 1 AND 5), CONSTRAINT "PK_ec22f276823a164e21d1d520039" PRIMARY KEY ("tenant_id", "id"))`,
      `CREATE INDEX "ix_service_requests_created" ON "service_requests" ("tenant_id", "created_at", "id")`,
      `CREATE INDEX "ix_service_requests_status" ON "service_requests" ("tenant_id", "status", "created_at", "id")`,
      `CREATE INDEX "ix_service_requests_requested_for" ON "service_requests" ("tenant_id", "requested_for_id", "created_at", "id")`,
      `CREATE INDEX "ix_service_requests_requester" ON "service_requests" ("tenant_id", "requester_id", "created_at", "id")`,
      `CREATE UNIQUE INDEX "uq_service_requests_number" ON "service_requests" ("tenant_id", "number")`,
      `ALTER TABLE "service_requests" ADD CONSTRAINT "fk_service_requests_requester" FOREIGN KEY ("tenant_id", "requester_id") REFERENCES "users"("tenant_id", "id")`,
      `ALTER TABLE "service_requests" ADD CONSTRAINT "fk_service_requests_requested_for" FOREIGN KEY ("tenant_id", "requested_for_id") REFERENCES "users"("tenant_id", "id")`,
      ...tenantTableSecurity('service_requests'),
      // request_comments
      `CREATE TABLE "request_comments" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "author_id" uuid NOT NULL, "visibility" text NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_request_comments_visibility" CHECK ("visibility" IN ('public', 'internal')), CONSTRAINT "PK_87d54a9ae3972aa90b5e3710ede" PRIMARY KEY ("tenant_id", "id"))`,
      `CREATE INDEX "ix_request_comments_request" ON "request_comments" ("tenant_id", "request_id", "created_at")`,
      `ALTER TABLE "request_comments" ADD CONSTRAINT "fk_request_comments_request" FOREIGN KEY ("tenant_id", "request_id") REFERENCES "service_requests"("tenant_id", "id") ON DELETE CASCADE`,
      `ALTER TABLE "request_comments" ADD CONSTRAINT "fk_request_comments_author" FOREIGN KEY ("tenant_id", "author_id") REFERENCES "users"("tenant_id", "id")`,
      ...tenantTableSecurity('request_comments'),
      // request_activities
      `CREATE TABLE "request_activities" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "kind" text NOT NULL, "summary" text NOT NULL, "public" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_5042eaa116ea68b3004df13512e" PRIMARY KEY ("tenant_id", "id"))`,
      `CREATE INDEX "ix_request_activities_request" ON "request_activities" ("tenant_id", "request_id", "occurred_at")`,
      `ALTER TABLE "request_activities" ADD CONSTRAINT "fk_request_activities_request" FOREIGN KEY ("tenant_id", "request_id") REFERENCES "service_requests"("tenant_id", "id") ON DELETE CASCADE`,
      ...tenantTableSecurity('request_activities'),
      // approval_policies
      `CREATE TABLE "approval_policies" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "levels" jsonb NOT NULL, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_5d95f3cc7553ed244cb128bd2a5" PRIMARY KEY ("tenant_id", "id"))`,
      `CREATE UNIQUE INDEX "uq_approval_policies_name" ON "approval_policies" ("tenant_id", "name")`,
      `ALTER TABLE "approval_policies" ADD CONSTRAINT "fk_approval_policies_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id")`,
      ...tenantTableSecurity('approval_policies'),
      // approvals
      `CREATE TABLE "approvals" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "request_id" uuid NOT NULL, "level_index" integer NOT NULL, "approver_id" uuid NOT NULL, "delegated_from_id" uuid, "status" text NOT NULL DEFAULT 'pending', "decided_by_id" uuid, "comment" text, "decided_at" TIMESTAMP WITH TIME ZONE, "next_reminder_at" TIMESTAMP WITH TIME ZONE, "timeout_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_approvals_status" CHECK ("status" IN ('pending', 'approved', 'rejected', 'not_required')), CONSTRAINT "PK_8c9cf2ba8feb23f84850b41b1a7" PRIMARY KEY ("tenant_id", "id"))`,
      `CREATE INDEX "ix_approvals_timeout" ON "approvals" ("tenant_id", "status", "timeout_at")`,
      `CREATE INDEX "ix_approvals_queue" ON "approvals" ("tenant_id", "approver_id", "status", "created_at", "id")`,
      `CREATE INDEX "ix_approvals_request" ON "approvals" ("tenant_id", "request_id", "level_index")`,
      `ALTER TABLE "approvals" ADD CONSTRAINT "fk_approvals_request" FOREIGN KEY ("tenant_id", "request_id") REFERENCES "service_requests"("tenant_id", "id") ON DELETE CASCADE`,
      `ALTER TABLE "approvals" ADD CONSTRAINT "fk_approvals_approver" FOREIGN KEY ("tenant_id", "approver_id") REFERENCES "users"("tenant_id", "id")`,
      `ALTER TABLE "approvals" ADD CONSTRAINT "fk_approvals_delegated_from" FOREIGN KEY ("tenant_id", "delegated_from_id") REFERENCES "users"("tenant_id", "id")`,
      `ALTER TABLE "approvals" ADD CONSTRAINT "fk_approvals_decided_by" FOREIGN KEY ("tenant_id", "decided_by_id") REFERENCES "users"("tenant_id", "id")`,
      ...tenantTableSecurity('approvals'),
      // approval_delegations
      `CREATE TABLE "approval_delegations" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "delegator_id" uuid NOT NULL, "delegate_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_approval_delegations_self" CHECK ("delegate_id" <> "delegator_id"), CONSTRAINT "ck_approval_delegations_window" CHECK ("ends_at" > "starts_at"), CONSTRAINT "PK_b31c8a00177cfb6c18427d3321d" PRIMARY KEY ("tenant_id", "id"))`,
      `CREATE INDEX "ix_approval_delegations_delegator" ON "approval_delegations" ("tenant_id", "delegator_id", "starts_at")`,
      `ALTER TABLE "approval_delegations" ADD CONSTRAINT "fk_approval_delegations_delegator" FOREIGN KEY ("tenant_id", "delegator_id") REFERENCES "users"("tenant_id", "id")`,
      `ALTER TABLE "approval_delegations" ADD CONSTRAINT "fk_approval_delegations_delegate" FOREIGN KEY ("tenant_id", "delegate_id") REFERENCES "users"("tenant_id", "id")`,
      ...tenantTableSecurity('approval_delegations'),
      // tasks
      `CREATE TABLE "tasks" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "number" bigint NOT NULL, "request_id" uuid NOT NULL, "template_key" text NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "team_id" uuid, "assignee_id" uuid, "status" text NOT NULL, "depends_on" text array NOT NULL DEFAULT '{}', "estimate_minutes" integer, "skip_reason" text, "started_at" TIMESTAMP WITH TIME ZONE, "completed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_tasks_status" CHECK ("status" IN ('blocked', 'open', 'in_progress', 'done', 'skipped')), CONSTRAINT "PK_dfb75fc41a01bbbfe7a8ea10a5f" PRIMARY KEY ("tenant_id", "id"))`,
      `CREATE INDEX "ix_tasks_team" ON "tasks" ("tenant_id", "team_id", "status", "created_at", "id")`,
      `CREATE INDEX "ix_tasks_assignee" ON "tasks" ("tenant_id", "assignee_id", "status", "created_at", "id")`,
      `CREATE INDEX "ix_tasks_request" ON "tasks" ("tenant_id", "request_id")`,
      `CREATE UNIQUE INDEX "uq_tasks_number" ON "tasks" ("tenant_id", "number")`,
      `ALTER TABLE "tasks" ADD CONSTRAINT "fk_tasks_request" FOREIGN KEY ("tenant_id", "request_id") REFERENCES "service_requests"("tenant_id", "id") ON DELETE CASCADE`,
      `ALTER TABLE "tasks" ADD CONSTRAINT "fk_tasks_team" FOREIGN KEY ("tenant_id", "team_id") REFERENCES "teams"("tenant_id", "id")`,
      `ALTER TABLE "tasks" ADD CONSTRAINT "fk_tasks_assignee" FOREIGN KEY ("tenant_id", "assignee_id") REFERENCES "users"("tenant_id", "id")`,
      ...tenantTableSecurity('tasks'),
      // task_checklist_items
      `CREATE TABLE "task_checklist_items" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "task_id" uuid NOT NULL, "position" integer NOT NULL, "label" text NOT NULL, "done" boolean NOT NULL DEFAULT false, "done_by_id" uuid, "done_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b0d257593a59e97e9c35ad7adf2" PRIMARY KEY ("tenant_id", "id"))`,
      `CREATE INDEX "ix_task_checklist_items_task" ON "task_checklist_items" ("tenant_id", "task_id", "position")`,
      `ALTER TABLE "task_checklist_items" ADD CONSTRAINT "fk_task_checklist_items_task" FOREIGN KEY ("tenant_id", "task_id") REFERENCES "tasks"("tenant_id", "id") ON DELETE CASCADE`,
      ...tenantTableSecurity('task_checklist_items'),
      // task_notes
      `CREATE TABLE "task_notes" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "task_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0021375e21ac41926ace04b716c" PRIMARY KEY ("tenant_id", "id"))`,
      `CREATE INDEX "ix_task_notes_task" ON "task_notes" ("tenant_id", "task_id", "created_at")`,
      `ALTER TABLE "task_notes" ADD CONSTRAINT "fk_task_notes_task" FOREIGN KEY ("tenant_id", "task_id") REFERENCES "tasks"("tenant_id", "id") ON DELETE CASCADE`,
      `ALTER TABLE "task_notes" ADD CONSTRAINT "fk_task_notes_author" FOREIGN KEY ("tenant_id", "author_id") REFERENCES "users"("tenant_id", "id")`,
      ...tenantTableSecurity('task_notes'),
      // task_time_entries
      `CREATE TABLE "task_time_entries" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "task_id" uuid NOT NULL, "user_id" uuid NOT NULL, "minutes" integer NOT NULL, "spent_on" date NOT NULL, "note" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_task_time_entries_minutes" CHECK ("minutes" BETWEEN 1 AND 1440), CONSTRAINT "PK_e6b2346ede26e9c9fe882b8e277" PRIMARY KEY ("tenant_id", "id"))`,
      `CREATE INDEX "ix_task_time_entries_task" ON "task_time_entries" ("tenant_id", "task_id", "created_at")`,
      `ALTER TABLE "task_time_entries" ADD CONSTRAINT "fk_task_time_entries_task" FOREIGN KEY ("tenant_id", "task_id") REFERENCES "tasks"("tenant_id", "id") ON DELETE CASCADE`,
      `ALTER TABLE "task_time_entries" ADD CONSTRAINT "fk_task_time_entries_user" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "users"("tenant_id", "id")`,
      ...tenantTableSecurity('task_time_entries'),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'task_time_entries',
      'task_notes',
      'task_checklist_items',
      'tasks',
      'approval_delegations',
      'approvals',
      'approval_policies',
      'request_activities',
      'request_comments',
      'service_requests',
      'tenant_counters',
      'idempotency_keys',
      'outbox_events',
    ]) {
      await q.query(`DROP TABLE "${table}"`);
    }
  }
}
