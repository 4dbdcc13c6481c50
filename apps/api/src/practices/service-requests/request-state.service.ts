import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import type {
  RequestAction,
  RequestActor,
  RequestState,
  RequestTransitionContext,
} from '@trellis/domain';
import { decideTransition } from '@trellis/domain';
import { AuditService } from '../../platform/audit/audit.service';
import { queryRows } from '../../platform/database/sql';
import { RecordNotFound, StaleVersion } from '../../platform/errors/domain-errors';
import { OutboxService } from '../../platform/outbox/outbox.service';
import { TenantDb } from '../../platform/tenancy/tenant-db';
import { RequestActivityService } from './request-activity.service';
import { RequestBudgetService } from './request-budget.service';
import { SlaTimersService } from '../service-levels/sla-timers.service';

export interface RequestRow {
  id: string;
  number: string;
  item_id: string;
  item_name: string;
  requester_id: string;
  requested_for_id: string;
  status: RequestState;
  priority: string;
  cost_center_id: string | null;
  cost_amount: string;
  approval_plan: unknown[] | null;
  current_approval_level: number | null;
  task_plan: unknown[] | null;
  support_team_id: string | null;
  fulfilled_at: Date | null;
  sla_policy_id: string | null;
  version: number;
}

export interface TransitionOptions {
  /** The version the caller read; a stale one is refused with 409. */
  version?: number;
  /** Columns to set with the change (snake_case -> value). */
  set?: Record<string, unknown>;
  /** Who acts, as the lifecycle sees it. */
  actor: { isRequester: boolean; canWork: boolean; isSystem: boolean };
  context?: RequestTransitionContext;
  /** Timeline line; omit for none. */
  summary?: string;
  eventPayload?: Record<string, unknown>;
}

/** The lifecycle's actor for what Trellis does itself (the engine, fulfilment, scheduled jobs). */
export const SYSTEM_ACTOR: RequestActor = { isRequester: false, canWork: false, isSystem: true };

const TIMESTAMP_FOR: Partial<Record<RequestState, string>> = {
  submitted: 'submitted_at',
  approved: 'approved_at',
  fulfilled: 'fulfilled_at',
  closed: 'closed_at',
};

/**
 * The one place a request's status changes. Locks the row, asks the lifecycle in libs/domain
 * whether the action is allowed (409 with its reason if not), writes the change, its timestamp,
 * audit event, timeline line and domain event, all in the request's transaction.
 */
@Injectable()
export class RequestStateService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly activity: RequestActivityService,
    private readonly budget: RequestBudgetService,
    private readonly slaTimers: SlaTimersService,
  ) {}

  async lock(requestId: string): Promise<RequestRow> {
    const [row] = await queryRows<RequestRow>(
      this.db.manager,
      `SELECT id, number, item_id, item_name, requester_id, requested_for_id, status, priority, cost_center_id,
              cost_amount, approval_plan, current_approval_level, task_plan, support_team_id, fulfilled_at, sla_policy_id, version
         FROM service_requests WHERE tenant_id = $1 AND id = $2 FOR UPDATE`,
      [this.db.tenantId, requestId],
    );
    if (!row) throw new RecordNotFound('Request');
    return row;
  }

  async transition(
    request: RequestRow,
    action: RequestAction,
    options: TransitionOptions,
  ): Promise<RequestRow> {
    if (options.version !== undefined && options.version !== request.version)
      throw new StaleVersion('Request');
    const decision = decideTransition(request.status, action, options.actor, {
      now: new Date(),
      fulfilledAt: request.fulfilled_at ?? undefined,
      ...options.context,
    });
    if (!decision.ok) {
      if (decision.code === 'not_permitted') throw new ForbiddenException(decision.reason);
      throw new ConflictException(decision.reason);
    }
    const to = decision.to;
    const sets: Record<string, unknown> = { status: to, ...(options.set ?? {}) };
    const params: unknown[] = [this.db.tenantId, request.id];
    const assignments = Object.entries(sets).map(([column, value]) => {
      params.push(value);
      return `${column} = $${params.length}`;
    });
    const stamp = TIMESTAMP_FOR[to];
    if (stamp && !(stamp in sets)) assignments.push(`${stamp} = now()`);
    const [after] = await queryRows<RequestRow>(
      this.db.manager,
      `UPDATE service_requests SET ${[...assignments, 'version = version + 1', 'updated_at = now()'].join(', ')}
        WHERE tenant_id = $1 AND id = $2
        RETURNING id, number, item_id, item_name, requester_id, requested_for_id, status, priority, cost_center_id,
                  cost_amount, approval_plan, current_approval_level, task_plan, support_team_id, fulfilled_at, sla_policy_id, version`,
      params,
    );
    await this.audit.record({
      action: `request.${action}`,
      entityType: 'request',
      entityId: request.id,
      before: { status: request.status, version: request.version },
      after: { status: to, version: after.version, ...(options.eventPayload ?? {}) },
    });
    this.budget.onTransition(after, request.status, to);
    await this.slaTimers.onRequestTransition(after, request.status, to);
    if (options.summary) await this.activity.add(request.id, to, options.summary);
    await this.outbox.emit({
      type: `request.${to}`,
      aggregateType: 'request',
      aggregateId: request.id,
      payload: {
        number: request.number,
        requesterId: request.requester_id,
        requestedForId: request.requested_for_id,
        from: request.status,
        to,
        ...(options.eventPayload ?? {}),
      },
    });
    return after;
  }
}
