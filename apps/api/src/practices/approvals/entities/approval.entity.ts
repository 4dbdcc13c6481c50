import { Check, Column, Entity, Index, VersionColumn } from 'typeorm';
import { TenantEntity } from '../../../platform/database/base.entity';

/** One person's say on one level of one request. */
@Entity('approvals')
@Index('ix_approvals_request', ['tenantId', 'requestId', 'levelIndex'])
@Index('ix_approvals_queue', ['tenantId', 'approverId', 'status', 'createdAt', 'id'])
@Index('ix_approvals_timeout', ['tenantId', 'status', 'timeoutAt'])
@Check('ck_approvals_status', `"status" IN ('pending', 'approved', 'rejected', 'not_required')`)
export class Approval extends TenantEntity {
  @Column('uuid')
  requestId!: string;

  @Column('integer')
  levelIndex!: number;

  /** Who is asked now (the delegate, during a delegation). */
  @Column('uuid')
  approverId!: string;

  /** Who the policy asked, when a delegation routed the approval to someone else. */
  @Column('uuid', { nullable: true })
  delegatedFromId!: string | null;

  @Column('text', { default: 'pending' })
  status!: string;

  @Column('uuid', { nullable: true })
  decidedById!: string | null;

  @Column('text', { nullable: true })
  comment!: string | null;

  @Column('timestamptz', { nullable: true })
  decidedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  nextReminderAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  timeoutAt!: Date | null;

  @VersionColumn({ default: 1 })
  version!: number;
}
