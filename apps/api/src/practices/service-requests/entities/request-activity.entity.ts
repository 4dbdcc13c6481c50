import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

/** The request's timeline as people read it: what happened, by whom, in plain words. */
@Entity('request_activities')
@Index('ix_request_activities_request', ['tenantId', 'requestId', 'occurredAt'])
export class RequestActivity {
  @PrimaryColumn('uuid')
  tenantId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  requestId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column('uuid', { nullable: true })
  actorId!: string | null;

  /** e.g. `submitted`, `approval.approved`, `task.completed`. */
  @Column('text')
  kind!: string;

  @Column('text')
  summary!: string;

  /** Whether the requester may see it (internal steps of fulfilment are hidden). */
  @Column('boolean', { default: true })
  public!: boolean;
}
