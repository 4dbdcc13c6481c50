import { Column, Entity, Index, VersionColumn } from 'typeorm';
import { TenantEntity } from '../../../platform/database/base.entity';

/**
 * A tenant's webhook: where to POST which events. The secret signs each delivery (HMAC-SHA256);
 * it is kept as given because signing needs it, and shown to the client only at creation.
 */
@Entity('webhook_subscriptions')
@Index('ix_webhook_subscriptions_created', ['tenantId', 'createdAt', 'id'])
export class WebhookSubscription extends TenantEntity {
  @Column('text')
  url!: string;

  @Column('text', { default: '' })
  description!: string;

  /** Event types or patterns with a trailing `*` (`request.*`, `*`). */
  @Column('text', { array: true })
  eventTypes!: string[];

  @Column('text')
  secret!: string;

  @Column('boolean', { default: true })
  active!: boolean;

  @VersionColumn({ default: 1 })
  version!: number;
}
