import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

/**
 * A file attached to a request. The bytes live in attachment storage under `<tenantId>/<id>`;
 * this row is their metadata. The name is what the uploader called the file, sanitised, and
 * never part of a storage path.
 */
@Entity('request_attachments')
@Index('ix_request_attachments_request', ['tenantId', 'requestId', 'createdAt', 'id'])
@Check('ck_request_attachments_size', `"size_bytes" > 0`)
@Check('ck_request_attachments_sha256', `"sha256" ~ '^[0-9a-f]{64}$'`)
export class RequestAttachment {
  @PrimaryColumn('uuid')
  tenantId!: string;

  /** Also the file's name in storage. */
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  requestId!: string;

  @Column('uuid')
  uploaderId!: string;

  @Column('text')
  fileName!: string;

  /** The type the content was verified to be (magic bytes), not the one the client declared. */
  @Column('text')
  contentType!: string;

  @Column('bigint')
  sizeBytes!: string;

  /** Hex SHA-256 of the stored bytes. */
  @Column('char', { length: 64 })
  sha256!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
