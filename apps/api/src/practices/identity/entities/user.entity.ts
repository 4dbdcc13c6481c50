import { Check, Column, Entity, Index, VersionColumn } from 'typeorm';
import { TenantEntity } from '../../../platform/database/base.entity';

@Entity('users')
@Index('uq_users_email', ['tenantId', 'email'], { unique: true })
@Index('ix_users_name', ['tenantId', 'name', 'id'])
@Index('ix_users_manager', ['tenantId', 'managerId'])
@Check('ck_users_email_lower', `"email" = lower("email")`)
export class User extends TenantEntity {
  @Column('text')
  email!: string;

  @Column('text')
  name!: string;

  /** argon2id; null until a password is set (such a user cannot sign in). */
  @Column('text', { nullable: true, select: false })
  passwordHash!: string | null;

  @Column('text', { array: true, default: () => `'{requester}'` })
  roles!: string[];

  @Column('uuid', { nullable: true })
  managerId!: string | null;

  @Column('boolean', { default: true })
  active!: boolean;

  @Column('integer', { default: 0 })
  failedLoginCount!: number;

  @Column('timestamptz', { nullable: true })
  lockedUntil!: Date | null;

  @Column('timestamptz', { nullable: true })
  lastLoginAt!: Date | null;

  @VersionColumn({ default: 1 })
  version!: number;
}
