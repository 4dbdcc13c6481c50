import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { queryRows } from '../../../platform/database/sql';
import { inTenantTransaction } from '../../../platform/tenancy/tenant-transaction';
import { webhookSignature } from '../webhooks/webhook-signature';
import { describeError, MAX_ATTEMPTS, retryDelayMs } from './backoff';
import { DELIVERY_BATCH, DELIVERY_LEASE_MS } from './email-deliveries';

/** A receiver gets this long to answer; slower ones count as failures and are retried. */
const WEBHOOK_TIMEOUT_MS = 10_000;

interface DueWebhook {
  id: string;
  event_id: string;
  body: string;
  attempts: number;
  url: string;
  secret: string;
  active: boolean;
}

interface Attempt {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/**
 * Posts due webhook deliveries of one tenant, claimed like emails (SKIP LOCKED plus a lease, no
 * transaction open during HTTP). 2xx is delivered; anything else, a timeout or a network error is
 * retried with backoff until MAX_ATTEMPTS, each attempt written to the delivery log.
 */
@Injectable()
export class WebhookDeliveries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async deliverDue(tenantId: string, now: Date): Promise<{ delivered: number; failed: number }> {
    const outcome = { delivered: 0, failed: 0 };
    const due = await inTenantTransaction(this.dataSource, tenantId, (m) =>
      queryRows<DueWebhook>(
        m,
        `WITH claimed AS (
           UPDATE webhook_deliveries d
              SET attempts = d.attempts + 1, next_attempt_at = $3, updated_at = now()
            WHERE d.tenant_id = $1 AND d.id IN (
                  SELECT id FROM webhook_deliveries
                   WHERE tenant_id = $1 AND status = 'pending' AND next_attempt_at <= GREATEST($2::timestamptz, now())
                   ORDER BY next_attempt_at LIMIT $4 FOR UPDATE SKIP LOCKED)
            RETURNING d.id, d.subscription_id, d.event_id, d.body, d.attempts)
         SELECT c.id, c.event_id, c.body, c.attempts, s.url, s.secret, s.active
           FROM claimed c JOIN webhook_subscriptions s ON s.tenant_id = $1 AND s.id = c.subscription_id`,
        [tenantId, now, new Date(now.getTime() + DELIVERY_LEASE_MS), DELIVERY_BATCH],
      ),
    );
    for (const delivery of due) {
      if (!delivery.active) {
        // Turned off after the event was fanned out: the admin no longer wants these.
        await this.record(tenantId, delivery.id, `status = 'failed'`, {
          ok: false,
          statusCode: null,
          error: 'Subscription is inactive',
          durationMs: 0,
        });
        outcome.failed += 1;
        continue;
      }
      const attempt = await this.post(delivery);
      if (attempt.ok) {
        await this.record(
          tenantId,
          delivery.id,
          `status = 'delivered', delivered_at = now()`,
          attempt,
        );
        outcome.delivered += 1;
      } else {
        const gaveUp = delivery.attempts >= MAX_ATTEMPTS;
        const retryAt = new Date(now.getTime() + retryDelayMs(delivery.attempts));
        await this.record(
          tenantId,
          delivery.id,
          gaveUp ? `status = 'failed'` : null,
          attempt,
          retryAt,
        );
        outcome.failed += 1;
      }
    }
    return outcome;
  }

  private async post(delivery: DueWebhook): Promise<Attempt> {
    const timestamp = Math.floor(Date.now() / 1000);
    const started = performance.now();
    try {
      const response = await fetch(delivery.url, {
        method: 'POST',
        // Redirects are not followed: a receiver must answer at the address it registered.
        redirect: 'manual',
        signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Trellis-Webhooks/1',
          'x-trellis-event-id': delivery.event_id,
          'x-trellis-timestamp': String(timestamp),
          'x-trellis-signature': webhookSignature(delivery.secret, timestamp, delivery.body),
        },
        body: delivery.body,
      });
      // The answer's body is not ours to read; release the connection.
      await response.body?.cancel();
      const ok = response.status >= 200 && response.status < 300;
      return {
        ok,
        statusCode: response.status,
        error: ok ? null : `HTTP ${response.status}`,
        durationMs: Math.round(performance.now() - started),
      };
    } catch (error) {
      return {
        ok: false,
        statusCode: null,
        error: describeError(error),
        durationMs: Math.round(performance.now() - started),
      };
    }
  }

  private async record(
    tenantId: string,
    id: string,
    set: string | null,
    attempt: Attempt,
    retryAt: Date | null = null,
  ): Promise<void> {
    await inTenantTransaction(this.dataSource, tenantId, (m) =>
      m.query(
        `UPDATE webhook_deliveries
            SET ${set ? `${set}, ` : ''}next_attempt_at = COALESCE($6::timestamptz, next_attempt_at),
                last_status_code = $3, last_error = $4, last_duration_ms = $5, updated_at = now()
          WHERE tenant_id = $1 AND id = $2`,
        [tenantId, id, attempt.statusCode, attempt.error, attempt.durationMs, retryAt],
      ),
    );
  }
}
