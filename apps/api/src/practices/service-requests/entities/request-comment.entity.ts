import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

@Entity('request_comments')
@Index('ix_request_comments_request', ['tenantId', 'requestId', 'createdAt'])
@Check('ck_request_comments_visibility', `"visibility" IN ('public', 'internal')`)
export class RequestComment {
  @PrimaryColumn('uuid')
  tenantId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  requestId!: string;

  @Column('uuid')
  authorId!: string;

  /** `internal` comments are for agents and never shown to the requester. */
  @Column('text')
  visibility!: string;

  @Column('text')
  body!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
