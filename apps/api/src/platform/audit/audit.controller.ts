import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authorize } from '../auth/authorize.decorator';
import { TenantDb } from '../tenancy/tenant-db';
import { DEFAULT_PAGE_SIZE, decodeCursor, toPage } from '../pagination/pagination';
import { AuditEventPage, AuditEventQuery } from './dto/audit-event.dto';

interface AuditRow {
  id: string;
  occurred_at: Date;
  cursor_at: string;
  actor_type: string;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  request_id: string | null;
  source_ip: string | null;
}

@ApiTags('audit')
@Controller('audit-events')
export class AuditController {
  constructor(private readonly db: TenantDb) {}

  /** The audit trail, newest first; filter by entity, actor, action and time. */
  @Get()
  @Authorize('audit:read')
  @ApiOkResponse({ type: AuditEventPage })
  async listAuditEvents(@Query() query: AuditEventQuery): Promise<AuditEventPage> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const cursor = decodeCursor(query.cursor, 2);
    const where: string[] = ['tenant_id = $1'];
    const params: unknown[] = [this.db.tenantId];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (query.entityType) add('entity_type = ?', query.entityType);
    if (query.entityId) add('entity_id = ?', query.entityId);
    if (query.actorId) add('actor_id = ?', query.actorId);
    if (query.actorType) add('actor_type = ?', query.actorType);
    if (query.action) add('action = ?', query.action);
    if (query.from) add('occurred_at >= ?', query.from);
    if (query.to) add('occurred_at < ?', query.to);
    if (cursor) {
      params.push(cursor[0], cursor[1]);
      where.push(
        `(occurred_at, id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`,
      );
    }
    params.push(limit + 1);
    const rows: AuditRow[] = await this.db.manager.query(
      `SELECT id, occurred_at, occurred_at::text AS cursor_at, actor_type, actor_id, action, entity_type,
              entity_id, before, after, request_id, host(source_ip) AS source_ip
         FROM audit_events
        WHERE ${where.join(' AND ')}
        ORDER BY occurred_at DESC, id DESC
        LIMIT $${params.length}`,
      params,
    );
    return toPage(
      rows,
      limit,
      (r) => ({
        id: r.id,
        occurredAt: r.occurred_at.toISOString(),
        actorType: r.actor_type,
        actorId: r.actor_id,
        action: r.action,
        entityType: r.entity_type,
        entityId: r.entity_id,
        before: r.before,
        after: r.after,
        requestId: r.request_id,
        sourceIp: r.source_ip,
      }),
      (r) => [r.cursor_at, r.id],
    );
  }
}
