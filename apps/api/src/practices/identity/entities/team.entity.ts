import { Column, Entity, Index, VersionColumn } from 'typeorm';
import { TenantEntity } from '../../../platform/database/base.entity';

@Entity('teams')
@Index('uq_teams_name', ['tenantId', 'name'], { unique: true })
export class Team extends TenantEntity {
  @Column('text')
  name!: string;

  @Column('text', { default: '' })
  description!: string;

  @Column('uuid', { nullable: true })
  leadId!: string | null;

  @VersionColumn({ default: 1 })
  version!: number;
}
