import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../platform/config/app-config';
import { APP_CONFIG } from '../../platform/config/app-config';
import { TenantDb } from '../../platform/tenancy/tenant-db';
import { RequestStateService, SYSTEM_ACTOR } from './request-state.service';

/** Bounded work per tick: a backlog drains over a few minutes instead of one long transaction. */
const BATCH = 500;

/** Fulfilled requests the requester neither closed nor reopened close themselves after N days. */
@Injectable()
export class RequestAutoCloseService {
  constructor(
    private readonly db: TenantDb,
    private readonly requests: RequestStateService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(now: Date): Promise<number> {
    const days = this.config.REQUEST_AUTO_CLOSE_DAYS;
    const due: { id: string }[] = await this.db.manager.query(
      `SELECT id FROM service_requests
        WHERE tenant_id = $1 AND status = 'fulfilled' AND fulfilled_at <= $2::timestamptz - make_interval(days => $3)
        ORDER BY fulfilled_at LIMIT $4`,
      [this.db.tenantId, now, days, BATCH],
    );
    for (const { id } of due) {
      const request = await this.requests.lock(id);
      if (request.status !== 'fulfilled') continue;
      await this.requests.transition(request, 'auto_close', {
        actor: SYSTEM_ACTOR,
        context: { now, fulfilledAt: request.fulfilled_at ?? undefined, autoCloseAfterDays: days },
        summary: `Closed automatically ${days} days after fulfilment`,
      });
    }
    return due.length;
  }
}
