import { Check, Column, Entity, Index, VersionColumn } from 'typeorm';
import { TenantEntity } from '../../../platform/database/base.entity';

/**
 * A budget for one period. `committed` is money promised by approved, unfulfilled requests;
 * `spent` by fulfilled ones. Both move only through CostCentersService.adjust, in the
 * transaction of the request change that causes them.
 */
@Entity('cost_centers')
@Index('uq_cost_centers_code', ['tenantId', 'code'], { unique: true })
@Index('ix_cost_centers_owner', ['tenantId', 'ownerId'])
@Check('ck_cost_centers_currency', `"currency" ~ '^[A-Z]{3}$'`)
@Check('ck_cost_centers_period', `"period_end" >= "period_start"`)
@Check(
  'ck_cost_centers_amounts',
  `"budget_amount" >= 0 AND "committed_amount" >= 0 AND "spent_amount" >= 0`,
)
export class CostCenter extends TenantEntity {
  @Column('text')
  code!: string;

  @Column('text')
  name!: string;

  @Column('uuid')
  ownerId!: string;

  @Column('numeric', { precision: 14, scale: 2 })
  budgetAmount!: string;

  @Column('char', { length: 3 })
  currency!: string;

  @Column('date')
  periodStart!: string;

  @Column('date')
  periodEnd!: string;

  @Column('numeric', { precision: 14, scale: 2, default: 0 })
  committedAmount!: string;

  @Column('numeric', { precision: 14, scale: 2, default: 0 })
  spentAmount!: string;

  @VersionColumn({ default: 1 })
  version!: number;
}
