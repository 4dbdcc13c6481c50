import { Injectable } from '@nestjs/common';
import type { ApprovalLevel } from '@trellis/domain';
import { validatePolicyLevels } from '@trellis/domain';
import { AuditService } from '../../platform/audit/audit.service';
import { RecordNotFound, StaleVersion } from '../../platform/errors/domain-errors';
import { RequestValidationException } from '../../platform/errors/validation-errors';
import { TenantDb } from '../../platform/tenancy/tenant-db';
import type {
  ApprovalLevelDoc,
  ApprovalPolicyDto,
  ApprovalPolicyList,
  CreateApprovalPolicyRequest,
  UpdateApprovalPolicyRequest,
} from './dto/policy.dto';

interface Row {
  id: string;
  name: string;
  description: string;
  levels: ApprovalLevelDoc[];
  updated_at: Date;
  version: number;
}

const toDto = (r: Row): ApprovalPolicyDto => ({
  id: r.id,
  name: r.name,
  description: r.description,
  levels: r.levels,
  updatedAt: r.updated_at.toISOString(),
  version: r.version,
});

/** Approval policies are named, reusable level lists that catalog items (and changes) point at. */
@Injectable()
export class PoliciesService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<ApprovalPolicyList> {
    const rows: Row[] = await this.db.manager.query(
      `SELECT id, name, description, levels, updated_at, version FROM approval_policies
        WHERE tenant_id = $1 ORDER BY name LIMIT 500`,
      [this.db.tenantId],
    );
    return { items: rows.map(toDto) };
  }

  async get(id: string): Promise<ApprovalPolicyDto> {
    return toDto(await this.find(id));
  }

  /** The levels to snapshot onto a request at submission; [] for no policy. */
  async levelsFor(policyId: string | null): Promise<ApprovalLevel[]> {
    if (!policyId) return [];
    const [row]: { levels: ApprovalLevel[] }[] = await this.db.manager.query(
      `SELECT levels FROM approval_policies WHERE tenant_id = $1 AND id = $2`,
      [this.db.tenantId, policyId],
    );
    return row?.levels ?? [];
  }

  async create(body: CreateApprovalPolicyRequest): Promise<ApprovalPolicyDto> {
    const levels = this.validLevels(body.levels);
    await this.requireUniqueName(body.name.trim(), null);
    const [{ id }]: { id: string }[] = await this.db.manager.query(
      `INSERT INTO approval_policies (tenant_id, name, description, levels) VALUES ($1, $2, $3, $4) RETURNING id`,
      [this.db.tenantId, body.name.trim(), body.description ?? '', JSON.stringify(levels)],
    );
    const dto = await this.get(id);
    await this.audit.record({
      action: 'approval_policy.created',
      entityType: 'approval_policy',
      entityId: id,
      after: dto,
    });
    return dto;
  }

  async update(id: string, body: UpdateApprovalPolicyRequest): Promise<ApprovalPolicyDto> {
    const before = await this.find(id, true);
    if (before.version !== body.version) throw new StaleVersion('Approval policy');
    if (body.name !== undefined) await this.requireUniqueName(body.name.trim(), id);
    const levels = body.levels ? this.validLevels(body.levels) : null;
    await this.db.manager.query(
      `UPDATE approval_policies SET name = coalesce($3, name), description = coalesce($4, description),
              levels = coalesce($5::jsonb, levels), version = version + 1, updated_at = now()
        WHERE tenant_id = $1 AND id = $2`,
      [
        this.db.tenantId,
        id,
        body.name?.trim() ?? null,
        body.description ?? null,
        levels ? JSON.stringify(levels) : null,
      ],
    );
    const after = await this.get(id);
    await this.audit.record({
      action: 'approval_policy.updated',
      entityType: 'approval_policy',
      entityId: id,
      before: toDto(before),
      after,
    });
    return after;
  }

  private validLevels(levels: Record<string, unknown>[]): ApprovalLevel[] {
    const typed = levels as unknown as ApprovalLevel[];
    const problems = typed.every(
      (level) =>
        Array.isArray(level.approvers) && typeof level.rule === 'object' && level.rule !== null,
    )
      ? validatePolicyLevels(typed)
      : typed.flatMap((level, i) => [
          ...(Array.isArray(level.approvers)
            ? []
            : [{ path: `/levels/${i}/approvers`, message: 'must be a list of approvers' }]),
          ...(typeof level.rule === 'object' && level.rule !== null
            ? []
            : [{ path: `/levels/${i}/rule`, message: 'must be a rule' }]),
        ]);
    if (problems.length) throw new RequestValidationException([...problems]);
    return typed;
  }

  private async find(id: string, forUpdate = false): Promise<Row> {
    const [row]: Row[] = await this.db.manager.query(
      `SELECT id, name, description, levels, updated_at, version FROM approval_policies
        WHERE tenant_id = $1 AND id = $2 ${forUpdate ? 'FOR UPDATE' : ''}`,
      [this.db.tenantId, id],
    );
    if (!row) throw new RecordNotFound('Approval policy');
    return row;
  }

  private async requireUniqueName(name: string, exceptId: string | null): Promise<void> {
    const [{ taken }]: { taken: boolean }[] = await this.db.manager.query(
      `SELECT EXISTS (SELECT 1 FROM approval_policies WHERE tenant_id = $1 AND name = $2 AND id IS DISTINCT FROM $3::uuid) AS taken`,
      [this.db.tenantId, name, exceptId],
    );
    if (taken)
      throw new RequestValidationException([
        { path: '/name', message: 'a policy with this name already exists' },
      ]);
  }
}
