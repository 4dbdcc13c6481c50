import { Injectable } from '@nestjs/common';
import type { RequestPriority, SlaTarget, WeeklySchedule } from '@trellis/domain';
import { businessDayMinutes } from '@trellis/domain';
import { TenantDb } from '../../platform/tenancy/tenant-db';
import { applicablePolicy, applicablePoliciesWhere } from './applicable-policy';
import type { SlaPromiseDto } from './dto/sla-promise.dto';

/** Requests are raised at this priority unless the requester says otherwise. */
const PROMISED_PRIORITY: RequestPriority = 'medium';

interface Row {
  id: string;
  name: string;
  is_default: boolean;
  target: SlaTarget | null;
  calendar_name: string;
  working_hours: WeeklySchedule;
}

/**
 * What a catalog item promises before anyone orders it: the targets its requests will be measured
 * against at the usual priority, from the policy the timers will choose (applicable-policy.ts).
 */
@Injectable()
export class SlaPromisesService {
  constructor(private readonly db: TenantDb) {}

  /** One answer per policy id given (null: the item names none), in the same order; one query. */
  async promisesFor(policyIds: readonly (string | null)[]): Promise<(SlaPromiseDto | null)[]> {
    if (policyIds.length === 0) return [];
    const named = [...new Set(policyIds.filter((id): id is string => id !== null))];
    const rows: Row[] = await this.db.manager.query(
      `SELECT p.id, p.name, p.is_default, p.targets -> $2 AS target, c.name AS calendar_name, c.working_hours
         FROM sla_policies p JOIN sla_calendars c ON c.tenant_id = p.tenant_id AND c.id = p.calendar_id
        WHERE ${applicablePoliciesWhere('$1', '$3')}`,
      [this.db.tenantId, PROMISED_PRIORITY, named],
    );
    return policyIds.map((id) => {
      const row = applicablePolicy(rows, id);
      if (!row?.target) return null;
      return {
        policyName: row.name,
        calendarName: row.calendar_name,
        businessDayMinutes: businessDayMinutes(row.working_hours),
        priority: PROMISED_PRIORITY,
        responseMinutes: row.target.responseMinutes,
        resolutionMinutes: row.target.resolutionMinutes,
      };
    });
  }
}
