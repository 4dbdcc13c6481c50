import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../platform/audit/audit.service';
import { containsPattern, queryRows } from '../../platform/database/sql';
import { RecordNotFound, StaleVersion } from '../../platform/errors/domain-errors';
import type { ProblemFieldError } from '../../platform/errors/problem';
import { RequestValidationException } from '../../platform/errors/validation-errors';
import { DEFAULT_PAGE_SIZE, decodeCursor, toPage } from '../../platform/pagination/pagination';
import { TenantDb } from '../../platform/tenancy/tenant-db';
import { UsersService } from '../identity/users.service';
import { BudgetTracker } from './budget-tracker';
import type {
  CostCenterDto,
  CostCenterPage,
  CostCenterQuery,
  CreateCostCenterRequest,
  UpdateCostCenterRequest,
} from './dto/cost-center.dto';
import { COST_CENTER_COLUMNS, toCostCenterDto } from './cost-center.sql';
import type { CostCenterRow } from './cost-center.sql';
import type { BudgetChange, CostCenterAdjustment } from './budget-tracker';
import { toCents } from './money';

@Injectable()
export class CostCentersService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly budgets: BudgetTracker,
    private readonly users: UsersService,
  ) {}

  async list(query: CostCenterQuery): Promise<CostCenterPage> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const cursor = decodeCursor(query.cursor, 1);
    const where = ['tenant_id = $1'];
    const params: unknown[] = [this.db.tenantId];
    if (query.q) {
      params.push(containsPattern(query.q));
      where.push(`(lower(code) LIKE $${params.length} OR lower(name) LIKE $${params.length})`);
    }
    if (query.ownerId) {
      params.push(query.ownerId);
      where.push(`owner_id = $${params.length}`);
    }
    if (cursor) {
      // Codes are unique per tenant, so the code alone is a total order.
      params.push(cursor[0]);
      where.push(`code > $${params.length}`);
    }
    params.push(limit + 1);
    const rows: CostCenterRow[] = await this.db.manager.query(
      `SELECT ${COST_CENTER_COLUMNS} FROM cost_centers WHERE ${where.join(' AND ')}
        ORDER BY code LIMIT $${params.length}`,
      params,
    );
    return toPage(rows, limit, toCostCenterDto, (r) => [r.code]);
  }

  async get(id: string): Promise<CostCenterDto> {
    const row = await this.find(this.db.manager, id);
    if (!row) throw new RecordNotFound('Cost centre');
    return toCostCenterDto(row);
  }

  async create(request: CreateCostCenterRequest): Promise<CostCenterDto> {
    const m = this.db.manager;
    await this.requireValid(m, request, null);
    const [row]: CostCenterRow[] = await m.query(
      `INSERT INTO cost_centers
         (tenant_id, code, name, owner_id, budget_amount, currency, period_start, period_end)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COST_CENTER_COLUMNS}`,
      [
        this.db.tenantId,
        request.code,
        request.name.trim(),
        request.ownerId,
        request.budgetAmount,
        request.currency,
        request.periodStart,
        request.periodEnd,
      ],
    );
    const created = toCostCenterDto(row);
    await this.audit.record({
      action: 'cost_center.created',
      entityType: 'cost_center',
      entityId: created.id,
      after: created,
    });
    return created;
  }

  async update(id: string, request: UpdateCostCenterRequest): Promise<CostCenterDto> {
    const m = this.db.manager;
    const before = await this.find(m, id, true);
    if (!before) throw new RecordNotFound('Cost centre');
    if (before.version !== request.version) throw new StaleVersion('Cost centre');
    const merged = {
      code: request.code ?? before.code,
      // A deactivated owner blocks only a change of owner, not every other edit.
      ownerId: request.ownerId ?? null,
      periodStart: request.periodStart ?? before.period_start,
      periodEnd: request.periodEnd ?? before.period_end,
    };
    const problems: ProblemFieldError[] = [];
    if (
      request.currency !== undefined &&
      request.currency !== before.currency &&
      (toCents(before.committed_amount) !== 0n || toCents(before.spent_amount) !== 0n)
    ) {
      // Amounts already booked are in the old currency; converting them is not ours to guess.
      problems.push({
        path: '/currency',
        message: 'cannot change once money is committed or spent',
      });
    }
    await this.requireValid(m, merged, id, problems);

    const sets = ['version = version + 1', 'updated_at = now()'];
    const params: unknown[] = [this.db.tenantId, id, request.version];
    const set = (column: string, value: unknown) => {
      params.push(value);
      sets.push(`${column} = $${params.length}`);
    };
    if (request.code !== undefined) set('code', request.code);
    if (request.name !== undefined) set('name', request.name.trim());
    if (request.ownerId !== undefined) set('owner_id', request.ownerId);
    if (request.budgetAmount !== undefined) set('budget_amount', request.budgetAmount);
    if (request.currency !== undefined) set('currency', request.currency);
    if (request.periodStart !== undefined) set('period_start', request.periodStart);
    if (request.periodEnd !== undefined) set('period_end', request.periodEnd);
    const [row] = await queryRows<CostCenterRow>(
      m,
      `UPDATE cost_centers SET ${sets.join(', ')}
        WHERE tenant_id = $1 AND id = $2 AND version = $3 RETURNING ${COST_CENTER_COLUMNS}`,
      params,
    );
    // The row is locked FOR UPDATE above, so this cannot miss; kept as a guard.
    if (!row) throw new StaleVersion('Cost centre');
    const after = toCostCenterDto(row);
    await this.audit.record({
      action: 'cost_center.updated',
      entityType: 'cost_center',
      entityId: id,
      before: toCostCenterDto(before),
      after,
    });
    return after;
  }

  /** For other practices: whether the tenant has this cost centre (to validate a reference). */
  async exists(manager: EntityManager, tenantId: string, id: string): Promise<boolean> {
    const [{ found }]: { found: boolean }[] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM cost_centers WHERE tenant_id = $1 AND id = $2) AS found`,
      [tenantId, id],
    );
    return found;
  }

  /**
   * For the requests practice: moves committed and spent amounts in the caller's transaction
   * and reports utilisation before and after, with the alert thresholds (80%, 100%) crossed.
   * Each crossing is recorded in the audit trail. 404 for an unknown id; 409 if an amount would
   * drop below zero (releasing more than was committed).
   */
  adjust(
    manager: EntityManager,
    tenantId: string,
    costCenterId: string,
    change: BudgetChange,
  ): Promise<CostCenterAdjustment> {
    return this.budgets.adjust(manager, tenantId, costCenterId, change);
  }

  private async find(
    m: EntityManager,
    id: string,
    forUpdate = false,
  ): Promise<CostCenterRow | undefined> {
    const [row]: CostCenterRow[] = await m.query(
      `SELECT ${COST_CENTER_COLUMNS} FROM cost_centers WHERE tenant_id = $1 AND id = $2
        ${forUpdate ? 'FOR UPDATE' : ''}`,
      [this.db.tenantId, id],
    );
    return row;
  }

  /** A unique code, an active owner of this tenant (when given), a period that ends after it starts. */
  private async requireValid(
    m: EntityManager,
    fields: { code: string; ownerId: string | null; periodStart: string; periodEnd: string },
    exceptId: string | null,
    problems: ProblemFieldError[] = [],
  ): Promise<void> {
    const [{ taken }]: { taken: boolean }[] = await m.query(
      `SELECT EXISTS (SELECT 1 FROM cost_centers WHERE tenant_id = $1 AND code = $2
                        AND id IS DISTINCT FROM $3::uuid) AS taken`,
      [this.db.tenantId, fields.code, exceptId],
    );
    if (taken)
      problems.push({ path: '/code', message: 'a cost centre with this code already exists' });
    if (fields.ownerId !== null) {
      const owner = await this.users.get(fields.ownerId).catch((error: unknown) => {
        if (error instanceof RecordNotFound) return null;
        throw error;
      });
      if (!owner?.active) problems.push({ path: '/ownerId', message: 'no such active user' });
    }
    if (fields.periodEnd < fields.periodStart) {
      problems.push({ path: '/periodEnd', message: 'must not be before periodStart' });
    }
    if (problems.length) throw new RequestValidationException(problems);
  }
}
