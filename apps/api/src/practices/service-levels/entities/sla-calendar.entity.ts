import { Column, Entity, Index, VersionColumn } from 'typeorm';
import { TenantEntity } from '../../../platform/database/base.entity';

/** Business hours: an IANA zone, working intervals per weekday and holidays (libs/domain). */
@Entity('sla_calendars')
@Index('uq_sla_calendars_name', ['tenantId', 'name'], { unique: true })
export class SlaCalendar extends TenantEntity {
  @Column('text')
  name!: string;

  @Column('text')
  timeZone!: string;

  @Column('jsonb')
  workingHours!: Record<string, unknown>;

  @Column('jsonb', { default: () => `'[]'` })
  holidays!: unknown[];

  @VersionColumn({ default: 1 })
  version!: number;
}
