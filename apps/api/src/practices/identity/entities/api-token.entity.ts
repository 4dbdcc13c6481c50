import { Column, Entity, Index } from 'typeorm';
import { TenantEntity } from '../../../platform/database/base.entity';

@Entity('api_tokens')
@Index('ix_api_tokens_created', ['tenantId', 'createdAt', 'id'])
export class ApiToken extends TenantEntity {
  @Column('text')
  name!: string;

  /** SHA-256 of the secret part (256 random bits, so a slow hash adds nothing). */
  @Column('bytea', { select: false })
  secretHash!: Buffer;

  /** First characters of the token, shown in lists so people can tell tokens apart. */
  @Column('text')
  displayPrefix!: string;

  @Column('text', { array: true })
  roles!: string[];

  @Column('uuid')
  createdById!: string;

  @Column('timestamptz', { nullable: true })
  expiresAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  lastUsedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;
}
