import { Check, Column, Entity, Index, VersionColumn } from 'typeorm';
import { TenantEntity } from '../../../platform/database/base.entity';

@Entity('tasks')
@Index('uq_tasks_number', ['tenantId', 'number'], { unique: true })
@Index('ix_tasks_request', ['tenantId', 'requestId'])
@Index('ix_tasks_assignee', ['tenantId', 'assigneeId', 'status', 'createdAt', 'id'])
@Index('ix_tasks_team', ['tenantId', 'teamId', 'status', 'createdAt', 'id'])
@Index('ix_tasks_created', ['tenantId', 'createdAt', 'id'])
@Index('ix_tasks_status', ['tenantId', 'status', 'createdAt', 'id'])
/** Open work per assignee, for auto-assignment's counts (migration 1765100000000). */
@Index('ix_tasks_open_assignee', ['tenantId', 'assigneeId'], {
  where: `(status = ANY (ARRAY['blocked'::text, 'open'::text, 'in_progress'::text]))`,
})
@Check('ck_tasks_status', `"status" IN ('blocked', 'open', 'in_progress', 'done', 'skipped')`)
export class Task extends TenantEntity {
  @Column('bigint')
  number!: string;

  @Column('uuid')
  requestId!: string;

  /** The template this task came from; dependencies name template keys. */
  @Column('text')
  templateKey!: string;

  @Column('text')
  title!: string;

  @Column('text', { default: '' })
  description!: string;

  @Column('uuid', { nullable: true })
  teamId!: string | null;

  @Column('uuid', { nullable: true })
  assigneeId!: string | null;

  @Column('text')
  status!: string;

  @Column('text', { array: true, default: () => `'{}'` })
  dependsOn!: string[];

  @Column('integer', { nullable: true })
  estimateMinutes!: number | null;

  @Column('text', { nullable: true })
  skipReason!: string | null;

  @Column('timestamptz', { nullable: true })
  startedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  completedAt!: Date | null;

  @VersionColumn({ default: 1 })
  version!: number;
}
