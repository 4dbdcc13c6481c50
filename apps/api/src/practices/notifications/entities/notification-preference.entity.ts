import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A user's choice for one event type on one channel. Only choices made are stored: a missing row
 * means the default, which is on.
 */
@Entity('notification_preferences')
@Check('ck_notification_preferences_channel', `"channel" IN ('in_app', 'email')`)
export class NotificationPreference {
  @PrimaryColumn('uuid')
  tenantId!: string;

  @PrimaryColumn('uuid')
  userId!: string;

  @PrimaryColumn('text')
  eventType!: string;

  @PrimaryColumn('text')
  channel!: string;

  @Column('boolean')
  enabled!: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
