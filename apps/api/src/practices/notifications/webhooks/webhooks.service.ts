import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../../platform/audit/audit.service';
import { queryRows } from '../../../platform/database/sql';
import { RecordNotFound, StaleVersion } from '../../../platform/errors/domain-errors';
import { RequestValidationException } from '../../../platform/errors/validation-errors';
import { DEFAULT_PAGE_SIZE, toPage } from '../../../platform/pagination/pagination';
import { TenantDb } from '../../../platform/tenancy/tenant-db';
import { afterCursor, cursorMicros, decodeTimeCursor } from '../time-cursor';
import type {
  CreatedWebhook,
  CreateWebhookRequest,
  UpdateWebhookRequest,
  WebhookDeliveryDto,
  WebhookDeliveryPage,
  WebhookDto,
  WebhookPage,
  WebhookQuery,
} from './dto/webhook.dto';

const COLUMNS = `id, url, description, event_types, active, created_at, updated_at, version`;

interface WebhookRow {
  id: string;
  url: string;
  description: string;
  event_types: string[];
  active: boolean;
  created_at: Date;
  updated_at: Date;
  version: number;
}

interface DeliveryRow {
  id: string;
  event_id: string;
  event_type: string;
  status: string;
  attempts: number;
  last_status_code: number | null;
  last_error: string | null;
  last_duration_ms: number | null;
  next_attempt_at: Date;
  delivered_at: Date | null;
  created_at: Date;
  cursor_at: string;
}

const iso = (d: Date) => new Date(d).toISOString();

function toDto(row: WebhookRow): WebhookDto {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: row.event_types,
    active: row.active,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    version: row.version,
  };
}

function toDeliveryDto(row: DeliveryRow): WebhookDeliveryDto {
  return {
    id: row.id,
    eventId: row.event_id,
    eventType: row.event_type,
    status: row.status,
    attempts: row.attempts,
    lastStatusCode: row.last_status_code,
    lastError: row.last_error,
    lastDurationMs: row.last_duration_ms,
    nextAttemptAt: row.status === 'pending' ? iso(row.next_attempt_at) : null,
    deliveredAt: row.delivered_at ? iso(row.delivered_at) : null,
    createdAt: iso(row.created_at),
  };
}

/**
 * A second check behind the DTO's: the URL parses and is http(s). Receivers on private addresses
 * are allowed on purpose (on-premises integrations); only administrators create subscriptions.
 */
function requireHttpUrl(url: string | undefined): void {
  if (url === undefined) return;
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (
    !parsed ||
    !['http:', 'https:'].includes(parsed.protocol) ||
    parsed.username ||
    parsed.password
  ) {
    throw new RequestValidationException([
      { path: '/url', message: 'must be an http:// or https:// URL without credentials' },
    ]);
  }
}

