import { Injectable } from '@nestjs/common';
import { queryRows } from '../../platform/database/sql';
import { TenantDb } from '../../platform/tenancy/tenant-db';
import { SlaNotices } from './sla-notices';

export interface SlaSweepResult {
  breached: number;
  warned: number;
}

/**
 * One pass of the SLA job for the current tenant, in set-based SQL. Both statements enter through
 * `ix_sla_timers_check` (`next_check_at <= now`), so they read only the timers with something due.
 * Each marks what it records on the timer in the same UPDATE (`breached_at`, `last_warning_percent`)
 * and returns only rows it changed: run twice, or by two processes one after the other, a breach or
 * warning is recorded and announced once. The runner's advisory lock keeps two processes from
 * working the same tenant at the same time; row locks cover request transactions that pause or
 * stop a timer meanwhile (READ COMMITTED re-checks the WHERE on the newest row version).
 */
@Injectable()
export class SlaSweepService {
  constructor(
    private readonly db: TenantDb,
    private readonly notices: SlaNotices,
  ) {}

  async run(now: Date): Promise<SlaSweepResult> {
    const breached = await queryRows<{ id: string }>(
      this.db.manager,
      `UPDATE sla_timers SET breached_at = due_at, next_check_at = NULL, updated_at = now()
        WHERE tenant_id = $1 AND next_check_at <= $2 AND due_at <= $2
          AND breached_at IS NULL AND state IN ('running', 'paused')
        RETURNING id`,
      [this.db.tenantId, now],
    );
    const warned = await queryRows<{ id: string; crossed: number | null }>(
      this.db.manager,
      `WITH due AS (
         SELECT t.id, t.last_warning_percent,
                (SELECT max(u.p) FROM unnest(t.warning_percents, t.warning_at) AS u(p, a) WHERE u.a <= $2) AS crossed,
                (SELECT min(u.a) FROM unnest(t.warning_percents, t.warning_at) AS u(p, a) WHERE u.a > $2) AS next_at
           FROM sla_timers t
          WHERE t.tenant_id = $1 AND t.next_check_at <= $2 AND t.state = 'running' AND t.breached_at IS NULL
          FOR UPDATE
       )
       UPDATE sla_timers t
          SET last_warning_percent = greatest(coalesce(due.last_warning_percent, 0), coalesce(due.crossed, 0))::smallint,
              next_check_at = least(due.next_at, t.due_at), updated_at = now()
         FROM due
        WHERE t.tenant_id = $1 AND t.id = due.id
        RETURNING t.id, CASE WHEN due.crossed > coalesce(due.last_warning_percent, 0) THEN due.crossed END AS crossed`,
      [this.db.tenantId, now],
    );
    const notices = warned.flatMap((w) =>
      w.crossed === null ? [] : [{ timerId: w.id, thresholdPercent: w.crossed }],
    );
    await this.notices.breached(breached.map((b) => b.id));
    await this.notices.warned(notices);
    return { breached: breached.length, warned: notices.length };
  }
}
