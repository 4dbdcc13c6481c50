import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import type { EntityManager } from 'typeorm';
import type { EntityManager as Manager } from 'typeorm';
import type { Principal } from '../tenancy/request-context';
import { actorIdOf } from '../tenancy/request-context';
import { insertRows } from '../database/sql';
import { commitQueueIfAny } from '../tenancy/commit-queue';
import { redact } from './redact';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: object | null;
  after?: object | null;
}

export interface AuditActor {
  tenantId: string;
  actorType: 'user' | 'token' | 'system';
  actorId: string | null;
}

/**
 * Writes audit events inside the caller's transaction, so an audit row exists exactly when the
 * change it describes committed.
 */
@Injectable()
export class AuditService {
  constructor(private readonly cls: ClsService) {}

  /** Records an event for the authenticated caller in the request's transaction. */
  async record(entry: AuditEntry): Promise<void> {
    const principal = this.cls.get<Principal | undefined>('principal');
    const manager = this.cls.get<Manager | undefined>('manager');
    if (!principal || !manager)
      throw new Error('audit.record needs an authenticated request transaction');
    await this.recordAs(
      manager,
      {
        tenantId: principal.tenantId,
        actorType: principal.kind,
        actorId: actorIdOf(principal),
      },
      entry,
    );
  }

  /**
   * Records events with an explicit actor and transaction (sign-in, scheduled jobs). In a tenant
   * transaction the rows are written with the rest of its audit rows, in one INSERT just before
   * COMMIT (nothing reads them back before then); elsewhere at once.
   */
  async recordAs(
    manager: EntityManager,
    actor: AuditActor,
    ...entries: AuditEntry[]
  ): Promise<void> {
    const requestId = this.cls.isActive() ? (this.cls.getId() ?? null) : null;
    const sourceIp = this.cls.isActive()
      ? (this.cls.get<string | null | undefined>('sourceIp') ?? null)
      : null;
    const rows: AuditRow[] = entries.map((entry) => [
      actor.tenantId,
      actor.actorType,
      actor.actorId,
      entry.action,
      entry.entityType,
      entry.entityId ?? null,
      entry.before ? JSON.stringify(redact(entry.before)) : null,
      entry.after ? JSON.stringify(redact(entry.after)) : null,
      requestId,
      sourceIp,
    ]);
    const queue = commitQueueIfAny(manager);
    if (!queue) return insertAuditRows(manager, rows);
    for (const row of rows) queue.add('audit_events', row, (all) => insertAuditRows(manager, all));
  }
}

const AUDIT_COLUMNS = [
  'tenant_id',
  'actor_type',
  'actor_id',
  'action',
  'entity_type',
  'entity_id',
  'before',
  'after',
  'request_id',
  'source_ip',
] as const;

/** One value per AUDIT_COLUMNS. */
type AuditRow = unknown[];

function insertAuditRows(manager: EntityManager, rows: AuditRow[]): Promise<void> {
  return insertRows(manager, 'audit_events', AUDIT_COLUMNS, rows);
}
