import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE } from '../../config/app-config';
import { tenantTableSecurity } from './tenant-table.sql';

/**
 * The notifications practice: outbox dispatch state (retries, backoff, the actor to leave out),
 * in-app notifications, preferences, email deliveries, webhook subscriptions and deliveries,
 * and `notification_pending_tenants()`.
 *
 * Why a function: every table here has forced row-level security and the API role sees no row
 * without `app.tenant_id`, so a dispatcher running as that role cannot see which tenants have
 * work. Iterating every tenant each few seconds would cost one probe per tenant per tick, most
 * of them empty. Instead this SECURITY DEFINER function, owned by the migration owner, reads the
 * partial "pending" indexes across tenants and returns tenant ids only (no payloads); the
 * dispatcher then works each tenant inside an ordinary tenant transaction under RLS. Because the
 * owner is itself subject to FORCE ROW LEVEL SECURITY (unless it is a superuser), a SELECT-only
 * policy for the owner role exposes exactly the pending rows to the function; the API role's
 * view is unchanged (policies are per role).
 */
export class Notifications1764500000000 implements MigrationInterface {
  name = 'Notifications1764500000000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      // outbox_events: dispatch state
      `ALTER TABLE "outbox_events" ADD "actor_id" uuid`,
      `ALTER TABLE "outbox_events" ADD "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`,
      `ALTER TABLE "outbox_events" ADD "last_error" text`,
      `ALTER TABLE "outbox_events" ADD "gave_up_at" TIMESTAMP WITH TIME ZONE`,
      `CREATE INDEX "ix_outbox_events_pending" ON "outbox_events" ("tenant_id", "next_attempt_at") WHERE ((dispatched_at IS NULL) AND (gave_up_at IS NULL))`,
      // notifications
      `CREATE TABLE "notifications" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "event_id" uuid NOT NULL, "event_type" text NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "link" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_9b0da1590e59b4b841e511e37ec" PRIMARY KEY ("tenant_id", "id"))`,
      `CREATE INDEX "ix_notifications_unread" ON "notifications" ("tenant_id", "user_id", "created_at", "id") WHERE (read_at IS NULL)`,
      `CREATE INDEX "ix_notifications_user" ON "notifications" ("tenant_id", "user_id", "created_at", "id")`,
      `CREATE UNIQUE INDEX "uq_notifications_event_user" ON "notifications" ("tenant_id", "event_id", "user_id")`,
      `ALTER TABLE "notifications" ADD CONSTRAINT "fk_notifications_user" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "users"("tenant_id", "id") ON DELETE CASCADE`,
      ...tenantTableSecurity('notifications'),
      // notification_preferences
      `CREATE TABLE "notification_preferences" ("tenant_id" uuid NOT NULL, "user_id" uuid NOT NULL, "event_type" text NOT NULL, "channel" text NOT NULL, "enabled" boolean NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_notification_preferences_channel" CHECK ("channel" IN ('in_app', 'email')), CONSTRAINT "PK_a0986614f51400542f98b7b808a" PRIMARY KEY ("tenant_id", "user_id", "event_type", "channel"))`,
      `ALTER TABLE "notification_preferences" ADD CONSTRAINT "fk_notification_preferences_user" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "users"("tenant_id", "id") ON DELETE CASCADE`,
      ...tenantTableSecurity('notification_preferences'),
      // email_deliveries
      `CREATE TABLE "email_deliveries" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "event_id" uuid NOT NULL, "user_id" uuid NOT NULL, "event_type" text NOT NULL, "to_address" text NOT NULL, "subject" text NOT NULL, "text_body" text NOT NULL, "html_body" text NOT NULL, "status" text NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_email_deliveries_status" CHECK ("status" IN ('pending', 'sent', 'failed')), CONSTRAINT "PK_3ae156da0af4ee7022785a4a897" PRIMARY KEY ("tenant_id", "id"))`,
      `CREATE INDEX "ix_email_deliveries_due" ON "email_deliveries" ("tenant_id", "next_attempt_at") WHERE (status = 'pending'::text)`,
      `CREATE UNIQUE INDEX "uq_email_deliveries_event_user" ON "email_deliveries" ("tenant_id", "event_id", "user_id")`,
      `ALTER TABLE "email_deliveries" ADD CONSTRAINT "fk_email_deliveries_user" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "users"("tenant_id", "id") ON DELETE CASCADE`,
      ...tenantTableSecurity('email_deliveries'),
      // webhook_subscriptions
      `CREATE TABLE "webhook_subscriptions" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "url" text NOT NULL, "description" text NOT NULL DEFAULT '', "event_types" text array NOT NULL, "secret" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_95e553dbf7db261feb219653a5c" PRIMARY KEY ("tenant_id", "id"))`,
      `CREATE INDEX "ix_webhook_subscriptions_created" ON "webhook_subscriptions" ("tenant_id", "created_at", "id")`,
      `ALTER TABLE "webhook_subscriptions" ADD CONSTRAINT "fk_webhook_subscriptions_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id")`,
      ...tenantTableSecurity('webhook_subscriptions'),
      // webhook_deliveries
      `CREATE TABLE "webhook_deliveries" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "subscription_id" uuid NOT NULL, "event_id" uuid NOT NULL, "event_type" text NOT NULL, "body" text NOT NULL, "status" text NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_status_code" integer, "last_error" text, "last_duration_ms" integer, "delivered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_webhook_deliveries_status" CHECK ("status" IN ('pending', 'delivered', 'failed')), CONSTRAINT "PK_b41a9153894afa48ae2cccd8dec" PRIMARY KEY ("tenant_id", "id"))`,
      `CREATE INDEX "ix_webhook_deliveries_due" ON "webhook_deliveries" ("tenant_id", "next_attempt_at") WHERE (status = 'pending'::text)`,
      `CREATE INDEX "ix_webhook_deliveries_subscription" ON "webhook_deliveries" ("tenant_id", "subscription_id", "created_at", "id")`,
      `CREATE UNIQUE INDEX "uq_webhook_deliveries_event" ON "webhook_deliveries" ("tenant_id", "subscription_id", "event_id")`,
      `ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "fk_webhook_deliveries_subscription" FOREIGN KEY ("tenant_id", "subscription_id") REFERENCES "webhook_subscriptions"("tenant_id", "id") ON DELETE CASCADE`,
      ...tenantTableSecurity('webhook_deliveries'),
      // The owner's view of pending work, for the SECURITY DEFINER function below only.
      `CREATE POLICY pending_scan ON "outbox_events" FOR SELECT TO CURRENT_USER
         USING (dispatched_at IS NULL AND gave_up_at IS NULL)`,
      `CREATE POLICY pending_scan ON "email_deliveries" FOR SELECT TO CURRENT_USER
         USING (status = 'pending')`,
      `CREATE POLICY pending_scan ON "webhook_deliveries" FOR SELECT TO CURRENT_USER
         USING (status = 'pending')`,
      `CREATE FUNCTION notification_pending_tenants(due_before timestamptz, max_tenants integer)
         RETURNS TABLE (tenant_id uuid)
         LANGUAGE sql STABLE SECURITY DEFINER
         SET search_path = public, pg_temp
       AS $$
         SELECT DISTINCT p.tenant_id FROM (
           (SELECT o.tenant_id FROM outbox_events o
             WHERE o.dispatched_at IS NULL AND o.gave_up_at IS NULL AND o.next_attempt_at <= due_before)
           UNION ALL
           (SELECT e.tenant_id FROM email_deliveries e
             WHERE e.status = 'pending' AND e.next_attempt_at <= due_before)
           UNION ALL
           (SELECT w.tenant_id FROM webhook_deliveries w
             WHERE w.status = 'pending' AND w.next_attempt_at <= due_before)
         ) p
         LIMIT max_tenants
       $$`,
      `REVOKE ALL ON FUNCTION notification_pending_tenants(timestamptz, integer) FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION notification_pending_tenants(timestamptz, integer) TO ${APP_DB_ROLE}`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION notification_pending_tenants(timestamptz, integer)`);
    await q.query(`DROP POLICY pending_scan ON "outbox_events"`);
    for (const table of [
      'webhook_deliveries',
      'webhook_subscriptions',
      'email_deliveries',
      'notification_preferences',
      'notifications',
    ]) {
      await q.query(`DROP TABLE "${table}"`);
    }
    await q.query(`DROP INDEX "ix_outbox_events_pending"`);
    for (const column of ['gave_up_at', 'last_error', 'next_attempt_at', 'actor_id']) {
      await q.query(`ALTER TABLE "outbox_events" DROP COLUMN "${column}"`);
    }
  }
}
