import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import type { ApprovalDecision, ApprovalLevel } from '@trellis/domain';
import { evaluatePolicy } from '@trellis/domain';
import { AuditService } from '../../platform/audit/audit.service';
import { queryRows } from '../../platform/database/sql';
import { RecordNotFound, StaleVersion } from '../../platform/errors/domain-errors';
import { formatNumber } from '../../platform/numbering/numbering.service';
import { OutboxService } from '../../platform/outbox/outbox.service';
import { TenantDb } from '../../platform/tenancy/tenant-db';
import { FulfilmentStarter } from '../fulfillment/fulfilment-starter.service';
import { RequestActivityService } from '../service-requests/request-activity.service';
import type { RequestRow } from '../service-requests/request-state.service';
import { RequestStateService, SYSTEM_ACTOR } from '../service-requests/request-state.service';
import { ApproverResolver } from './approver-resolver';

const HOUR_MS = 3_600_000;

interface ApprovalRow {
  id: string;
  request_id: string;
  level_index: number;
  approver_id: string;
  status: ApprovalDecision;
  version: number;
}

export type Decision = 'approved' | 'rejected';

/**
 * The approval policy engine of DESIGN.md section 4. Levels run in order; each level's outcome is
 * decided by `evaluateLevel` in libs/domain. Every decision locks the request row first, so two
 * approvers deciding at the same moment are applied one after the other and the request advances
 * exactly once.
 */
