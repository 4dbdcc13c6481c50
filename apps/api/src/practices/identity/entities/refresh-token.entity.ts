import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One row per issued refresh token. Tokens of one sign-in share a family; using a token marks it
 * used and issues its successor, and presenting a used token again revokes the whole family.
 */
@Entity('refresh_tokens')
@Index('ix_refresh_tokens_family', ['tenantId', 'familyId'])
@Index('ix_refresh_tokens_user', ['tenantId', 'userId'])
export class RefreshToken {
  @PrimaryColumn('uuid')
  tenantId!: string;

  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  familyId!: string;

  @Column('uuid')
  userId!: string;

  /** SHA-256 of the secret part; the secret itself is never stored. */
  @Column('bytea')
  secretHash!: Buffer;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  usedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
