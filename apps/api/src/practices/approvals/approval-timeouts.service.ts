import { Injectable } from '@nestjs/common';
import type { ApprovalLevel } from '@trellis/domain';
import { queryRows } from '../../platform/database/sql';
import { formatNumber } from '../../platform/numbering/numbering.service';
import { OutboxService } from '../../platform/outbox/outbox.service';
import { TenantDb } from '../../platform/tenancy/tenant-db';
import { RequestActivityService } from '../service-requests/request-activity.service';
import { RequestStateService } from '../service-requests/request-state.service';
import { ApprovalEngine } from './approval-engine.service';

const HOUR_MS = 3_600_000;

interface DueApproval {
  id: string;
  request_id: string;
  level_index: number;
  approver_id: string;
  approval_plan: ApprovalLevel[];
  number: string;
  item_name: string;
}

export interface TimeoutReport {
  reminded: number;
  approved: number;
  rejected: number;
  escalated: number;
}

/**
 * Reminders and timeouts of pending approvals (DESIGN.md section 4), for the tenant of the current
 * job transaction. Each handled approval stops matching (its reminder moves on, its timeout is
 * cleared or it is decided), which makes a repeated run a no-op.
 */
@Injectable()
export class ApprovalTimeoutsService {
  constructor(
    private readonly db: TenantDb,
    private readonly outbox: OutboxService,
    private readonly activity: RequestActivityService,
    private readonly requests: RequestStateService,
    private readonly engine: ApprovalEngine,
  ) {}

  async run(now: Date): Promise<TimeoutReport> {
    const report: TimeoutReport = { reminded: 0, approved: 0, rejected: 0, escalated: 0 };
    report.reminded = await this.remind(now);
    const due: DueApproval[] = await this.db.manager.query(
      `SELECT a.id, a.request_id, a.level_index, a.approver_id, r.approval_plan, r.number, r.item_name
         FROM approvals a JOIN service_requests r ON r.tenant_id = a.tenant_id AND r.id = a.request_id
        WHERE a.tenant_id = $1 AND a.status = 'pending' AND a.timeout_at <= $2
        ORDER BY a.timeout_at, a.id`,
      [this.db.tenantId, now],
    );
    for (const approval of due) {
      const level = approval.approval_plan[approval.level_index];
      const action = level?.timeoutAction ?? 'escalate';
      const hours = level?.timeoutHours ?? 0;
      // Lock the request first, as every decision does, then re-check under the lock.
      await this.requests.lock(approval.request_id);
      const [still]: { pending: boolean }[] = await this.db.manager.query(
        `SELECT status = 'pending' AND timeout_at <= $3 AS pending FROM approvals WHERE tenant_id = $1 AND id = $2 FOR UPDATE`,
        [this.db.tenantId, approval.id, now],
      );
      if (!still?.pending) continue;
      if (action === 'escalate') {
        await this.escalate(approval, level);
        report.escalated += 1;
      } else {
        const decision = action === 'approve' ? 'approved' : 'rejected';
        await this.engine.decideAsSystem(
          approval.id,
          decision,
          `Decided automatically: no decision within ${hours} hours`,
        );
        report[decision] += 1;
      }
    }
    return report;
  }

  private async remind(now: Date): Promise<number> {
    const due: DueApproval[] = await this.db.manager.query(
      `SELECT a.id, a.request_id, a.level_index, a.approver_id, r.approval_plan, r.number, r.item_name
         FROM approvals a JOIN service_requests r ON r.tenant_id = a.tenant_id AND r.id = a.request_id
        WHERE a.tenant_id = $1 AND a.status = 'pending' AND a.next_reminder_at <= $2
        FOR UPDATE OF a SKIP LOCKED`,
      [this.db.tenantId, now],
    );
    for (const approval of due) {
      const hours = approval.approval_plan[approval.level_index]?.reminderIntervalHours;
      await this.db.manager.query(
        `UPDATE approvals SET next_reminder_at = $3 WHERE tenant_id = $1 AND id = $2`,
        [this.db.tenantId, approval.id, hours ? new Date(now.getTime() + hours * HOUR_MS) : null],
      );
      await this.outbox.emit({
        type: 'approval.reminder',
        aggregateType: 'approval',
        aggregateId: approval.id,
        payload: {
          requestId: approval.request_id,
          requestNumber: formatNumber('request', approval.number),
          itemName: approval.item_name,
          approverId: approval.approver_id,
        },
      });
    }
    return due.length;
  }

