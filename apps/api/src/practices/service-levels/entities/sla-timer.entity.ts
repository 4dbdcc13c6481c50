import { Check, Column, Entity, Index } from 'typeorm';
import { TenantEntity } from '../../../platform/database/base.entity';

/**
 * One service-level clock on a request (response, resolution) or on a task (operational target).
 * `due_at` and the warning instants are wall-clock times computed from the calendar whenever the
 * clock starts, resumes or is re-targeted; `next_check_at` is the next of them the SLA job must
 * act on, NULL when there is none.
 */
@Entity('sla_timers')
@Check('ck_sla_timers_kind', `"kind" IN ('response', 'resolution', 'task')`)
@Check('ck_sla_timers_state', `"state" IN ('running', 'paused', 'stopped', 'cancelled')`)
@Index('ix_sla_timers_request', ['tenantId', 'requestId'])
@Index('ix_sla_timers_task', ['tenantId', 'taskId'])
@Index('ix_sla_timers_check', ['tenantId', 'nextCheckAt'])
@Index('ix_sla_timers_calendar', ['tenantId', 'calendarId', 'state'])
@Index('ix_sla_timers_policy', ['tenantId', 'policyId', 'priority'])
// Reporting's windows over timers (migrations 1764600000000, 1765000000000): state and breach
// ride along so SLA compliance is an index-only scan.
@Index('ix_sla_timers_started', ['tenantId', 'startedAt', 'state', 'breachedAt'])
@Index('ix_sla_timers_breached', ['tenantId', 'breachedAt'])
export class SlaTimer extends TenantEntity {
  @Column('uuid')
  requestId!: string;

  @Column('uuid', { nullable: true })
  taskId!: string | null;

  @Column('uuid')
  policyId!: string;

  @Column('uuid')
  calendarId!: string;

  @Column('text')
  kind!: string;

  @Column('text')
  priority!: string;

  @Column('integer')
  targetMinutes!: number;

  @Column('timestamptz')
  startedAt!: Date;

  @Column('text')
  state!: string;

  @Column('timestamptz', { nullable: true })
  pausedAt!: Date | null;

  /** Business minutes spent paused before the current run. */
  @Column('integer', { default: 0 })
  pausedMinutes!: number;

  @Column('timestamptz')
  dueAt!: Date;

  @Column('timestamptz', { nullable: true })
  nextCheckAt!: Date | null;

  @Column('smallint', { array: true, default: () => `'{}'` })
  warningPercents!: number[];

  @Column('timestamptz', { array: true, default: () => `'{}'` })
  warningAt!: Date[];

  @Column('smallint', { nullable: true })
  lastWarningPercent!: number | null;

  @Column('timestamptz', { nullable: true })
  breachedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  stoppedAt!: Date | null;
}
