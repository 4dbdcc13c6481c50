import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** The first outcome of a create sent with `Idempotency-Key`, replayed to retries for 24 hours. */
@Entity('idempotency_keys')
@Index('ix_idempotency_keys_expiry', ['tenantId', 'expiresAt'])
export class IdempotencyKey {
  @PrimaryColumn('uuid')
  tenantId!: string;

  @PrimaryColumn('text')
  key!: string;

  /** Method, path and SHA-256 of the body: the same key with another request is refused (422). */
  @Column('text')
  requestFingerprint!: string;

  @Column('integer', { nullable: true })
  statusCode!: number | null;

  @Column('jsonb', { nullable: true })
  responseBody!: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz')
  expiresAt!: Date;
}
