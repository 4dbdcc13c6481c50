import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity('task_checklist_items')
@Index('ix_task_checklist_items_task', ['tenantId', 'taskId', 'position'])
export class TaskChecklistItem {
  @PrimaryColumn('uuid')
  tenantId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  taskId!: string;

  @Column('integer')
  position!: number;

  @Column('text')
  label!: string;

  @Column('boolean', { default: false })
  done!: boolean;

  @Column('uuid', { nullable: true })
  doneById!: string | null;

  @Column('timestamptz', { nullable: true })
  doneAt!: Date | null;
}
