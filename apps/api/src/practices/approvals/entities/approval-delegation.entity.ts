import { Check, Column, Entity, Index } from 'typeorm';
import { TenantEntity } from '../../../platform/database/base.entity';

/** While active, new approvals for the delegator go to the delegate. Delegations do not chain. */
@Entity('approval_delegations')
@Index('ix_approval_delegations_delegator', ['tenantId', 'delegatorId', 'startsAt'])
@Check('ck_approval_delegations_window', `"ends_at" > "starts_at"`)
@Check('ck_approval_delegations_self', `"delegate_id" <> "delegator_id"`)
export class ApprovalDelegation extends TenantEntity {
  @Column('uuid')
  delegatorId!: string;

  @Column('uuid')
  delegateId!: string;

  @Column('timestamptz')
  startsAt!: Date;

  @Column('timestamptz')
  endsAt!: Date;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;
}
