import { Injectable } from '@nestjs/common';
import { TenantDb } from '../../platform/tenancy/tenant-db';
import type { MetricsWindowQuery } from './dto/metrics-query.dto';
import type { BreachGroupDto, SlaMetricsDto } from './dto/sla-metrics.dto';
import { percent, round2, toCount, toNumber } from './metrics-sql';
import { resolveWindow } from './metrics-window';
import type { BreachRow } from './sla-metrics.queries';
import { SlaMetricsQueries } from './sla-metrics.queries';

const BREACHED_ITEMS_SHOWN = 20;

function toBreachGroup(row: BreachRow): BreachGroupDto {
  return {
    key: row.key,
    label: row.label,
    breached: toCount(row.breached),
    averageOverdueMinutes: round2(toNumber(row.overdue_minutes)),
  };
}

@Injectable()
export class SlaMetricsService {
  constructor(
    private readonly db: TenantDb,
    private readonly queries: SlaMetricsQueries,
  ) {}

  async sla(query: MetricsWindowQuery): Promise<SlaMetricsDto> {
    const window = resolveWindow(query);
    const m = this.db.manager;
    const tenantId = this.db.tenantId;
    const compliance = await this.queries.compliance(m, tenantId, window);
    const groups = await this.queries.byPolicy(m, tenantId, window);
    const overdue = await this.queries.overdueAverage(m, tenantId, window);
    const byKind = await this.queries.breachesByKind(m, tenantId, window);
    const byItem = await this.queries.breachesByItem(m, tenantId, window, BREACHED_ITEMS_SHOWN);
    return {
      window: { from: window.from.toISOString(), to: window.to.toISOString() },
      compliancePercent: percent(compliance.met, compliance.stopped),
      byPolicy: groups.map((g) => ({
        policyId: g.policy_id,
        policyName: g.policy_name,
        priority: g.priority,
        met: toCount(g.met),
        breached: toCount(g.breached),
        open: toCount(g.open),
        compliancePercent: percent(toCount(g.met), toCount(g.stopped)),
      })),
      breaches: {
        breached: overdue.breached,
        averageOverdueMinutes: round2(overdue.overdueMinutes),
        byKind: byKind.map(toBreachGroup),
        byItem: byItem.map(toBreachGroup),
      },
    };
  }
}
