import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

/**
 * Domain events, written in the same transaction as the change they describe (the transactional
 * outbox). A dispatcher delivers them at least once; consumers de-duplicate by `id`.
 */
@Entity('outbox_events')
@Index('ix_outbox_events_time', ['tenantId', 'occurredAt', 'id'])
export class OutboxEvent {
  @PrimaryColumn('uuid')
  tenantId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt!: Date;

  /** e.g. `request.submitted`, `approval.requested`, `task.assigned`. */
  @Column('text')
  eventType!: string;

  @Column('text')
  aggregateType!: string;

  @Column('uuid')
  aggregateId!: string;

  @Column('jsonb')
  payload!: Record<string, unknown>;

  @Column('timestamptz', { nullable: true })
  dispatchedAt!: Date | null;

  @Column('integer', { default: 0 })
  attempts!: number;
}
