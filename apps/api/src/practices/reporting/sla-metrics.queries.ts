import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MetricsWindow } from './metrics-window';

export interface SlaCompliance {
  /** Timers that stopped, met or breached. */
  stopped: number;
  /** Of those, the ones that stopped with no breach recorded. */
  met: number;
}

export interface SlaGroupRow {
  policy_id: string;
  policy_name: string | null;
  priority: string;
  met: string;
  breached: string;
  open: string;
  stopped: string;
}

export interface BreachRow {
  key: string;
  label: string | null;
  breached: string;
  overdue_minutes: string | null;
}

/**
 * SLA timers started in the window (response and resolution timers start when the request is
 * submitted; task timers when the task opens): one range of ix_sla_timers_started
 * (tenant_id, started_at, state, breached_at), which answers compliance without the table.
 * Cancelled timers count nowhere. A timer is met when it stopped with no breach recorded.
 */
function windowTimers(join = ''): string {
  return `
  FROM sla_timers t
  ${join}
 WHERE t.tenant_id = $1 AND t.started_at >= $2 AND t.started_at < $3
   AND t.state <> 'cancelled'`;
}
const WINDOW_TIMERS = windowTimers();

/** Minutes past due of a breached timer: until it stopped, or until now while it runs. */
const OVERDUE_MINUTES = `extract(epoch FROM coalesce(t.stopped_at, now()) - t.due_at) / 60`;

@Injectable()
export class SlaMetricsQueries {
  async compliance(
    m: EntityManager,
    tenantId: string,
    window: MetricsWindow,
  ): Promise<SlaCompliance> {
    const [row]: { stopped: string; met: string }[] = await m.query(
      `SELECT count(*) FILTER (WHERE t.state = 'stopped') AS stopped,
              count(*) FILTER (WHERE t.state = 'stopped' AND t.breached_at IS NULL) AS met
       ${WINDOW_TIMERS}`,
      [tenantId, window.from, window.to],
    );
    return { stopped: Number(row.stopped), met: Number(row.met) };
  }

  /** Per policy and priority: met, breached (stopped or still running), open and stopped. */
  byPolicy(m: EntityManager, tenantId: string, window: MetricsWindow): Promise<SlaGroupRow[]> {
    return m.query(
      `SELECT t.policy_id, p.name AS policy_name, t.priority,
              count(*) FILTER (WHERE t.state = 'stopped' AND t.breached_at IS NULL) AS met,
              count(*) FILTER (WHERE t.breached_at IS NOT NULL) AS breached,
              count(*) FILTER (WHERE t.state IN ('running', 'paused') AND t.breached_at IS NULL) AS open,
              count(*) FILTER (WHERE t.state = 'stopped') AS stopped
       ${windowTimers('LEFT JOIN sla_policies p ON p.tenant_id = t.tenant_id AND p.id = t.policy_id')}
        GROUP BY t.policy_id, p.name, t.priority
        ORDER BY p.name NULLS LAST, t.policy_id, array_position(ARRAY['critical','high','medium','low'], t.priority)`,
      [tenantId, window.from, window.to],
    );
  }

  /** Breaches grouped by timer kind. */
  breachesByKind(m: EntityManager, tenantId: string, window: MetricsWindow): Promise<BreachRow[]> {
    return m.query(
      `SELECT t.kind AS key, t.kind AS label, count(*) AS breached,
              avg(${OVERDUE_MINUTES}) AS overdue_minutes
       ${WINDOW_TIMERS} AND t.breached_at IS NOT NULL
        GROUP BY t.kind ORDER BY t.kind`,
      [tenantId, window.from, window.to],
    );
  }

  /** Breaches grouped by catalog item, the most breached first, at most `limit` items. */
  breachesByItem(
    m: EntityManager,
    tenantId: string,
    window: MetricsWindow,
    limit: number,
  ): Promise<BreachRow[]> {
    return m.query(
      `SELECT r.item_id AS key, max(r.item_name) AS label, count(*) AS breached,
              avg(${OVERDUE_MINUTES}) AS overdue_minutes
       ${windowTimers('JOIN service_requests r ON r.tenant_id = t.tenant_id AND r.id = t.request_id')}
         AND t.breached_at IS NOT NULL
        GROUP BY r.item_id ORDER BY count(*) DESC, r.item_id LIMIT $4`,
      [tenantId, window.from, window.to, limit],
    );
  }

  async overdueAverage(
    m: EntityManager,
    tenantId: string,
    window: MetricsWindow,
  ): Promise<{ breached: number; overdueMinutes: number | null }> {
    const [row]: { breached: string; overdue_minutes: string | null }[] = await m.query(
      `SELECT count(*) AS breached, avg(${OVERDUE_MINUTES}) AS overdue_minutes
       ${WINDOW_TIMERS} AND t.breached_at IS NOT NULL`,
      [tenantId, window.from, window.to],
    );
    return {
      breached: Number(row.breached),
      overdueMinutes: row.overdue_minutes === null ? null : Number(row.overdue_minutes),
    };
  }
}