  /**
   * Adds the approver's manager to the level (else the tenant's admins), once: the timed-out
   * approval keeps waiting without a timeout, and the escalation approvals carry none either.
   */
  private async escalate(approval: DueApproval, level: ApprovalLevel | undefined): Promise<void> {
    const m = this.db.manager;
    const [request]: { requester_id: string; requested_for_id: string }[] = await m.query(
      `SELECT requester_id, requested_for_id FROM service_requests WHERE tenant_id = $1 AND id = $2`,
      [this.db.tenantId, approval.request_id],
    );
    const exclusions = [request.requester_id, request.requested_for_id];
    let escalateTo: { id: string }[] = await m.query(
      `SELECT mgr.id FROM users u JOIN users mgr ON mgr.tenant_id = u.tenant_id AND mgr.id = u.manager_id
        WHERE u.tenant_id = $1 AND u.id = $2 AND mgr.active AND NOT (mgr.id = ANY($3::uuid[]))`,
      [this.db.tenantId, approval.approver_id, exclusions],
    );
    if (!escalateTo.length) {
      escalateTo = await m.query(
        `SELECT id FROM users WHERE tenant_id = $1 AND 'admin' = ANY(roles) AND active AND NOT (id = ANY($2::uuid[]))
          ORDER BY id`,
        [this.db.tenantId, exclusions],
      );
    }
    await queryRows(
      m,
      `UPDATE approvals SET timeout_at = NULL, version = version + 1, updated_at = now()
        WHERE tenant_id = $1 AND id = $2 RETURNING id`,
      [this.db.tenantId, approval.id],
    );
    const reminderAt = level?.reminderIntervalHours
      ? new Date(Date.now() + level.reminderIntervalHours * HOUR_MS)
      : null;
    const added: string[] = [];
    for (const { id: userId } of escalateTo) {
      const existing: unknown[] = await m.query(
        `SELECT 1 FROM approvals WHERE tenant_id = $1 AND request_id = $2 AND level_index = $3 AND approver_id = $4`,
        [this.db.tenantId, approval.request_id, approval.level_index, userId],
      );
      if (existing.length) continue;
      const [{ id }]: { id: string }[] = await m.query(
        `INSERT INTO approvals (tenant_id, request_id, level_index, approver_id, next_reminder_at)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [this.db.tenantId, approval.request_id, approval.level_index, userId, reminderAt],
      );
      added.push(userId);
      await this.outbox.emit({
        type: 'approval.requested',
        aggregateType: 'approval',
        aggregateId: id,
        payload: {
          requestId: approval.request_id,
          requestNumber: formatNumber('request', approval.number),
          itemName: approval.item_name,
          approverId: userId,
          escalatedFrom: approval.approver_id,
          level: approval.level_index,
        },
      });
    }
    await this.outbox.emit({
      type: 'approval.escalated',
      aggregateType: 'approval',
      aggregateId: approval.id,
      payload: {
        requestId: approval.request_id,
        requestNumber: formatNumber('request', approval.number),
        approverId: approval.approver_id,
        escalatedTo: added,
      },
    });
    await this.activity.add(
      approval.request_id,
      'approval.escalated',
      `Level ${approval.level_index + 1} timed out: escalated to ${added.length} more approver(s)`,
    );
  }
}
