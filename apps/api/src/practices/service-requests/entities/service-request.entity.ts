import { Check, Column, Entity, Index, VersionColumn } from 'typeorm';
import { TenantEntity } from '../../../platform/database/base.entity';

@Entity('service_requests')
@Index('uq_service_requests_number', ['tenantId', 'number'], { unique: true })
@Index('ix_service_requests_requester', ['tenantId', 'requesterId', 'createdAt', 'id'])
@Index('ix_service_requests_requested_for', ['tenantId', 'requestedForId', 'createdAt', 'id'])
@Index('ix_service_requests_status', ['tenantId', 'status', 'createdAt', 'id'])
@Index('ix_service_requests_created', ['tenantId', 'createdAt', 'id'])
@Index('ix_service_requests_item', ['tenantId', 'itemId', 'createdAt', 'id'])
@Index('ix_service_requests_assignee', ['tenantId', 'assigneeId', 'status', 'createdAt', 'id'])
// Reporting's window aggregates (migrations 1764600000000, 1765000000000), each carrying the
// columns its aggregate reads so the dashboard answers from the index alone.
@Index('ix_service_requests_submitted', ['tenantId', 'submittedAt', 'status', 'itemId'])
@Index('ix_service_requests_fulfilled', ['tenantId', 'fulfilledAt', 'submittedAt', 'rating'])
@Index('ix_service_requests_approval_time', ['tenantId', 'submittedAt', 'approvedAt'], {
  where: '((approved_at IS NOT NULL) AND (jsonb_array_length(approval_plan) > 0))',
})
@Check('ck_service_requests_rating', `"rating" IS NULL OR "rating" BETWEEN 1 AND 5`)
// GIN over (tenant_id, requestDocument of request-queries.ts) with btree_gin: TypeORM cannot
// declare it, so the migration does and schema sync leaves it alone.
@Index('ftx_service_requests_search', { synchronize: false })
export class ServiceRequest extends TenantEntity {
  @Column('bigint')
  number!: string;

  @Column('uuid')
  itemId!: string;

  /** The item's name when ordered, so lists and boards need no join into the catalog. */
  @Column('text')
  itemName!: string;

  @Column('uuid')
  requesterId!: string;

  @Column('uuid')
  requestedForId!: string;

  /** The agent who owns the request end to end (tasks may be worked by others). */
  @Column('uuid', { nullable: true })
  assigneeId!: string | null;

  @Column('text')
  status!: string;

  @Column('text')
  priority!: string;

  @Column('text', { default: '' })
  justification!: string;

  @Column('jsonb', { default: () => `'{}'` })
  formData!: Record<string, unknown>;

  @Column('uuid', { nullable: true })
  costCenterId!: string | null;

  /** The item's SLA policy when the request was raised (none: the tenant's default). */
  @Column('uuid', { nullable: true })
  slaPolicyId!: string | null;

  @Column('numeric', { precision: 14, scale: 2, default: 0 })
  costAmount!: string;

  @Column('char', { length: 3, default: 'USD' })
  costCurrency!: string;

  @Column('date', { nullable: true })
  dueDate!: string | null;

  /** The item's approval levels as they stood at submission; later policy edits do not apply. */
  @Column('jsonb', { nullable: true })
  approvalPlan!: unknown[] | null;

  @Column('integer', { nullable: true })
  currentApprovalLevel!: number | null;

  /** The item's task templates and support team at submission: what fulfilment will create. */
  @Column('jsonb', { nullable: true })
  taskPlan!: unknown[] | null;

  @Column('uuid', { nullable: true })
  supportTeamId!: string | null;

  @Column('timestamptz', { nullable: true })
  submittedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  approvedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  fulfilledAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  closedAt!: Date | null;

  @Column('smallint', { nullable: true })
  rating!: number | null;

  @Column('text', { nullable: true })
  feedback!: string | null;

  @Column('text', { nullable: true })
  cancelReason!: string | null;

  @VersionColumn({ default: 1 })
  version!: number;
}
