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
// Only undelivered rows, so the dispatcher's scans cost what is pending, not the whole history;
// in the claim's order, so a backlog is read 100 at a time, not sorted (migration 1765200000000).
@Index('ix_outbox_events_pending', ['tenantId', 'nextAttemptAt', 'occurredAt', 'id'], {
  where: '((dispatched_at IS NULL) AND (gave_up_at IS NULL))',
})
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

  /** The user whose action raised it (null for Trellis itself): never notified about it. */
  @Column('uuid', { nullable: true })
  actorId!: string | null;

  /** When the dispatcher may (next) try it; pushed out with backoff after a failure. */
  @Column('timestamptz', { default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column('text', { nullable: true })
  lastError!: string | null;

  /** Set after the last allowed attempt failed; the row stays for inspection. */
  @Column('timestamptz', { nullable: true })
  gaveUpAt!: Date | null;
}
