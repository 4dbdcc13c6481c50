import { ConflictException, Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import type { EntityManager } from 'typeorm';
import type { AuditActor } from '../../platform/audit/audit.service';
import { AuditService } from '../../platform/audit/audit.service';
import { queryRows } from '../../platform/database/sql';
import { RecordNotFound } from '../../platform/errors/domain-errors';
import type { Principal } from '../../platform/tenancy/request-context';
import { actorIdOf } from '../../platform/tenancy/request-context';
import { formatCents, toCents } from './money';

export interface BudgetChange {
  /** Signed decimal string: "1450.00" commits money, "-1450.00" releases it. */
  committedDelta?: string;
  /** Signed decimal string, e.g. "1450.00" when a request is fulfilled. */
  spentDelta?: string;
  /** What caused the change, for the audit trail (e.g. "REQ-000042 approved"). */
  reason?: string;
  /** Who made it, for the audit trail; by default the caller in the request context, else the system. */
  actor?: AuditActor;
}

export interface BudgetUse {
  budgetAmount: string;
  committedAmount: string;
  spentAmount: string;
  /** (committed + spent) / budget in percent, truncated to 2 decimals; null for a zero budget. */
  utilisationPercent: number | null;
}

/** DESIGN.md: the owner is alerted at 80% and 100% of the budget. */
export const BUDGET_ALERT_THRESHOLDS = [80, 100] as const;
export type BudgetAlertThreshold = (typeof BUDGET_ALERT_THRESHOLDS)[number];

export interface CostCenterAdjustment {
  costCenterId: string;
  code: string;
  name: string;
  ownerId: string;
  currency: string;
  before: BudgetUse;
  after: BudgetUse;
  /** Thresholds this change reached that were not reached before it: one alert each. */
  thresholdsCrossed: BudgetAlertThreshold[];
}

interface Amounts {
  budget: bigint;
  committed: bigint;
  spent: bigint;
}

function use(a: Amounts): BudgetUse {
  const used = a.committed + a.spent;
  return {
    budgetAmount: formatCents(a.budget),
    committedAmount: formatCents(a.committed),
    spentAmount: formatCents(a.spent),
    utilisationPercent: a.budget > 0n ? Number((used * 10_000n) / a.budget) / 100 : null,
  };
}

/** Whether committed + spent has reached `percent` of the budget (any use of a zero budget has). */
function reached(a: Amounts, percent: number): boolean {
  const used = a.committed + a.spent;
  return used > 0n && used * 100n >= a.budget * BigInt(percent);
}

/**
 * Keeps committed and spent amounts. Each change is one UPDATE that adds to the amounts the row
 * holds when it runs (after any concurrent change to it has committed), so concurrent changes to
 * one cost centre add up instead of overwriting each other, and each threshold is crossed (and
 * reported) by exactly one of them. The amounts before are the ones after less the change.
 */
@Injectable()
export class BudgetTracker {
  constructor(
    private readonly audit: AuditService,
    private readonly cls: ClsService,
  ) {}

  async adjust(
    manager: EntityManager,
    tenantId: string,
    costCenterId: string,
    change: BudgetChange,
  ): Promise<CostCenterAdjustment> {
    const delta = {
      committed: toCents(change.committedDelta ?? '0'),
      spent: toCents(change.spentDelta ?? '0'),
    };
    // A release that would take an amount below zero matches no row and changes nothing.
    const [row] = await queryRows<{
      code: string;
      name: string;
      owner_id: string;
      currency: string;
      budget_amount: string;
      committed_amount: string;
      spent_amount: string;
    }>(
      manager,
      `UPDATE cost_centers
          SET committed_amount = committed_amount + $3::numeric, spent_amount = spent_amount + $4::numeric,
              updated_at = now()
        WHERE tenant_id = $1 AND id = $2
          AND committed_amount + $3::numeric >= 0 AND spent_amount + $4::numeric >= 0
        RETURNING code, name, owner_id, currency, budget_amount, committed_amount, spent_amount`,
      [tenantId, costCenterId, formatCents(delta.committed), formatCents(delta.spent)],
    );
    if (!row) {
      const [existing]: { code: string }[] = await manager.query(
        `SELECT code FROM cost_centers WHERE tenant_id = $1 AND id = $2`,
        [tenantId, costCenterId],
      );
      if (!existing) throw new RecordNotFound('Cost centre');
      throw new ConflictException(
        `Cost centre ${existing.code} cannot release more than was committed or spent`,
      );
    }
    const after: Amounts = {
      budget: toCents(row.budget_amount),
      committed: toCents(row.committed_amount),
      spent: toCents(row.spent_amount),
    };
    const before: Amounts = {
      budget: after.budget,
      committed: after.committed - delta.committed,
      spent: after.spent - delta.spent,
    };

    const adjustment: CostCenterAdjustment = {
      costCenterId,
      code: row.code,
      name: row.name,
      ownerId: row.owner_id,
      currency: row.currency,
      before: use(before),
      after: use(after),
      thresholdsCrossed: BUDGET_ALERT_THRESHOLDS.filter(
        (t) => reached(after, t) && !reached(before, t),
      ),
    };
    await this.record(manager, tenantId, adjustment, change);
    return adjustment;
  }

  private async record(
    manager: EntityManager,
    tenantId: string,
    adjustment: CostCenterAdjustment,
    change: BudgetChange,
  ): Promise<void> {
    const principal = this.cls.isActive()
      ? this.cls.get<Principal | undefined>('principal')
      : undefined;
    // Inside a request the caller is the actor; a scheduled job acts as the system.
    const actor: AuditActor =
      change.actor ??
      (principal?.tenantId === tenantId
        ? {
            tenantId,
            actorType: principal.kind,
            actorId: actorIdOf(principal),
          }
        : { tenantId, actorType: 'system', actorId: null });
    const { before, after } = adjustment;
    await this.audit.recordAs(
      manager,
      actor,
      {
        action: 'cost_center.adjusted',
        entityType: 'cost_center',
        entityId: adjustment.costCenterId,
        before,
        after: {
          ...after,
          committedDelta: change.committedDelta ?? '0.00',
          spentDelta: change.spentDelta ?? '0.00',
          reason: change.reason ?? null,
        },
      },
      ...adjustment.thresholdsCrossed.map((threshold) => ({
        action: 'cost_center.budget_threshold_reached',
        entityType: 'cost_center',
        entityId: adjustment.costCenterId,
        after: {
          threshold,
          ownerId: adjustment.ownerId,
          currency: adjustment.currency,
          ...after,
          reason: change.reason ?? null,
        },
      })),
    );
  }
}
