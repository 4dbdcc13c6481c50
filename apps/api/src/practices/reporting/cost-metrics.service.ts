import { Injectable } from '@nestjs/common';
import { MAX_PAGE_SIZE } from '../../platform/pagination/pagination';
import { CostCentersService } from '../cost-management/cost-centers.service';
import type { CostCenterDto } from '../cost-management/dto/cost-center.dto';
import { formatCents, toCents } from '../cost-management/money';
import type { CostMetricsDto, CostTotalDto } from './dto/cost-metrics.dto';

/** Five pages of the cost-centre list: far more than a dashboard can show. */
export const MAX_COST_CENTERS = 5 * MAX_PAGE_SIZE;

/**
 * Cost by cost centre, read through the cost-management practice's own list (it owns the
 * amounts and how they are kept), page by page up to a cap.
 */
@Injectable()
export class CostMetricsService {
  constructor(private readonly costCenters: CostCentersService) {}

  async costCenterMetrics(): Promise<CostMetricsDto> {
    const centers: CostCenterDto[] = [];
    let cursor: string | undefined;
    let truncated = false;
    do {
      const page = await this.costCenters.list({ limit: MAX_PAGE_SIZE, cursor });
      centers.push(...page.items);
      cursor = page.nextCursor ?? undefined;
      if (cursor && centers.length >= MAX_COST_CENTERS) {
        truncated = true;
        break;
      }
    } while (cursor);

    const totals = new Map<string, { budget: bigint; committed: bigint; spent: bigint }>();
    for (const c of centers) {
      const total = totals.get(c.currency) ?? { budget: 0n, committed: 0n, spent: 0n };
      total.budget += toCents(c.budgetAmount);
      total.committed += toCents(c.committedAmount);
      total.spent += toCents(c.spentAmount);
      totals.set(c.currency, total);
    }
    return {
      costCenters: centers.map((c) => {
        const budget = toCents(c.budgetAmount);
        const used = toCents(c.committedAmount) + toCents(c.spentAmount);
        return {
          costCenterId: c.id,
          code: c.code,
          name: c.name,
          currency: c.currency,
          periodStart: c.periodStart,
          periodEnd: c.periodEnd,
          budget: c.budgetAmount,
          committed: c.committedAmount,
          spent: c.spentAmount,
          available: c.availableAmount,
          // Basis points in integers first, so the percentage carries one exact decimal.
          utilisationPercent: budget === 0n ? null : Number((used * 1000n) / budget) / 10,
        };
      }),
      totals: [...totals.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([currency, t]): CostTotalDto => ({
          currency,
          budget: formatCents(t.budget),
          committed: formatCents(t.committed),
          spent: formatCents(t.spent),
          available: formatCents(t.budget - t.committed - t.spent),
        })),
      truncated,
    };
  }
}
