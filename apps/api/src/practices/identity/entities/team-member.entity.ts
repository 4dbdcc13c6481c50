import { CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('team_members')
@Index('ix_team_members_user', ['tenantId', 'userId'])
export class TeamMember {
  @PrimaryColumn('uuid')
  tenantId!: string;

  @PrimaryColumn('uuid')
  teamId!: string;

  @PrimaryColumn('uuid')
  userId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
