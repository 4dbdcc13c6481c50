import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { inSavepoint } from '../../../platform/tenancy/commit-queue';
import { inTenantTransaction } from '../../../platform/tenancy/tenant-transaction';
import type { DispatchedEvent } from '../notification-events';
import { describeError, MAX_ATTEMPTS, retryDelayMs } from './backoff';
import { EmailDeliveries } from './email-deliveries';
import { EventFanOut } from './event-fan-out';
import { WebhookDeliveries } from './webhook-deliveries';

const EVENT_BATCH = 25;
/** Bounds one tick's work per tenant, so one busy tenant cannot starve the others. */
const MAX_EVENT_BATCHES_PER_TENANT = 8;
const MAX_TENANTS_PER_TICK = 200;

export interface DispatchReport {
  tenants: number;
  events: number;
  failedEvents: number;
  emailsSent: number;
  webhooksDelivered: number;
  deliveryFailures: number;
}

interface EventRow {
  id: string;
  tenant_id: string;
  event_type: string;
  aggregate_type: string;
  aggregate_id: string;
  occurred_at: Date;
  actor_id: string | null;
  payload: Record<string, unknown>;
  attempts: number;
}

/**
 * Delivers the outbox. Safe with any number of API processes and overlapping runs: events are
 * claimed with FOR UPDATE SKIP LOCKED, so each is fanned out by one transaction at a time, and
 * the fan-out writes are de-duplicated by unique keys, so an event handed over again (a crash
 * before commit, a retry) still tells each person once. A failing event is retried with
 * exponential backoff and, after MAX_ATTEMPTS, kept with `gave_up_at` and its last error.
 */
@Injectable()
export class OutboxDispatcher {
  private readonly logger = new Logger('OutboxDispatcher');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly fanOut: EventFanOut,
    private readonly emails: EmailDeliveries,
    private readonly webhooks: WebhookDeliveries,
  ) {}

  /** One pass at `now`: the scheduler calls it every few seconds; tests call it directly. */
  async runOnce(now: Date = new Date()): Promise<DispatchReport> {
    const report: DispatchReport = {
      tenants: 0,
      events: 0,
      failedEvents: 0,
      emailsSent: 0,
      webhooksDelivered: 0,
      deliveryFailures: 0,
    };
    // Row-level security hides every tenant's rows from this role outside a tenant transaction;
    // this SECURITY DEFINER function (see the 1764500000000 migration) names the tenants with
    // due work, from partial indexes of pending rows only.
    const tenants: { tenant_id: string }[] = await this.dataSource.query(
      `SELECT tenant_id FROM notification_pending_tenants(GREATEST($1::timestamptz, now()), $2)`,
      [now, MAX_TENANTS_PER_TICK],
    );
    report.tenants = tenants.length;
    for (const { tenant_id: tenantId } of tenants) {
      try {
        for (let batch = 0; batch < MAX_EVENT_BATCHES_PER_TENANT; batch += 1) {
          const handled = await this.dispatchBatch(tenantId, now, report);
          if (handled < EVENT_BATCH) break;
        }
        const emails = await this.emails.deliverDue(tenantId, now);
        const webhooks = await this.webhooks.deliverDue(tenantId, now);
        report.emailsSent += emails.sent;
        report.webhooksDelivered += webhooks.delivered;
        report.deliveryFailures += emails.failed + webhooks.failed;
      } catch (error) {
        // One tenant's trouble must not starve the others; the next tick retries it.
        this.logger.error(
          { err: error, tenantId },
          'Dispatching notifications failed for a tenant',
        );
      }
    }
    return report;
  }

  private async dispatchBatch(
    tenantId: string,
    now: Date,
    report: DispatchReport,
  ): Promise<number> {
    return inTenantTransaction(this.dataSource, tenantId, async (m) => {
      const events: EventRow[] = await m.query(
        `SELECT id, tenant_id, event_type, aggregate_type, aggregate_id, occurred_at, actor_id, payload, attempts
           FROM outbox_events
          WHERE tenant_id = $1 AND dispatched_at IS NULL AND gave_up_at IS NULL
            AND next_attempt_at <= GREATEST($2::timestamptz, now())
          ORDER BY next_attempt_at, occurred_at, id
          LIMIT $3 FOR UPDATE SKIP LOCKED`,
        [tenantId, now, EVENT_BATCH],
      );
      for (const row of events) {
        const event: DispatchedEvent = {
          id: row.id,
          tenantId: row.tenant_id,
          type: row.event_type,
          aggregateType: row.aggregate_type,
          aggregateId: row.aggregate_id,
          occurredAt: new Date(row.occurred_at),
          actorId: row.actor_id,
          payload: row.payload,
        };
        try {
          // A savepoint per event: one bad event rolls back only its own fan-out.
          await inSavepoint(m, 'fan_out', () => this.fanOut.fanOut(m, event));
          await m.query(
            `UPDATE outbox_events SET dispatched_at = now(), attempts = attempts + 1, last_error = NULL
              WHERE tenant_id = $1 AND id = $2`,
            [tenantId, row.id],
          );
          report.events += 1;
        } catch (error) {
          const attempts = row.attempts + 1;
          await m.query(
            `UPDATE outbox_events
                SET attempts = $3::int, last_error = $4, next_attempt_at = $5,
                    gave_up_at = CASE WHEN $3::int >= $6::int THEN now() END
              WHERE tenant_id = $1 AND id = $2`,
            [
              tenantId,
              row.id,
              attempts,
              describeError(error),
              new Date(now.getTime() + retryDelayMs(attempts)),
              MAX_ATTEMPTS,
            ],
          );
          report.failedEvents += 1;
          this.logger.warn(
            { err: error, tenantId, eventId: row.id, attempts },
            'Could not fan out an outbox event; it will be retried',
          );
        }
      }
      return events.length;
    });
  }
}
