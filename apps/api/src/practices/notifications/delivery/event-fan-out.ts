import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../../../platform/config/app-config';
import { APP_CONFIG } from '../../../platform/config/app-config';
import { UsersService } from '../../identity/users.service';
import { renderEmail } from '../email/email-template';
import { EmailTransport } from '../email/email-transport';
import type { DispatchedEvent } from '../notification-events';
import { audienceOf, messageFor } from '../notification-events';
import { matchesEventType } from '../webhooks/event-pattern';
import type { NotificationSignal } from './notify-channel';
import { NOTIFY_CHANNEL } from './notify-channel';

export interface FanOutResult {
  inApp: number;
  emails: number;
  webhooks: number;
}

/**
 * Turns one outbox event into what each channel delivers, inside the dispatcher's tenant
 * transaction: in-app notifications (written now, announced by NOTIFY at commit), and email and
 * webhook deliveries (sent later, with their own retries). Every insert is ON CONFLICT DO NOTHING
 * on a unique (tenant, event, recipient) key, so handing the same event over twice (the outbox is
 * at-least-once) tells nobody twice.
 */
@Injectable()
export class EventFanOut {
  constructor(
    private readonly users: UsersService,
    private readonly email: EmailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async fanOut(m: EntityManager, event: DispatchedEvent): Promise<FanOutResult> {
    const result: FanOutResult = { inApp: 0, emails: 0, webhooks: await this.webhooks(m, event) };
    const message = messageFor(event);
    // Never tell people about what they did themselves.
    const audience = [...new Set(audienceOf(event))].filter((id) => id !== event.actorId);
    if (!message || !audience.length) return result;

    const people = await this.users.contactsOf(m, event.tenantId, audience);
    const optedOut: { user_id: string; channel: string }[] = await m.query(
      `SELECT user_id, channel FROM notification_preferences
        WHERE tenant_id = $1 AND event_type = $2 AND user_id = ANY($3::uuid[]) AND NOT enabled`,
      [event.tenantId, event.type, people.map((p) => p.id)],
    );
    const wants = (userId: string, channel: string) =>
      !optedOut.some((o) => o.user_id === userId && o.channel === channel);

    const inApp = people.filter((p) => wants(p.id, 'in_app')).map((p) => p.id);
    if (inApp.length) {
      const rows: { id: string; user_id: string; created_at: Date }[] = await m.query(
        // Dated when the event happened, so the list reads in the order things happened even
        // when one dispatcher transaction writes several events' notifications.
        `INSERT INTO notifications
           (tenant_id, user_id, event_id, event_type, title, body, link, created_at)
         SELECT $1, u, $3, $4, $5, $6, $7, o.occurred_at
           FROM unnest($2::uuid[]) AS u
           JOIN outbox_events o ON o.tenant_id = $1 AND o.id = $3
         ON CONFLICT (tenant_id, event_id, user_id) DO NOTHING
         RETURNING id, user_id, created_at`,
        [event.tenantId, inApp, event.id, event.type, message.title, message.body, message.link],
      );
      for (const row of rows) {
        const signal: NotificationSignal = {
          tenantId: event.tenantId,
          userId: row.user_id,
          notification: {
            id: row.id,
            eventType: event.type,
            ...message,
            createdAt: new Date(row.created_at).toISOString(),
            readAt: null,
          },
        };
        // Transactional: listeners hear it only if this transaction commits.
        await m.query(`SELECT pg_notify($1, $2)`, [NOTIFY_CHANNEL, JSON.stringify(signal)]);
      }
      result.inApp = rows.length;
    }

    if (this.email.enabled) {
      for (const person of people.filter((p) => wants(p.id, 'email'))) {
        const email = renderEmail(message, person.name, this.config.PORTAL_URL);
        const inserted: unknown[] = await m.query(
          `INSERT INTO email_deliveries
             (tenant_id, event_id, user_id, event_type, to_address, subject, text_body, html_body)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (tenant_id, event_id, user_id) DO NOTHING RETURNING id`,
          [
            event.tenantId,
            event.id,
            person.id,
            event.type,
            person.email,
            email.subject,
            email.text,
            email.html,
          ],
        );
        result.emails += inserted.length;
      }
    }
    return result;
  }

  /** One delivery per active subscription whose patterns match; the body is fixed here. */
  private async webhooks(m: EntityManager, event: DispatchedEvent): Promise<number> {
    const subscriptions: { id: string; event_types: string[] }[] = await m.query(
      `SELECT id, event_types FROM webhook_subscriptions WHERE tenant_id = $1 AND active`,
      [event.tenantId],
    );
    const matching = subscriptions.filter((s) => matchesEventType(s.event_types, event.type));
    if (!matching.length) return 0;
    const body = JSON.stringify({
      id: event.id,
      type: event.type,
      occurredAt: event.occurredAt.toISOString(),
      aggregate: { type: event.aggregateType, id: event.aggregateId },
      data: event.payload,
    });
    const rows: unknown[] = await m.query(
      `INSERT INTO webhook_deliveries (tenant_id, subscription_id, event_id, event_type, body)
       SELECT $1, s, $3, $4, $5 FROM unnest($2::uuid[]) AS s
       ON CONFLICT (tenant_id, subscription_id, event_id) DO NOTHING RETURNING id`,
      [event.tenantId, matching.map((s) => s.id), event.id, event.type, body],
    );
    return rows.length;
  }
}
