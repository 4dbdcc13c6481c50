import { Injectable } from '@nestjs/common';
import type { RequestState } from '@trellis/domain';
import { formatNumber } from '../../platform/numbering/numbering.service';
import { OutboxService } from '../../platform/outbox/outbox.service';
import { TenantDb } from '../../platform/tenancy/tenant-db';
import { CostCentersService } from '../cost-management/cost-centers.service';
import type { RequestRow } from './request-state.service';

const WORK_STATES: ReadonlySet<RequestState> = new Set(['approved', 'in_progress', 'on_hold']);

/**
 * Keeps cost centres' committed and spent amounts in step with the requests charged to them, in
 * the same transaction as the status change: approved commits the cost, fulfilled moves it from
 * committed to spent, cancelling releases whatever it held. Budget thresholds crossed (80%, 100%)
 * become domain events for the owner.
 */
@Injectable()
export class RequestBudgetService {
  constructor(
    private readonly db: TenantDb,
    private readonly costCenters: CostCentersService,
    private readonly outbox: OutboxService,
  ) {}

  async onTransition(request: RequestRow, from: RequestState, to: RequestState): Promise<void> {
    if (!request.cost_center_id || Number(request.cost_amount) <= 0) return;
    const cost = request.cost_amount;
    let change: { committedDelta?: string; spentDelta?: string } | null = null;
    if (to === 'approved') change = { committedDelta: cost };
    else if (to === 'fulfilled') change = { committedDelta: `-${cost}`, spentDelta: cost };
    else if (to === 'cancelled' && WORK_STATES.has(from)) change = { committedDelta: `-${cost}` };
    else if (to === 'cancelled' && from === 'fulfilled') change = { spentDelta: `-${cost}` };
    if (!change) return;
    const number = formatNumber('request', request.number);
    const adjustment = await this.costCenters.adjust(
      this.db.manager,
      this.db.tenantId,
      request.cost_center_id,
      {
        ...change,
        reason: `${number} ${to}`,
      },
    );
    for (const threshold of adjustment.thresholdsCrossed) {
      await this.outbox.emit({
        type: 'cost_center.budget_threshold_reached',
        aggregateType: 'cost_center',
        aggregateId: adjustment.costCenterId,
        payload: {
          threshold,
          ownerId: adjustment.ownerId,
          code: adjustment.code,
          utilisationPercent: adjustment.after.utilisationPercent,
          requestId: request.id,
          requestNumber: number,
        },
      });
    }
  }
}
