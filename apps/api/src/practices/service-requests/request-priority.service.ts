import { ConflictException, Injectable } from '@nestjs/common';
import { isTerminal } from '@trellis/domain';
import { AuditService } from '../../platform/audit/audit.service';
import { StaleVersion } from '../../platform/errors/domain-errors';
import { formatNumber } from '../../platform/numbering/numbering.service';
import { OutboxService } from '../../platform/outbox/outbox.service';
import { TenantDb } from '../../platform/tenancy/tenant-db';
import { SlaTimersService } from '../service-levels/sla-timers.service';
import { RequestAccessPolicy } from './request-access';
import { RequestActivityService } from './request-activity.service';
import { RequestStateService } from './request-state.service';

/**
 * An agent re-prioritises a live request. Its service-level clocks are re-targeted from their
 * original start with the new priority's targets, keeping the time already spent paused.
 */
@Injectable()
export class RequestPriorityService {
  constructor(
    private readonly db: TenantDb,
    private readonly access: RequestAccessPolicy,
    private readonly state: RequestStateService,
    private readonly audit: AuditService,
    private readonly activity: RequestActivityService,
    private readonly outbox: OutboxService,
    private readonly slaTimers: SlaTimersService,
  ) {}

  async change(
    id: string,
    priority: string,
    reason: string | undefined,
    version?: number,
  ): Promise<void> {
    await this.access.require(id);
    const request = await this.state.lock(id);
    if (version !== undefined && version !== request.version) throw new StaleVersion('Request');
    if (isTerminal(request.status))
      throw new ConflictException('The request has ended; its priority is final');
    if (request.status === 'draft')
      throw new ConflictException('Change a draft’s priority by editing it');
    if (request.priority === priority) return;
    await this.db.manager.query(
      `UPDATE service_requests SET priority = $3, version = version + 1, updated_at = now()
        WHERE tenant_id = $1 AND id = $2`,
      [this.db.tenantId, id, priority],
    );
    await this.slaTimers.retarget(id, priority);
    await this.audit.record({
      action: 'request.priority_changed',
      entityType: 'request',
      entityId: id,
      before: { priority: request.priority },
      after: { priority, reason: reason ?? null },
    });
    await this.activity.add(
      id,
      'priority_changed',
      `Priority changed from ${request.priority} to ${priority}${reason ? `: ${reason}` : ''}`,
    );
    await this.outbox.emit({
      type: 'request.priority_changed',
      aggregateType: 'request',
      aggregateId: id,
      payload: {
        number: formatNumber('request', request.number),
        from: request.priority,
        to: priority,
      },
    });
  }
}
