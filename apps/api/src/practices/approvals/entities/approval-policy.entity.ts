import { Column, Entity, Index, VersionColumn } from 'typeorm';
import { TenantEntity } from '../../../platform/database/base.entity';

@Entity('approval_policies')
@Index('uq_approval_policies_name', ['tenantId', 'name'], { unique: true })
export class ApprovalPolicy extends TenantEntity {
  @Column('text')
  name!: string;

  @Column('text', { default: '' })
  description!: string;

  /** Ordered levels: approver specs, rule, reminder and timeout (see libs/domain approvals). */
  @Column('jsonb')
  levels!: unknown[];

  @VersionColumn({ default: 1 })
  version!: number;
}
