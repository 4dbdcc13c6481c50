import { Column, Entity, Index, VersionColumn } from 'typeorm';
import { TenantEntity } from '../../../platform/database/base.entity';

/** Response, resolution and task targets per priority, measured on one calendar. */
@Entity('sla_policies')
@Index('uq_sla_policies_name', ['tenantId', 'name'], { unique: true })
@Index('ix_sla_policies_calendar', ['tenantId', 'calendarId'])
export class SlaPolicy extends TenantEntity {
  @Column('text')
  name!: string;

  @Column('text', { default: '' })
  description!: string;

  @Column('uuid')
  calendarId!: string;

  @Column('jsonb')
  targets!: Record<string, unknown>;

  @Column('smallint', { array: true, default: () => `'{50,75}'` })
  warningThresholds!: number[];

  @Column('text', { array: true, default: () => `'{on_hold}'` })
  pauseStates!: string[];

  /** The policy for requests whose item names none; at most one per tenant (the service keeps it so). */
  @Column('boolean', { default: false })
  isDefault!: boolean;

  @Column('boolean', { default: true })
  active!: boolean;

  @VersionColumn({ default: 1 })
  version!: number;
}
