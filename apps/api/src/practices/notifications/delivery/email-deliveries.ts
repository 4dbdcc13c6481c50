import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { queryRows } from '../../../platform/database/sql';
import { inTenantTransaction } from '../../../platform/tenancy/tenant-transaction';
import { EmailTransport } from '../email/email-transport';
import { describeError, MAX_ATTEMPTS, retryDelayMs } from './backoff';

/** How long a claimed delivery is hidden from other workers while it is being sent. */
export const DELIVERY_LEASE_MS = 2 * 60_000;
export const DELIVERY_BATCH = 20;

interface DueEmail {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  attempts: number;
}

/**
 * Sends due emails of one tenant. A batch is claimed in a short transaction (SKIP LOCKED, and a
 * lease: next_attempt_at moves past the send), so no transaction stays open while SMTP talks and
 * no other process takes the same rows. A process that dies mid-send leaves the lease to expire
 * and the email is sent again later: at least once.
 */
@Injectable()
export class EmailDeliveries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transport: EmailTransport,
  ) {}

  async deliverDue(tenantId: string, now: Date): Promise<{ sent: number; failed: number }> {
    const outcome = { sent: 0, failed: 0 };
    if (!this.transport.enabled) return outcome;
    const due = await inTenantTransaction(this.dataSource, tenantId, (m) =>
      queryRows<DueEmail>(
        m,
        `UPDATE email_deliveries d
            SET attempts = d.attempts + 1, next_attempt_at = $3, updated_at = now()
          WHERE d.tenant_id = $1 AND d.id IN (
                SELECT id FROM email_deliveries
                 WHERE tenant_id = $1 AND status = 'pending' AND next_attempt_at <= GREATEST($2::timestamptz, now())
                 ORDER BY next_attempt_at LIMIT $4 FOR UPDATE SKIP LOCKED)
          RETURNING d.id, d.to_address, d.subject, d.text_body, d.html_body, d.attempts`,
        [tenantId, now, new Date(now.getTime() + DELIVERY_LEASE_MS), DELIVERY_BATCH],
      ),
    );
    for (const email of due) {
      try {
        await this.transport.send(email.to_address, {
          subject: email.subject,
          text: email.text_body,
          html: email.html_body,
        });
        await this.record(
          tenantId,
          email.id,
          `status = 'sent', sent_at = now(), last_error = NULL`,
        );
        outcome.sent += 1;
      } catch (error) {
        const gaveUp = email.attempts >= MAX_ATTEMPTS;
        await this.record(
          tenantId,
          email.id,
          gaveUp ? `status = 'failed', last_error = $3` : `next_attempt_at = $4, last_error = $3`,
          gaveUp
            ? [describeError(error)]
            : [describeError(error), new Date(now.getTime() + retryDelayMs(email.attempts))],
        );
        outcome.failed += 1;
      }
    }
    return outcome;
  }

  private async record(tenantId: string, id: string, set: string, extra: unknown[] = []) {
    await inTenantTransaction(this.dataSource, tenantId, (m) =>
      m.query(
        `UPDATE email_deliveries SET ${set}, updated_at = now() WHERE tenant_id = $1 AND id = $2`,
        [tenantId, id, ...extra],
      ),
    );
  }
}