@Injectable()
export class ApprovalEngine {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly activity: RequestActivityService,
    private readonly requests: RequestStateService,
    private readonly resolver: ApproverResolver,
    private readonly fulfilment: FulfilmentStarter,
  ) {}

  /** Asks level `levelIndex` of the request's plan (the request row must be locked). */
  async askLevel(request: RequestRow, levelIndex: number, at = new Date()): Promise<void> {
    const plan = (request.approval_plan ?? []) as ApprovalLevel[];
    const level = plan[levelIndex];
    const approvers = await this.resolver.resolve(
      level.approvers,
      {
        requesterId: request.requester_id,
        requestedForId: request.requested_for_id,
        costCenterId: request.cost_center_id,
      },
      at,
    );
    const reminderAt = level.reminderIntervalHours
      ? new Date(at.getTime() + level.reminderIntervalHours * HOUR_MS)
      : null;
    const timeoutAt = level.timeoutHours
      ? new Date(at.getTime() + level.timeoutHours * HOUR_MS)
      : null;
    for (const approver of approvers) {
      const [{ id }]: { id: string }[] = await this.db.manager.query(
        `INSERT INTO approvals (tenant_id, request_id, level_index, approver_id, delegated_from_id, next_reminder_at, timeout_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          this.db.tenantId,
          request.id,
          levelIndex,
          approver.approverId,
          approver.delegatedFromId,
          reminderAt,
          timeoutAt,
        ],
      );
      await this.outbox.emit({
        type: 'approval.requested',
        aggregateType: 'approval',
        aggregateId: id,
        payload: {
          requestId: request.id,
          requestNumber: formatNumber('request', request.number),
          itemName: request.item_name,
          approverId: approver.approverId,
          delegatedFromId: approver.delegatedFromId,
          level: levelIndex,
        },
      });
    }
    await this.db.manager.query(
      `UPDATE service_requests SET current_approval_level = $3 WHERE tenant_id = $1 AND id = $2`,
      [this.db.tenantId, request.id, levelIndex],
    );
    const name = level.name ? `"${level.name}"` : `${levelIndex + 1}`;
    await this.activity.add(
      request.id,
      'approval.requested',
      `Approval level ${name} asked ${approvers.length} approver(s)`,
    );
    if (!approvers.length) {
      await this.activity.add(
        request.id,
        'approval.unassigned',
        'Nobody could be asked to approve: the tenant has no admin',
      );
    }
  }

  /** Records a person's decision on their pending approval and moves the request on. */
  async decide(
    approvalId: string,
    decision: Decision,
    comment: string | undefined,
    version?: number,
  ): Promise<void> {
    await this.record(approvalId, decision, comment, { userId: this.db.principal.userId, version });
  }

  /** A decision Trellis takes itself (a level's timeout action): nobody is named as deciding. */
  async decideAsSystem(approvalId: string, decision: Decision, comment: string): Promise<void> {
    await this.record(approvalId, decision, comment, { userId: null });
  }

  private async record(
    approvalId: string,
    decision: Decision,
    comment: string | undefined,
    by: { userId: string | null; version?: number },
  ): Promise<void> {
    const m = this.db.manager;
    const [owner]: { request_id: string }[] = await m.query(
      `SELECT request_id FROM approvals WHERE tenant_id = $1 AND id = $2`,
      [this.db.tenantId, approvalId],
    );
    if (!owner) throw new RecordNotFound('Approval');
    const request = await this.requests.lock(owner.request_id);
    const [approval]: ApprovalRow[] = await m.query(
      `SELECT id, request_id, level_index, approver_id, status, version FROM approvals
        WHERE tenant_id = $1 AND id = $2 FOR UPDATE`,
      [this.db.tenantId, approvalId],
    );
    if (by.userId !== null && approval.approver_id !== by.userId) {
      throw new ForbiddenException('This approval is assigned to someone else');
    }
    if (by.version !== undefined && by.version !== approval.version)
      throw new StaleVersion('Approval');
    if (approval.status !== 'pending') {
      throw new ConflictException(`This approval is already ${approval.status.replace('_', ' ')}`);
    }
    if (
      request.status !== 'pending_approval' ||
      request.current_approval_level !== approval.level_index
    ) {
      throw new ConflictException('The request is no longer waiting for this approval');
    }
    await queryRows(
      m,
      `UPDATE approvals SET status = $3, decided_by_id = $4, comment = $5, decided_at = now(),
              next_reminder_at = NULL, timeout_at = NULL, version = version + 1, updated_at = now()
        WHERE tenant_id = $1 AND id = $2 RETURNING id`,
      [this.db.tenantId, approvalId, decision, by.userId, comment ?? null],
    );
    await this.audit.record({
      action: `approval.${decision}`,
      entityType: 'approval',
      entityId: approvalId,
      before: { status: 'pending' },
      after: {
        status: decision,
        comment: comment ?? null,
        requestId: request.id,
        automatic: by.userId === null,
      },
    });
    await this.outbox.emit({
      type: 'approval.decided',
      aggregateType: 'approval',
      aggregateId: approvalId,
      payload: {
        requestId: request.id,
        decision,
        level: approval.level_index,
        decidedById: by.userId,
        requestNumber: formatNumber('request', request.number),
        requesterId: request.requester_id,
        requestedForId: request.requested_for_id,
      },
    });
    await this.activity.add(
      request.id,
      `approval.${decision}`,
      `Level ${approval.level_index + 1}: ${decision}${comment ? ` — "${comment}"` : ''}`,
    );
    await this.settleLevel(request, approval.level_index);
  }

  /**
   * Evaluates the request's approvals with `evaluatePolicy`; once the active level has an outcome,
   * closes it (its pending approvals become not_required) and asks the next level or ends the
   * approval. A level nobody could be asked (not even an admin) stays pending: a request is never
   * approved because nobody was asked.
   */
  async settleLevel(request: RequestRow, levelIndex: number): Promise<void> {
    const plan = (request.approval_plan ?? []) as ApprovalLevel[];
    const rows: { level_index: number; status: ApprovalDecision }[] = await this.db.manager.query(
      `SELECT level_index, status FROM approvals WHERE tenant_id = $1 AND request_id = $2 AND level_index <= $3`,
      [this.db.tenantId, request.id, levelIndex],
    );
    const evaluation = evaluatePolicy(
      plan.slice(0, levelIndex + 1).map((level, index) => ({
        rule: level.rule,
        decisions: rows.filter((r) => r.level_index === index).map((r) => r.status),
      })),
    );
    if (evaluation.outcome === 'pending') return;
    await queryRows(
      this.db.manager,
      `UPDATE approvals SET status = 'not_required', next_reminder_at = NULL, timeout_at = NULL,
              version = version + 1, updated_at = now()
        WHERE tenant_id = $1 AND request_id = $2 AND level_index = $3 AND status = 'pending' RETURNING id`,
      [this.db.tenantId, request.id, levelIndex],
    );
    if (evaluation.outcome === 'rejected') {
      await this.requests.transition(request, 'reject', {
        actor: SYSTEM_ACTOR,
        context: { approvalOutcome: evaluation.outcome },
        set: { current_approval_level: null },
        summary: `Rejected at approval level ${levelIndex + 1}`,
      });
      return;
    }
    if (levelIndex + 1 < plan.length) {
      await this.askLevel(request, levelIndex + 1);
      return;
    }
    const approved = await this.requests.transition(request, 'approve', {
      actor: SYSTEM_ACTOR,
      // Every level up to the last has passed: the slice evaluated above is the whole policy.
      context: { approvalOutcome: evaluation.outcome },
      set: { current_approval_level: null },
      summary: 'All approval levels passed',
    });
    await this.fulfilment.start(approved);
  }
}
