import { Injectable } from '@nestjs/common';
import { AuditService } from '../../platform/audit/audit.service';
import { formatNumber } from '../../platform/numbering/numbering.service';
import { OutboxService } from '../../platform/outbox/outbox.service';
import { TenantDb } from '../../platform/tenancy/tenant-db';

interface NoticeRow {
  id: string;
  request_id: string;
  request_number: string;
  task_id: string | null;
  kind: string;
  priority: string;
  due_at: Date;
  breached_at: Date | null;
  assignee_id: string | null;
  team_lead_id: string | null;
  requester_manager_id: string | null;
}

export interface SlaWarningNotice {
  timerId: string;
  thresholdPercent: number;
}

/**
 * Tells people about warnings and breaches: one audit event and one outbox event per warning or
 * breach, written in the transaction that recorded it on the timer, so each is announced exactly
 * when it is recorded. Who is told: the assignee (of the task, else of the request) and the lead
 * of the team doing the work; on a breach also the requester's manager. These ids are read with
 * one join over the timers concerned, so the cost follows the number of notices, not of timers.
 */
@Injectable()
export class SlaNotices {
  constructor(
    private readonly db: TenantDb,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
  ) {}

  async breached(timerIds: string[]): Promise<void> {
    if (!timerIds.length) return;
    const rows = await this.load(timerIds);
    for (const row of rows) {
      await this.audit.record({
        action: 'sla.breached',
        entityType: 'sla_timer',
        entityId: row.id,
        after: {
          requestId: row.request_id,
          taskId: row.task_id,
          kind: row.kind,
          dueAt: row.due_at,
          breachedAt: row.breached_at,
        },
      });
    }
    await this.outbox.emit(
      ...rows.map((row) => ({
        type: 'sla.breached',
        aggregateType: 'request',
        aggregateId: row.request_id,
        payload: {
          ...this.common(row),
          breachedAt: row.breached_at?.toISOString() ?? null,
          recipientIds: unique([row.assignee_id, row.team_lead_id, row.requester_manager_id]),
        },
      })),
    );
  }

  async warned(notices: SlaWarningNotice[]): Promise<void> {
    if (!notices.length) return;
    const percent = new Map(notices.map((n) => [n.timerId, n.thresholdPercent]));
    const rows = await this.load([...percent.keys()]);
    for (const row of rows) {
      await this.audit.record({
        action: 'sla.warning',
        entityType: 'sla_timer',
        entityId: row.id,
        after: {
          requestId: row.request_id,
          taskId: row.task_id,
          kind: row.kind,
          thresholdPercent: percent.get(row.id),
          dueAt: row.due_at,
        },
      });
    }
    await this.outbox.emit(
      ...rows.map((row) => ({
        type: 'sla.warning',
        aggregateType: 'request',
        aggregateId: row.request_id,
        payload: {
          ...this.common(row),
          thresholdPercent: percent.get(row.id),
          recipientIds: unique([row.assignee_id, row.team_lead_id]),
        },
      })),
    );
  }

  private common(row: NoticeRow) {
    return {
      timerId: row.id,
      requestId: row.request_id,
      requestNumber: formatNumber('request', row.request_number),
      taskId: row.task_id,
      kind: row.kind,
      priority: row.priority,
      dueAt: row.due_at.toISOString(),
    };
  }

  private load(timerIds: string[]): Promise<NoticeRow[]> {
    return this.db.manager.query(
      `SELECT t.id, t.request_id, r.number AS request_number, t.task_id, t.kind, t.priority, t.due_at, t.breached_at,
              coalesce(k.assignee_id, r.assignee_id) AS assignee_id, team.lead_id AS team_lead_id,
              requester.manager_id AS requester_manager_id
         FROM sla_timers t
         JOIN service_requests r ON r.tenant_id = t.tenant_id AND r.id = t.request_id
         LEFT JOIN tasks k ON k.tenant_id = t.tenant_id AND k.id = t.task_id
         LEFT JOIN teams team ON team.tenant_id = t.tenant_id AND team.id = coalesce(k.team_id, r.support_team_id)
         LEFT JOIN users requester ON requester.tenant_id = t.tenant_id AND requester.id = r.requester_id
        WHERE t.tenant_id = $1 AND t.id = ANY($2::uuid[])
        ORDER BY t.due_at, t.id`,
      [this.db.tenantId, timerIds],
    );
  }
}

const unique = (ids: (string | null)[]): string[] => [
  ...new Set(ids.filter((id): id is string => !!id)),
];