@Injectable()
export class WebhooksService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  async list(query: WebhookQuery): Promise<WebhookPage> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const cursor = decodeTimeCursor(query.cursor);
    const params: unknown[] = [this.db.tenantId];
    const where = ['tenant_id = $1'];
    if (cursor) {
      params.push(...cursor);
      where.push(afterCursor('created_at', '>', params.length - 1));
    }
    params.push(limit + 1);
    const rows: (WebhookRow & { cursor_at: string })[] = await this.db.manager.query(
      `SELECT ${COLUMNS}, ${cursorMicros('created_at')} FROM webhook_subscriptions
        WHERE ${where.join(' AND ')} ORDER BY created_at, id LIMIT $${params.length}`,
      params,
    );
    return toPage(rows, limit, toDto, (r) => [r.cursor_at, r.id]);
  }

  async get(id: string): Promise<WebhookDto> {
    const row = await this.find(this.db.manager, id);
    if (!row) throw new RecordNotFound('Webhook');
    return toDto(row);
  }

  async create(request: CreateWebhookRequest): Promise<CreatedWebhook> {
    requireHttpUrl(request.url);
    const secret = `whsec_${randomBytes(32).toString('base64url')}`;
    const [row]: WebhookRow[] = await this.db.manager.query(
      `INSERT INTO webhook_subscriptions (tenant_id, url, description, event_types, secret, active)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
      [
        this.db.tenantId,
        request.url,
        request.description?.trim() ?? '',
        request.eventTypes,
        secret,
        request.active ?? true,
      ],
    );
    const created = toDto(row);
    // The secret never reaches the audit trail.
    await this.audit.record({
      action: 'webhook.created',
      entityType: 'webhook',
      entityId: created.id,
      after: created,
    });
    return { ...created, secret };
  }

  async update(id: string, request: UpdateWebhookRequest): Promise<WebhookDto> {
    requireHttpUrl(request.url);
    const m = this.db.manager;
    const before = await this.find(m, id, true);
    if (!before) throw new RecordNotFound('Webhook');
    if (before.version !== request.version) throw new StaleVersion('Webhook');
    const sets = ['version = version + 1', 'updated_at = now()'];
    const params: unknown[] = [this.db.tenantId, id];
    const set = (column: string, value: unknown) => {
      params.push(value);
      sets.push(`${column} = $${params.length}`);
    };
    if (request.url !== undefined) set('url', request.url);
    if (request.description !== undefined) set('description', request.description.trim());
    if (request.eventTypes !== undefined) set('event_types', request.eventTypes);
    if (request.active !== undefined) set('active', request.active);
    const [row] = await queryRows<WebhookRow>(
      m,
      `UPDATE webhook_subscriptions SET ${sets.join(', ')} WHERE tenant_id = $1 AND id = $2
        RETURNING ${COLUMNS}`,
      params,
    );
    const after = toDto(row);
    await this.audit.record({
      action: 'webhook.updated',
      entityType: 'webhook',
      entityId: id,
      before: toDto(before),
      after,
    });
    return after;
  }

  /** Deletes the subscription and its delivery log; pending deliveries are not sent. */
  async remove(id: string): Promise<void> {
    const m = this.db.manager;
    const before = await this.find(m, id, true);
    if (!before) throw new RecordNotFound('Webhook');
    await m.query(`DELETE FROM webhook_subscriptions WHERE tenant_id = $1 AND id = $2`, [
      this.db.tenantId,
      id,
    ]);
    await this.audit.record({
      action: 'webhook.deleted',
      entityType: 'webhook',
      entityId: id,
      before: toDto(before),
    });
  }

  /** The delivery log, newest first. */
  async deliveries(id: string, query: WebhookQuery): Promise<WebhookDeliveryPage> {
    if (!(await this.find(this.db.manager, id))) throw new RecordNotFound('Webhook');
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const cursor = decodeTimeCursor(query.cursor);
    const params: unknown[] = [this.db.tenantId, id];
    const where = ['tenant_id = $1', 'subscription_id = $2'];
    if (cursor) {
      params.push(...cursor);
      where.push(afterCursor('created_at', '<', params.length - 1));
    }
    params.push(limit + 1);
    const rows: DeliveryRow[] = await this.db.manager.query(
      `SELECT id, event_id, event_type, status, attempts, last_status_code, last_error,
              last_duration_ms, next_attempt_at, delivered_at, created_at, ${cursorMicros('created_at')}
         FROM webhook_deliveries WHERE ${where.join(' AND ')}
        ORDER BY created_at DESC, id DESC LIMIT $${params.length}`,
      params,
    );
    return toPage(rows, limit, toDeliveryDto, (r) => [r.cursor_at, r.id]);
  }

  private async find(
    m: EntityManager,
    id: string,
    forUpdate = false,
  ): Promise<WebhookRow | undefined> {
    const [row]: WebhookRow[] = await m.query(
      `SELECT ${COLUMNS} FROM webhook_subscriptions WHERE tenant_id = $1 AND id = $2
        ${forUpdate ? 'FOR UPDATE' : ''}`,
      [this.db.tenantId, id],
    );
    return row;
  }
}
