import { Injectable } from '@nestjs/common';
import { AuditService } from '../../platform/audit/audit.service';
import { queryRows } from '../../platform/database/sql';
import { RecordNotFound } from '../../platform/errors/domain-errors';
import { RequestValidationException } from '../../platform/errors/validation-errors';
import { TenantDb } from '../../platform/tenancy/tenant-db';
import type { CreateDelegationRequest, DelegationDto, DelegationList } from './dto/delegation.dto';

const SELECT = `
  SELECT d.id, d.delegator_id, f.name AS delegator_name, d.delegate_id, t.name AS delegate_name,
         d.starts_at, d.ends_at, d.revoked_at, d.created_at
    FROM approval_delegations d
    JOIN users f ON f.tenant_id = d.tenant_id AND f.id = d.delegator_id
    JOIN users t ON t.tenant_id = d.tenant_id AND t.id = d.delegate_id`;

interface Row {
  id: string;
  delegator_id: string;
  delegator_name: string;
  delegate_id: string;
  delegate_name: string;
  starts_at: Date;
  ends_at: Date;
  revoked_at: Date | null;
  created_at: Date;
}

const toDto = (r: Row): DelegationDto => ({
  id: r.id,
  delegatorId: r.delegator_id,
  delegatorName: r.delegator_name,
  delegateId: r.delegate_id,
  delegateName: r.delegate_name,
  startsAt: r.starts_at.toISOString(),
  endsAt: r.ends_at.toISOString(),
  revokedAt: r.revoked_at?.toISOString() ?? null,
  createdAt: r.created_at.toISOString(),
});

/** An approver's out-of-office: new approvals during the window go to the delegate. */
@Injectable()
export class DelegationsService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  /** The caller's delegations, given and received, newest first (few per person: capped). */
  async list(): Promise<DelegationList> {
    const rows: Row[] = await this.db.manager.query(
      `${SELECT} WHERE d.tenant_id = $1 AND (d.delegator_id = $2 OR d.delegate_id = $2)
        ORDER BY d.starts_at DESC, d.id DESC LIMIT 200`,
      [this.db.tenantId, this.db.principal.userId],
    );
    return { items: rows.map(toDto) };
  }

  async create(body: CreateDelegationRequest): Promise<DelegationDto> {
    const me = this.db.principal.userId;
    const startsAt = new Date(body.startsAt);
    const endsAt = new Date(body.endsAt);
    const problems = [];
    if (body.delegateId === me)
      problems.push({ path: '/delegateId', message: 'you cannot delegate to yourself' });
    if (endsAt <= startsAt) problems.push({ path: '/endsAt', message: 'must be after startsAt' });
    if (endsAt <= new Date()) problems.push({ path: '/endsAt', message: 'must be in the future' });
    const [delegate]: { active: boolean }[] = await this.db.manager.query(
      `SELECT active FROM users WHERE tenant_id = $1 AND id = $2`,
      [this.db.tenantId, body.delegateId],
    );
    if (!delegate?.active) problems.push({ path: '/delegateId', message: 'no such active user' });
    if (problems.length) throw new RequestValidationException(problems);
    const [{ id }]: { id: string }[] = await this.db.manager.query(
      `INSERT INTO approval_delegations (tenant_id, delegator_id, delegate_id, starts_at, ends_at)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [this.db.tenantId, me, body.delegateId, startsAt, endsAt],
    );
    const dto = await this.find(id);
    await this.audit.record({
      action: 'delegation.created',
      entityType: 'approval_delegation',
      entityId: id,
      after: dto,
    });
    return dto;
  }

  /** Ends a delegation now; only its delegator may. */
  async revoke(id: string): Promise<void> {
    const rows = await queryRows<{ id: string }>(
      this.db.manager,
      `UPDATE approval_delegations SET revoked_at = coalesce(revoked_at, now()), updated_at = now()
        WHERE tenant_id = $1 AND id = $2 AND delegator_id = $3 RETURNING id`,
      [this.db.tenantId, id, this.db.principal.userId],
    );
    if (!rows.length) throw new RecordNotFound('Delegation');
    await this.audit.record({
      action: 'delegation.revoked',
      entityType: 'approval_delegation',
      entityId: id,
    });
  }

  private async find(id: string): Promise<DelegationDto> {
    const rows: Row[] = await this.db.manager.query(
      `${SELECT} WHERE d.tenant_id = $1 AND d.id = $2`,
      [this.db.tenantId, id],
    );
    if (!rows[0]) throw new RecordNotFound('Delegation');
    return toDto(rows[0]);
  }
}
