import { Injectable } from '@nestjs/common';
import { TenantDb } from '../tenancy/tenant-db';

export interface DomainEvent {
  type: string;
  aggregateType: string;
  aggregateId: string;
  payload: Record<string, unknown>;
}

/**
 * Records domain events in the request's transaction: an event exists exactly when the change it
 * announces committed. Delivery (in-app, email, webhooks) reads the table later.
 */
@Injectable()
export class OutboxService {
  constructor(private readonly db: TenantDb) {}

  async emit(...events: DomainEvent[]): Promise<void> {
    if (!events.length) return;
    const principal = this.db.principal;
    // The acting user (a token acts for its user); notifications skip them.
    const actorId = principal.kind === 'system' ? null : principal.userId;
    const params: unknown[] = [];
    const rows = events.map((event) => {
      params.push(
        this.db.tenantId,
        event.type,
        event.aggregateType,
        event.aggregateId,
        JSON.stringify(event.payload),
        actorId,
      );
      const n = params.length;
      return `($${n - 5}, $${n - 4}, $${n - 3}, $${n - 2}, $${n - 1}, $${n})`;
    });
    await this.db.manager.query(
      `INSERT INTO outbox_events (tenant_id, event_type, aggregate_type, aggregate_id, payload, actor_id)
       VALUES ${rows.join(', ')}`,
      params,
    );
  }
}
