import { Check, Column, Entity, Index } from 'typeorm';
import { TenantEntity } from '../../../platform/database/base.entity';

/**
 * One event for one subscription, and its delivery log. The body is fixed when the event is fanned
 * out, so every retry sends the same bytes (only the timestamp and signature change).
 * (tenant, subscription, event) is unique: an event reaches a subscription once.
 */
@Entity('webhook_deliveries')
@Index('uq_webhook_deliveries_event', ['tenantId', 'subscriptionId', 'eventId'], { unique: true })
@Index('ix_webhook_deliveries_subscription', ['tenantId', 'subscriptionId', 'createdAt', 'id'])
@Index('ix_webhook_deliveries_due', ['tenantId', 'nextAttemptAt'], {
  where: `(status = 'pending'::text)`,
})
@Check('ck_webhook_deliveries_status', `"status" IN ('pending', 'delivered', 'failed')`)
export class WebhookDelivery extends TenantEntity {
  @Column('uuid')
  subscriptionId!: string;

  @Column('uuid')
  eventId!: string;

  @Column('text')
  eventType!: string;

  @Column('text')
  body!: string;

  @Column('text', { default: 'pending' })
  status!: string;

  @Column('integer', { default: 0 })
  attempts!: number;

  @Column('timestamptz', { default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column('integer', { nullable: true })
  lastStatusCode!: number | null;

  @Column('text', { nullable: true })
  lastError!: string | null;

  @Column('integer', { nullable: true })
  lastDurationMs!: number | null;

  @Column('timestamptz', { nullable: true })
  deliveredAt!: Date | null;
}
