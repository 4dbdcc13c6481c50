import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE } from '../../config/app-config';
import { CREATE_APP_ROLE, tenantTableSecurity } from './tenant-table.sql';

export class Identity1763700000000 implements MigrationInterface {
  name = 'Identity1763700000000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      CREATE_APP_ROLE,
      `CREATE TABLE "tenants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "name" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_tenants_slug" CHECK ("slug" ~ '^[a-z0-9][a-z0-9-]{1,62}$'), CONSTRAINT "PK_53be67a04681c66b87ee27c9321" PRIMARY KEY ("id"))`,
      `CREATE UNIQUE INDEX "uq_tenants_slug" ON "tenants" ("slug")`,
      `GRANT SELECT ON "tenants" TO ${APP_DB_ROLE}`,

      `CREATE TABLE "users" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "email" text NOT NULL, "name" text NOT NULL, "password_hash" text, "roles" text array NOT NULL DEFAULT '{requester}', "manager_id" uuid, "active" boolean NOT NULL DEFAULT true, "failed_login_count" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "last_login_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_users_email_lower" CHECK ("email" = lower("email")), CONSTRAINT "PK_96bb2f14a3cd3f8e046898b08b4" PRIMARY KEY ("tenant_id", "id"))`,
      `CREATE INDEX "ix_users_manager" ON "users" ("tenant_id", "manager_id")`,
      `CREATE INDEX "ix_users_name" ON "users" ("tenant_id", "name", "id")`,
      `CREATE UNIQUE INDEX "uq_users_email" ON "users" ("tenant_id", "email")`,
      `ALTER TABLE "users" ADD CONSTRAINT "fk_users_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id")`,
      `ALTER TABLE "users" ADD CONSTRAINT "fk_users_manager" FOREIGN KEY ("tenant_id", "manager_id") REFERENCES "users"("tenant_id", "id")`,
      ...tenantTableSecurity('users'),

      `CREATE TABLE "teams" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "lead_id" uuid, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_e0ceda1b06ef2999995f527fa5d" PRIMARY KEY ("tenant_id", "id"))`,
      `CREATE UNIQUE INDEX "uq_teams_name" ON "teams" ("tenant_id", "name")`,
      `ALTER TABLE "teams" ADD CONSTRAINT "fk_teams_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id")`,
      `ALTER TABLE "teams" ADD CONSTRAINT "fk_teams_lead" FOREIGN KEY ("tenant_id", "lead_id") REFERENCES "users"("tenant_id", "id")`,
      ...tenantTableSecurity('teams'),

      `CREATE TABLE "team_members" ("tenant_id" uuid NOT NULL, "team_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7cf4b2ec41efdc44640a6409df1" PRIMARY KEY ("tenant_id", "team_id", "user_id"))`,
      `CREATE INDEX "ix_team_members_user" ON "team_members" ("tenant_id", "user_id")`,
      `ALTER TABLE "team_members" ADD CONSTRAINT "fk_team_members_team" FOREIGN KEY ("tenant_id", "team_id") REFERENCES "teams"("tenant_id", "id") ON DELETE CASCADE`,
      `ALTER TABLE "team_members" ADD CONSTRAINT "fk_team_members_user" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "users"("tenant_id", "id") ON DELETE CASCADE`,
      ...tenantTableSecurity('team_members'),

      `CREATE TABLE "refresh_tokens" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL, "family_id" uuid NOT NULL, "user_id" uuid NOT NULL, "secret_hash" bytea NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2bebd22f16e68b57c9e1f5fe7d9" PRIMARY KEY ("tenant_id", "id"))`,
      `CREATE INDEX "ix_refresh_tokens_user" ON "refresh_tokens" ("tenant_id", "user_id")`,
      `CREATE INDEX "ix_refresh_tokens_family" ON "refresh_tokens" ("tenant_id", "family_id")`,
      `ALTER TABLE "refresh_tokens" ADD CONSTRAINT "fk_refresh_tokens_user" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "users"("tenant_id", "id") ON DELETE CASCADE`,
      ...tenantTableSecurity('refresh_tokens'),

      `CREATE TABLE "api_tokens" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "secret_hash" bytea NOT NULL, "display_prefix" text NOT NULL, "roles" text array NOT NULL, "created_by_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_43d889651a9d6d33fb3f78a77d9" PRIMARY KEY ("tenant_id", "id"))`,
      `CREATE INDEX "ix_api_tokens_created" ON "api_tokens" ("tenant_id", "created_at", "id")`,
      `ALTER TABLE "api_tokens" ADD CONSTRAINT "fk_api_tokens_creator" FOREIGN KEY ("tenant_id", "created_by_id") REFERENCES "users"("tenant_id", "id")`,
      ...tenantTableSecurity('api_tokens'),

      `CREATE TABLE "audit_events" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_type" text NOT NULL, "actor_id" uuid, "action" text NOT NULL, "entity_type" text NOT NULL, "entity_id" uuid, "before" jsonb, "after" jsonb, "request_id" text, "source_ip" inet, CONSTRAINT "PK_7445fcd6291ee354a6988ae6d3c" PRIMARY KEY ("tenant_id", "id"))`,
      `CREATE INDEX "ix_audit_events_actor" ON "audit_events" ("tenant_id", "actor_id", "occurred_at")`,
      `CREATE INDEX "ix_audit_events_entity" ON "audit_events" ("tenant_id", "entity_type", "entity_id", "occurred_at")`,
      `CREATE INDEX "ix_audit_events_time" ON "audit_events" ("tenant_id", "occurred_at", "id")`,
      `ALTER TABLE "audit_events" ADD CONSTRAINT "fk_audit_events_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id")`,
      // Append-only: INSERT and SELECT for the API role, nothing else.
      ...tenantTableSecurity('audit_events', 'append-only'),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'audit_events',
      'api_tokens',
      'refresh_tokens',
      'team_members',
      'teams',
      'users',
      'tenants',
    ]) {
      await q.query(`DROP TABLE "${table}"`);
    }
  }
}
