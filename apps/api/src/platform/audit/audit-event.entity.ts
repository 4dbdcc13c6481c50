import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

/**
 * Append-only audit trail. The API role holds INSERT and SELECT only, so no code path of the
 * API can rewrite history, whatever its bugs.
 */
@Entity('audit_events')
@Index('ix_audit_events_time', ['tenantId', 'occurredAt', 'id'])
@Index('ix_audit_events_entity', ['tenantId', 'entityType', 'entityId', 'occurredAt'])
@Index('ix_audit_events_actor', ['tenantId', 'actorId', 'occurredAt'])
export class AuditEvent {
  @PrimaryColumn('uuid')
  tenantId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt!: Date;

  /** `user`, `token` or `system`. */
  @Column('text')
  actorType!: string;

  @Column('uuid', { nullable: true })
  actorId!: string | null;

  @Column('text')
  action!: string;

  @Column('text')
  entityType!: string;

  @Column('uuid', { nullable: true })
  entityId!: string | null;

  @Column('jsonb', { nullable: true })
  before!: Record<string, unknown> | null;

  @Column('jsonb', { nullable: true })
  after!: Record<string, unknown> | null;

  @Column('text', { nullable: true })
  requestId!: string | null;

  @Column('inet', { nullable: true })
  sourceIp!: string | null;
}
