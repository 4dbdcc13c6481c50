import { Injectable } from '@nestjs/common';
import type { RequestState } from '@trellis/domain';
import type { EntityManager } from 'typeorm';
import { formatNumber } from '../../platform/numbering/numbering.service';
import { OutboxService } from '../../platform/outbox/outbox.service';
import type { AuditActor } from '../../platform/audit/audit.service';
import { actorIdOf, eventActorIdOf } from '../../platform/tenancy/request-context';
import { TenantDb } from '../../platform/tenancy/tenant-db';
import type { BudgetChange } from '../cost-management/budget-tracker';
import { CostCentersService } from '../cost-management/cost-centers.service';
import type { RequestRow } from './request-state.service';

const WORK_STATES: ReadonlySet<RequestState> = new Set(['approved', 'in_progress', 'on_hold']);

interface PendingChange {
  /** The transaction and who acts, taken when queued: the request context may be gone by the flush. */
  manager: EntityManager;
  tenantId: string;
  actor: AuditActor;
  /** The acting user for the domain events (a token acts for its user). */
  eventActorId: string | null;
  costCenterId: string;
  requestId: string;
  requestNumber: string;
  change: BudgetChange;
}

/**
 * Keeps cost centres' committed and spent amounts in step with the requests charged to them, in
 * the same transaction as the status change: approved commits the cost, fulfilled moves it from
 * committed to spent, cancelling releases whatever it held. Budget thresholds crossed (80%, 100%)
 * become domain events for the owner.
 *
 * A cost centre is one row shared by every request charged to it, so the changes are applied last,
 * just before the transaction commits (TenantDb.atCommit): its lock is then held for the commit
 * only, and approvals on one cost centre no longer wait for each other's whole transaction. They
 * are applied in cost-centre order, so two transactions that touch the same centres (bulk
 * decisions, scheduled jobs) lock them in the same order and cannot deadlock.
 */
@Injectable()
export class RequestBudgetService {
  constructor(
    private readonly db: TenantDb,
    private readonly costCenters: CostCentersService,
    private readonly outbox: OutboxService,
  ) {}

  onTransition(request: RequestRow, from: RequestState, to: RequestState): void {
    if (!request.cost_center_id || Number(request.cost_amount) <= 0) return;
    const cost = request.cost_amount;
    let change: { committedDelta?: string; spentDelta?: string } | null = null;
    if (to === 'approved') change = { committedDelta: cost };
    else if (to === 'fulfilled') change = { committedDelta: `-${cost}`, spentDelta: cost };
    else if (to === 'cancelled' && WORK_STATES.has(from)) change = { committedDelta: `-${cost}` };
    else if (to === 'cancelled' && from === 'fulfilled') change = { spentDelta: `-${cost}` };
    if (!change) return;
    const requestNumber = formatNumber('request', request.number);
    const principal = this.db.principal;
    this.db.atCommit<PendingChange>(
      'request-budget',
      {
        manager: this.db.manager,
        tenantId: this.db.tenantId,
        actor: {
          tenantId: this.db.tenantId,
          actorType: principal.kind,
          actorId: actorIdOf(principal),
        },
        eventActorId: eventActorIdOf(principal),
        costCenterId: request.cost_center_id,
        requestId: request.id,
        requestNumber,
        change: { ...change, reason: `${requestNumber} ${to}` },
      },
      (changes) => this.apply(changes),
    );
  }

  private async apply(changes: PendingChange[]): Promise<void> {
    // Stable: one cost centre's changes keep the order their requests made them in.
    const ordered = [...changes].sort((a, b) =>
      a.costCenterId < b.costCenterId ? -1 : a.costCenterId > b.costCenterId ? 1 : 0,
    );
    for (const pending of ordered) {
      const { manager, tenantId, actor, eventActorId } = pending;
      const adjustment = await this.costCenters.adjust(manager, tenantId, pending.costCenterId, {
        ...pending.change,
        actor,
      });
      this.outbox.emitIn(
        manager,
        tenantId,
        eventActorId,
        adjustment.thresholdsCrossed.map((threshold) => ({
          type: 'cost_center.budget_threshold_reached',
          aggregateType: 'cost_center',
          aggregateId: adjustment.costCenterId,
          payload: {
            threshold,
            ownerId: adjustment.ownerId,
            code: adjustment.code,
            utilisationPercent: adjustment.after.utilisationPercent,
            requestId: pending.requestId,
            requestNumber: pending.requestNumber,
          },
        })),
      );
    }
  }
}
