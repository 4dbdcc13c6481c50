import { Injectable } from '@nestjs/common';
import { TenantDb } from '../../platform/tenancy/tenant-db';
import type { DashboardMetricsDto } from './dto/dashboard.dto';
import type { MetricsWindowQuery } from './dto/metrics-query.dto';
import {
  FINISHED_STATUSES,
  OPEN_WORK_STATUSES,
  SUCCESSFUL_STATUSES,
  percent,
  round2,
  toCount,
  toNumber,
} from './metrics-sql';
import { resolveWindow } from './metrics-window';
import { SlaMetricsQueries } from './sla-metrics.queries';

const TOP_ITEMS = 10;

interface WindowRow {
  total: string;
  finished: string;
  successful: string;
  approval_minutes: string | null;
}

interface FulfilledRow {
  fulfilment_minutes: string | null;
  rating_avg: string | null;
  ratings: string;
}

interface NowRow {
  pending_approvals: string;
  in_progress: string;
  fulfilled_today: string;
  active_items: string;
}

/**
 * The dashboard's figures as a handful of aggregates, each an index range scan bounded by the
 * tenant and either the window (submitted_at, fulfilled_at) or a status (the status index).
 */
@Injectable()
export class DashboardMetricsService {
  constructor(
    private readonly db: TenantDb,
    private readonly sla: SlaMetricsQueries,
  ) {}

  async dashboard(query: MetricsWindowQuery): Promise<DashboardMetricsDto> {
    const window = resolveWindow(query);
    const m = this.db.manager;
    const tenantId = this.db.tenantId;
    const range = [tenantId, window.from, window.to];

    // Requests submitted in the window: the cohort for volume, success and approval time. Two
    // index-only scans rather than one pass over the rows: the counts read
    // ix_service_requests_submitted (tenant, submitted_at, status, item), and the approval time reads
    // the partial ix_service_requests_approval_time, which holds only approved requests that had
    // approval levels, so approval_plan (a jsonb in the heap) is never fetched.
    const [submitted]: WindowRow[] = await m.query(
      `SELECT count(*) AS total,
              count(*) FILTER (WHERE status = ANY($4)) AS finished,
              count(*) FILTER (WHERE status = ANY($5)) AS successful,
              (SELECT avg(extract(epoch FROM a.approved_at - a.submitted_at) / 60)
                 FROM service_requests a
                WHERE a.tenant_id = $1 AND a.submitted_at >= $2 AND a.submitted_at < $3
                  AND a.approved_at IS NOT NULL AND jsonb_array_length(a.approval_plan) > 0
              ) AS approval_minutes
         FROM service_requests
        WHERE tenant_id = $1 AND submitted_at >= $2 AND submitted_at < $3`,
      [...range, FINISHED_STATUSES, SUCCESSFUL_STATUSES],
    );
    // Requests fulfilled in the window (closed ones keep their fulfilled_at): an index-only scan
    // of ix_service_requests_fulfilled, which carries submitted_at and rating.
    const [fulfilled]: FulfilledRow[] = await m.query(
      `SELECT avg(extract(epoch FROM fulfilled_at - submitted_at) / 60) AS fulfilment_minutes,
              avg(rating) AS rating_avg, count(rating) AS ratings
         FROM service_requests
        WHERE tenant_id = $1 AND fulfilled_at >= $2 AND fulfilled_at < $3`,
      range,
    );
    // The state now. "Today" is the UTC day: tenants carry no time zone yet.
    const [now]: NowRow[] = await m.query(
      `SELECT
         (SELECT count(*) FROM service_requests
           WHERE tenant_id = $1 AND status = 'pending_approval') AS pending_approvals,
         (SELECT count(*) FROM service_requests
           WHERE tenant_id = $1 AND status = ANY($2)) AS in_progress,
         (SELECT count(*) FROM service_requests
           WHERE tenant_id = $1
             AND fulfilled_at >= date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC')
           AS fulfilled_today,
         (SELECT count(*) FROM catalog_items
           WHERE tenant_id = $1 AND status = 'published') AS active_items`,
      [tenantId, OPEN_WORK_STATUSES],
    );
    // Counted from ix_service_requests_submitted alone, and named as the catalog names the item
    // now: the name each request keeps from its order would mean reading every row of the window
    // from the heap, and a renamed item is still one item.
    const topItems: { item_id: string; item_name: string; requests: string }[] = await m.query(
      `SELECT c.item_id, i.name AS item_name, c.requests
         FROM (SELECT item_id, count(*) AS requests
                 FROM service_requests
                WHERE tenant_id = $1 AND submitted_at >= $2 AND submitted_at < $3
                GROUP BY item_id) c
         JOIN catalog_items i ON i.tenant_id = $1 AND i.id = c.item_id
        ORDER BY c.requests DESC, i.name, c.item_id LIMIT $4`,
      [...range, TOP_ITEMS],
    );
    const compliance = await this.sla.compliance(m, tenantId, window);

    const finished = toCount(submitted.finished);
    return {
      window: { from: window.from.toISOString(), to: window.to.toISOString() },
      totalRequests: toCount(submitted.total),
      pendingApprovals: toCount(now.pending_approvals),
      inProgress: toCount(now.in_progress),
      fulfilledToday: toCount(now.fulfilled_today),
      activeCatalogItems: toCount(now.active_items),
      successRatePercent: percent(toCount(submitted.successful), finished),
      slaCompliancePercent: percent(compliance.met, compliance.stopped),
      averageFulfilmentMinutes: round2(toNumber(fulfilled.fulfilment_minutes)),
      averageApprovalMinutes: round2(toNumber(submitted.approval_minutes)),
      satisfaction: {
        averageRating: round2(toNumber(fulfilled.rating_avg)),
        ratings: toCount(fulfilled.ratings),
      },
      topItems: topItems.map((r) => ({
        itemId: r.item_id,
        itemName: r.item_name,
        requests: toCount(r.requests),
      })),
    };
  }
}
