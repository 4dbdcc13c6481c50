import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

/**
 * One in-app notification for one user. (tenant, event, user) is unique: the dispatcher may hand
 * an event over more than once (at-least-once), the user sees it once.
 */
@Entity('notifications')
@Index('uq_notifications_event_user', ['tenantId', 'eventId', 'userId'], { unique: true })
@Index('ix_notifications_user', ['tenantId', 'userId', 'createdAt', 'id'])
@Index('ix_notifications_unread', ['tenantId', 'userId', 'createdAt', 'id'], {
  where: '(read_at IS NULL)',
})
export class Notification {
  @PrimaryColumn('uuid')
  tenantId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  userId!: string;

  /** The outbox event this came from. */
  @Column('uuid')
  eventId!: string;

  @Column('text')
  eventType!: string;

  @Column('text')
  title!: string;

  @Column('text')
  body!: string;

  /** Portal path of the record it is about, e.g. `/requests/<id>`. */
  @Column('text', { nullable: true })
  link!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  readAt!: Date | null;
}
