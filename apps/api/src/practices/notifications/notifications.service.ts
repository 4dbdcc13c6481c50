import { Injectable } from '@nestjs/common';
import { AuditService } from '../../platform/audit/audit.service';
import { queryRows } from '../../platform/database/sql';
import { RecordNotFound } from '../../platform/errors/domain-errors';
import { DEFAULT_PAGE_SIZE, toPage } from '../../platform/pagination/pagination';
import { TenantDb } from '../../platform/tenancy/tenant-db';
import type {
  MarkedRead,
  NotificationDto,
  NotificationPage,
  NotificationPreferences,
  NotificationQuery,
  UnreadCount,
  UpdateNotificationPreferencesRequest,
} from './dto/notification.dto';
import { CHANNELS, NOTIFIABLE_EVENT_TYPES } from './notification-events';
import { afterCursor, cursorMicros, decodeTimeCursor } from './time-cursor';

/** Unread counts stop here: the badge says "1,000+" rather than counting without bound. */
export const UNREAD_COUNT_CAP = 1000;

const COLUMNS = `id, event_type, title, body, link, created_at, read_at`;

interface NotificationRow {
  id: string;
  event_type: string;
  title: string;
  body: string;
  link: string | null;
  created_at: Date;
  read_at: Date | null;
}

function toDto(row: NotificationRow): NotificationDto {
  return {
    id: row.id,
    eventType: row.event_type,
    title: row.title,
    body: row.body,
    link: row.link,
    createdAt: new Date(row.created_at).toISOString(),
    readAt: row.read_at ? new Date(row.read_at).toISOString() : null,
  };
}

/**
 * The caller's own in-app notifications and preferences. Every query names the caller as well as
 * the tenant: someone else's notification is a 404, like a missing one.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  async list(query: NotificationQuery): Promise<NotificationPage> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const cursor = decodeTimeCursor(query.cursor);
    const params: unknown[] = [this.db.tenantId, this.db.principal.userId];
    const where = ['tenant_id = $1', 'user_id = $2'];
    if (query.unread) where.push('read_at IS NULL');
    if (cursor) {
      params.push(...cursor);
      where.push(afterCursor('created_at', '<', params.length - 1));
    }
    params.push(limit + 1);
    const rows: (NotificationRow & { cursor_at: string })[] = await this.db.manager.query(
      `SELECT ${COLUMNS}, ${cursorMicros('created_at')} FROM notifications WHERE ${where.join(' AND ')}
        ORDER BY created_at DESC, id DESC LIMIT $${params.length}`,
      params,
    );
    return toPage(rows, limit, toDto, (r) => [r.cursor_at, r.id]);
  }

  async unreadCount(): Promise<UnreadCount> {
    const [{ count }]: { count: number }[] = await this.db.manager.query(
      `SELECT count(*)::int AS count FROM (
         SELECT 1 FROM notifications WHERE tenant_id = $1 AND user_id = $2 AND read_at IS NULL
          LIMIT $3) unread`,
      [this.db.tenantId, this.db.principal.userId, UNREAD_COUNT_CAP + 1],
    );
    return { count: Math.min(count, UNREAD_COUNT_CAP), capped: count > UNREAD_COUNT_CAP };
  }

  /**
   * Marks one notification read (again is a no-op that keeps the first time). Reading is the
   * user's own inbox state, not a change to any record, so it is not written to the audit trail.
   */
  async markRead(id: string): Promise<NotificationDto> {
    const [row] = await queryRows<NotificationRow>(
      this.db.manager,
      `UPDATE notifications SET read_at = COALESCE(read_at, now())
        WHERE tenant_id = $1 AND user_id = $2 AND id = $3 RETURNING ${COLUMNS}`,
      [this.db.tenantId, this.db.principal.userId, id],
    );
    if (!row) throw new RecordNotFound('Notification');
    return toDto(row);
  }

  async markAllRead(): Promise<MarkedRead> {
    const rows = await queryRows<{ id: string }>(
      this.db.manager,
      `UPDATE notifications SET read_at = now()
        WHERE tenant_id = $1 AND user_id = $2 AND read_at IS NULL RETURNING id`,
      [this.db.tenantId, this.db.principal.userId],
    );
    return { updated: rows.length };
  }

  async preferences(): Promise<NotificationPreferences> {
    const stored: { event_type: string; channel: string; enabled: boolean }[] =
      await this.db.manager.query(
        `SELECT event_type, channel, enabled FROM notification_preferences
          WHERE tenant_id = $1 AND user_id = $2`,
        [this.db.tenantId, this.db.principal.userId],
      );
    const items = NOTIFIABLE_EVENT_TYPES.flatMap((eventType) =>
      CHANNELS.map((channel) => ({
        eventType,
        channel,
        enabled:
          stored.find((s) => s.event_type === eventType && s.channel === channel)?.enabled ?? true,
      })),
    );
    return { items };
  }

  async updatePreferences(
    request: UpdateNotificationPreferencesRequest,
  ): Promise<NotificationPreferences> {
    const before = await this.preferences();
    // The last choice for a pair wins, as if applied in order.
    const choices = new Map(request.items.map((i) => [`${i.eventType}|${i.channel}`, i]));
    const items = [...choices.values()];
    await this.db.manager.query(
      `INSERT INTO notification_preferences (tenant_id, user_id, event_type, channel, enabled)
       SELECT $1, $2, e, c, b FROM unnest($3::text[], $4::text[], $5::boolean[]) AS t(e, c, b)
       ON CONFLICT (tenant_id, user_id, event_type, channel)
       DO UPDATE SET enabled = EXCLUDED.enabled, updated_at = now()`,
      [
        this.db.tenantId,
        this.db.principal.userId,
        items.map((i) => i.eventType),
        items.map((i) => i.channel),
        items.map((i) => i.enabled),
      ],
    );
    const after = await this.preferences();
    const changed = (list: NotificationPreferences) =>
      list.items.filter((i) => choices.has(`${i.eventType}|${i.channel}`));
    await this.audit.record({
      action: 'notification_preferences.updated',
      entityType: 'user',
      entityId: this.db.principal.userId,
      before: { items: changed(before) },
      after: { items: changed(after) },
    });
    return after;
  }
}
