import { Check, Column, Entity, Index } from 'typeorm';
import { TenantEntity } from '../../../platform/database/base.entity';

/**
 * One email for one recipient of one event, rendered when the event is fanned out and sent by the
 * delivery worker with retries. (tenant, event, user) is unique: at most one email per event each.
 */
@Entity('email_deliveries')
@Index('uq_email_deliveries_event_user', ['tenantId', 'eventId', 'userId'], { unique: true })
@Index('ix_email_deliveries_due', ['tenantId', 'nextAttemptAt'], {
  where: `(status = 'pending'::text)`,
})
@Check('ck_email_deliveries_status', `"status" IN ('pending', 'sent', 'failed')`)
export class EmailDelivery extends TenantEntity {
  @Column('uuid')
  eventId!: string;

  @Column('uuid')
  userId!: string;

  @Column('text')
  eventType!: string;

  @Column('text')
  toAddress!: string;

  @Column('text')
  subject!: string;

  @Column('text')
  textBody!: string;

  @Column('text')
  htmlBody!: string;

  @Column('text', { default: 'pending' })
  status!: string;

  @Column('integer', { default: 0 })
  attempts!: number;

  @Column('timestamptz', { default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column('text', { nullable: true })
  lastError!: string | null;

  @Column('timestamptz', { nullable: true })
  sentAt!: Date | null;
}
