import { Injectable } from '@nestjs/common';
import { RecordNotFound } from '../../platform/errors/domain-errors';
import { TenantDb } from '../../platform/tenancy/tenant-db';
import type { CatalogItemMetricsDto } from './dto/item-metrics.dto';
import type { MetricsWindowQuery } from './dto/metrics-query.dto';
import { OPEN_WORK_STATUSES, SUCCESSFUL_STATUSES, round2, toCount, toNumber } from './metrics-sql';
import { resolveWindow } from './metrics-window';

interface TotalsRow {
  total: string;
  fulfilment_minutes: string | null;
  approval_minutes: string | null;
  rating_avg: string | null;
  ratings: string;
}

/** One item's requests, through the (tenant_id, item_id, created_at) index. */
@Injectable()
export class ItemMetricsService {
  constructor(private readonly db: TenantDb) {}

  async item(itemId: string, query: MetricsWindowQuery): Promise<CatalogItemMetricsDto> {
    const window = resolveWindow(query);
    const m = this.db.manager;
    const params = [this.db.tenantId, itemId, window.from, window.to];
    const [item]: { name: string }[] = await m.query(
      `SELECT name FROM catalog_items WHERE tenant_id = $1 AND id = $2`,
      params.slice(0, 2),
    );
    if (!item) throw new RecordNotFound('Catalog item');
    const scope = `FROM service_requests
        WHERE tenant_id = $1 AND item_id = $2 AND created_at >= $3 AND created_at < $4`;
    const byStatus: { status: string; count: string }[] = await m.query(
      `SELECT status, count(*) AS count ${scope} GROUP BY status ORDER BY status`,
      params,
    );
    const [totals]: TotalsRow[] = await m.query(
      `SELECT count(*) AS total,
              avg(extract(epoch FROM fulfilled_at - submitted_at) / 60) AS fulfilment_minutes,
              avg(extract(epoch FROM approved_at - submitted_at) / 60)
                FILTER (WHERE approved_at IS NOT NULL AND jsonb_array_length(approval_plan) > 0)
                AS approval_minutes,
              avg(rating) AS rating_avg, count(rating) AS ratings
         ${scope}`,
      params,
    );
    const cost: { currency: string; spent: string; committed: string }[] = await m.query(
      `SELECT trim(cost_currency) AS currency,
              coalesce(sum(cost_amount) FILTER (WHERE status = ANY($5)), 0)::numeric(14,2)::text AS spent,
              coalesce(sum(cost_amount) FILTER (WHERE status = ANY($6)), 0)::numeric(14,2)::text AS committed
         ${scope} AND status = ANY($5::text[] || $6::text[])
        GROUP BY cost_currency ORDER BY cost_currency`,
      [...params, SUCCESSFUL_STATUSES, OPEN_WORK_STATUSES],
    );
    return {
      window: { from: window.from.toISOString(), to: window.to.toISOString() },
      itemId,
      itemName: item.name,
      totalRequests: toCount(totals.total),
      byStatus: byStatus.map((r) => ({ status: r.status, count: toCount(r.count) })),
      averageFulfilmentMinutes: round2(toNumber(totals.fulfilment_minutes)),
      averageApprovalMinutes: round2(toNumber(totals.approval_minutes)),
      satisfaction: {
        averageRating: round2(toNumber(totals.rating_avg)),
        ratings: toCount(totals.ratings),
      },
      cost,
    };
  }
}
