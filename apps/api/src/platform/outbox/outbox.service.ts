import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { insertRows } from '../database/sql';
import { commitQueueOf } from '../tenancy/commit-queue';
import { eventActorIdOf } from '../tenancy/request-context';
import { TenantDb } from '../tenancy/tenant-db';

export interface DomainEvent {
  type: string;
  aggregateType: string;
  aggregateId: string;
  payload: Record<string, unknown>;
}

/** One value per OUTBOX_COLUMNS. */
type OutboxRow = unknown[];

/**
 * Records domain events in the request's transaction: an event exists exactly when the change it
 * announces committed. Delivery (in-app, email, webhooks) reads the table later, from other
 * transactions, so the events a transaction emits are written together in one INSERT just before
 * its COMMIT rather than one statement each.
 */
@Injectable()
export class OutboxService {
  constructor(private readonly db: TenantDb) {}

  /** Emits events in the request's transaction, as its caller. */
  emit(...events: DomainEvent[]): Promise<void> {
    // Notifications skip the acting user.
    this.emitIn(this.db.manager, this.db.tenantId, eventActorIdOf(this.db.principal), events);
    return Promise.resolve();
  }

  /**
   * The same with the transaction, tenant and actor given, for work that runs where the request
   * context may be gone (what a transaction does just before its commit).
   */
  emitIn(
    manager: EntityManager,
    tenantId: string,
    actorId: string | null,
    events: DomainEvent[],
  ): void {
    const queue = commitQueueOf(manager);
    for (const event of events) {
      const row: OutboxRow = [
        tenantId,
        event.type,
        event.aggregateType,
        event.aggregateId,
        JSON.stringify(event.payload),
        actorId,
      ];
      queue.add('outbox_events', row, (rows) => insertOutboxRows(manager, rows));
    }
  }
}

const OUTBOX_COLUMNS = [
  'tenant_id',
  'event_type',
  'aggregate_type',
  'aggregate_id',
  'payload',
  'actor_id',
] as const;

function insertOutboxRows(manager: EntityManager, rows: OutboxRow[]): Promise<void> {
  return insertRows(manager, 'outbox_events', OUTBOX_COLUMNS, rows);
}
