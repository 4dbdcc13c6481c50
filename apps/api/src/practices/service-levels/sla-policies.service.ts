import { Injectable } from '@nestjs/common';
import type { SlaPolicyRules, SlaTargets } from '@trellis/domain';
import { DEFAULT_WARNING_THRESHOLDS, validateSlaPolicy } from '@trellis/domain';
import { AuditService } from '../../platform/audit/audit.service';
import { RecordNotFound, StaleVersion } from '../../platform/errors/domain-errors';
import { RequestValidationException } from '../../platform/errors/validation-errors';
import { TenantDb } from '../../platform/tenancy/tenant-db';
import type {
  CreateSlaPolicyRequest,
  SlaPolicyDto,
  SlaPolicyList,
  UpdateSlaPolicyRequest,
} from './dto/sla-policy.dto';

interface Row {
  id: string;
  name: string;
  description: string;
  calendar_id: string;
  targets: SlaTargets;
  warning_thresholds: number[];
  pause_states: string[];
  is_default: boolean;
  active: boolean;
  updated_at: Date;
  version: number;
}

const COLUMNS = `id, name, description, calendar_id, targets, warning_thresholds, pause_states, is_default,
  active, updated_at, version`;

const toDto = (r: Row): SlaPolicyDto => ({
  id: r.id,
  name: r.name,
  description: r.description,
  calendarId: r.calendar_id,
  targets: r.targets,
  warningThresholds: r.warning_thresholds,
  pauseStates: r.pause_states,
  isDefault: r.is_default,
  active: r.active,
  updatedAt: r.updated_at.toISOString(),
  version: r.version,
});

/**
 * SLA policies. Target changes apply to timers started afterwards; running timers keep the target
 * they started with (re-targeted only when their request's priority changes).
 */
@Injectable()
export class SlaPoliciesService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<SlaPolicyList> {
    const rows: Row[] = await this.db.manager.query(
      `SELECT ${COLUMNS} FROM sla_policies WHERE tenant_id = $1 ORDER BY name LIMIT 500`,
      [this.db.tenantId],
    );
    return { items: rows.map(toDto) };
  }

  async get(id: string): Promise<SlaPolicyDto> {
    return toDto(await this.find(id));
  }

  async create(body: CreateSlaPolicyRequest): Promise<SlaPolicyDto> {
    const rules = this.valid({
      targets: body.targets as unknown as SlaTargets,
      warningThresholds: body.warningThresholds ?? [...DEFAULT_WARNING_THRESHOLDS],
      pauseStates: body.pauseStates ?? ['on_hold'],
    });
    await this.requireCalendar(body.calendarId);
    await this.requireUniqueName(body.name.trim(), null);
    if (body.isDefault) await this.clearDefault();
    const [{ id }]: { id: string }[] = await this.db.manager.query(
      `INSERT INTO sla_policies (tenant_id, name, description, calendar_id, targets, warning_thresholds, pause_states, is_default)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        this.db.tenantId,
        body.name.trim(),
        body.description ?? '',
        body.calendarId,
        JSON.stringify(rules.targets),
        rules.warningThresholds,
        rules.pauseStates,
        body.isDefault ?? false,
      ],
    );
    const dto = await this.get(id);
    await this.audit.record({
      action: 'sla_policy.created',
      entityType: 'sla_policy',
      entityId: id,
      after: dto,
    });
    return dto;
  }

  async update(id: string, body: UpdateSlaPolicyRequest): Promise<SlaPolicyDto> {
    const before = await this.find(id, true);
    if (before.version !== body.version) throw new StaleVersion('SLA policy');
    const rules = this.valid({
      targets: (body.targets as unknown as SlaTargets | undefined) ?? before.targets,
      warningThresholds: body.warningThresholds ?? before.warning_thresholds,
      pauseStates: body.pauseStates ?? before.pause_states,
    });
    if (body.calendarId !== undefined) await this.requireCalendar(body.calendarId);
    if (body.name !== undefined) await this.requireUniqueName(body.name.trim(), id);
    if (body.isDefault === true && !before.is_default) await this.clearDefault();
    await this.db.manager.query(
      `UPDATE sla_policies SET name = $3, description = $4, calendar_id = $5, targets = $6, warning_thresholds = $7,
              pause_states = $8, is_default = $9, active = $10, version = version + 1, updated_at = now()
        WHERE tenant_id = $1 AND id = $2`,
      [
        this.db.tenantId,
        id,
        body.name?.trim() ?? before.name,
        body.description ?? before.description,
        body.calendarId ?? before.calendar_id,
        JSON.stringify(rules.targets),
        rules.warningThresholds,
        rules.pauseStates,
        body.isDefault ?? before.is_default,
        body.active ?? before.active,
      ],
    );
    const after = await this.get(id);
    await this.audit.record({
      action: 'sla_policy.updated',
      entityType: 'sla_policy',
      entityId: id,
      before: toDto(before),
      after,
    });
    return after;
  }

  private valid(rules: SlaPolicyRules): SlaPolicyRules {
    const problems = validateSlaPolicy(rules);
    if (problems.length) throw new RequestValidationException([...problems]);
    // Keep only the fields the domain knows, so stray keys in a target are not stored.
    const targets = Object.fromEntries(
      Object.entries(rules.targets).map(([priority, t]) => [
        priority,
        {
          responseMinutes: t.responseMinutes,
          resolutionMinutes: t.resolutionMinutes,
          taskMinutes: t.taskMinutes ?? null,
        },
      ]),
    ) as unknown as SlaTargets;
    return { ...rules, targets };
  }

  /**
   * At most one default policy per tenant. A transaction-scoped advisory lock serialises the
   * check-and-set, so two admins making different policies the default cannot both win.
   */
  private async clearDefault(): Promise<void> {
    await this.db.manager.query(
      `SELECT pg_advisory_xact_lock(hashtext('sla-default-policy'), hashtext($1))`,
      [this.db.tenantId],
    );
    await this.db.manager.query(
      `UPDATE sla_policies SET is_default = false, version = version + 1, updated_at = now()
        WHERE tenant_id = $1 AND is_default`,
      [this.db.tenantId],
    );
  }

  private async requireCalendar(calendarId: string): Promise<void> {
    const [row]: unknown[] = await this.db.manager.query(
      `SELECT 1 FROM sla_calendars WHERE tenant_id = $1 AND id = $2`,
      [this.db.tenantId, calendarId],
    );
    if (!row)
      throw new RequestValidationException([{ path: '/calendarId', message: 'no such calendar' }]);
  }

  private async find(id: string, forUpdate = false): Promise<Row> {
    const [row]: Row[] = await this.db.manager.query(
      `SELECT ${COLUMNS} FROM sla_policies WHERE tenant_id = $1 AND id = $2 ${forUpdate ? 'FOR UPDATE' : ''}`,
      [this.db.tenantId, id],
    );
    if (!row) throw new RecordNotFound('SLA policy');
    return row;
  }

  private async requireUniqueName(name: string, exceptId: string | null): Promise<void> {
    const [{ taken }]: { taken: boolean }[] = await this.db.manager.query(
      `SELECT EXISTS (SELECT 1 FROM sla_policies WHERE tenant_id = $1 AND name = $2 AND id IS DISTINCT FROM $3::uuid) AS taken`,
      [this.db.tenantId, name, exceptId],
    );
    if (taken)
      throw new RequestValidationException([
        { path: '/name', message: 'a policy with this name already exists' },
      ]);
  }
}
