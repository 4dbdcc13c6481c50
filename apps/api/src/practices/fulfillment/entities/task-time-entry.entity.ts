import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

@Entity('task_time_entries')
@Index('ix_task_time_entries_task', ['tenantId', 'taskId', 'createdAt'])
@Check('ck_task_time_entries_minutes', `"minutes" BETWEEN 1 AND 1440`)
export class TaskTimeEntry {
  @PrimaryColumn('uuid')
  tenantId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  taskId!: string;

  @Column('uuid')
  userId!: string;

  @Column('integer')
  minutes!: number;

  @Column('date')
  spentOn!: string;

  @Column('text', { default: '' })
  note!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
