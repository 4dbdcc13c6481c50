import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { can } from '@trellis/domain';
import { isUUID } from 'class-validator';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../platform/audit/audit.service';
import { prefixQuery, queryRows } from '../../platform/database/sql';
import { RecordNotFound, StaleVersion } from '../../platform/errors/domain-errors';
import type { ProblemFieldError } from '../../platform/errors/problem';
import { RequestValidationException } from '../../platform/errors/validation-errors';
import { DEFAULT_PAGE_SIZE, decodeCursor, toPage } from '../../platform/pagination/pagination';
import { TenantDb } from '../../platform/tenancy/tenant-db';
import { CostCentersService } from '../cost-management/cost-centers.service';
import { TeamsService } from '../identity/teams.service';
import { SlaPromisesService } from '../service-levels/sla-promises.service';
import { contentProblems, normalizeTemplates, publishBlockers } from './catalog-item.rules';
import {
  ITEM_COLUMNS,
  ITEM_FROM,
  itemDocument,
  SUMMARY_COLUMNS,
  toItemDto,
  toSummaryDto,
} from './catalog-item.sql';
import type { CatalogItemRow, CatalogItemSummaryRow } from './catalog-item.sql';
import type {
  CatalogItemActionRequest,
  CreateCatalogItemRequest,
  UpdateCatalogItemRequest,
} from './dto/catalog-item-request.dto';
import type { CatalogItemDto, CatalogItemPage, CatalogItemQuery } from './dto/catalog-item.dto';
import type { CatalogItemStatus, TaskTemplate } from './entities/catalog-item.entity';

/** What the requests practice needs to take an order for an item. */
export interface OrderableItem {
  id: string;
  name: string;
  version: number;
  formSchema: Record<string, unknown>;
  approvalPolicyId: string | null;
  taskTemplates: TaskTemplate[];
  /** amount is a decimal string, e.g. "1450.00". */
  cost: { amount: string; currency: string };
  costCenterId: string | null;
  /** The team for task templates that name none. */
  supportTeamId: string | null;
  slaPolicyId: string | null;
  deliveryDays: number;
}

type ItemFields = Partial<CreateCatalogItemRequest>;

/** Column/value pairs for the fields present; jsonb values go as JSON text (pg sends arrays as SQL arrays). */
function columnValues(f: ItemFields): [string, unknown][] {
  const json = (value: unknown) =>
    value === undefined || value === null ? value : JSON.stringify(value);
  const pairs: [string, unknown][] = [
    ['name', f.name?.trim()],
    ['description', f.description],
    ['icon', f.icon],
    ['category_id', f.categoryId],
    ['cost_amount', f.costAmount],
    ['cost_currency', f.costCurrency],
    ['cost_center_id', f.costCenterId],
    ['delivery_days', f.deliveryDays],
    ['sla_policy_id', f.slaPolicyId],
    ['prerequisites', f.prerequisites?.map((p) => p.trim())],
    ['documentation_links', json(f.documentationLinks?.map(({ title, url }) => ({ title, url })))],
    ['support_team_id', f.supportTeamId],
    ['form_schema', json(f.formSchema)],
    ['ui_schema', json(f.uiSchema)],
    ['approval_policy_id', f.approvalPolicyId],
    ['task_templates', json(f.taskTemplates && normalizeTemplates(f.taskTemplates))],
  ];
  return pairs.filter(([, value]) => value !== undefined);
}

/** Catalog items: browsing for everyone, authoring and the draft/published/retired lifecycle for managers. */
@Injectable()
export class CatalogService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly costCenters: CostCentersService,
    private readonly teams: TeamsService,
    private readonly slaPromises: SlaPromisesService,
  ) {}

  /** Catalog managers see every status; everyone else sees only what can be ordered. */
  private get seesAll(): boolean {
    return can(this.db.principal.roles, 'catalog:manage');
  }

  /**
   * Without `q`: by name, keyset on (name, id). With `q`: best match first, keyset on
   * (rank, name, id); the rank of an item only changes when the item does, so pages stay stable.
   */
  async list(query: CatalogItemQuery): Promise<CatalogItemPage> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const params: unknown[] = [this.db.tenantId];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = ['i.tenant_id = $1'];
    if (!this.seesAll) where.push(`i.status = 'published'`);
    if (query.status) where.push(`i.status = ${param(query.status)}`);
    if (query.category) {
      where.push(
        isUUID(query.category)
          ? `i.category_id = ${param(query.category)}`
          : `c.key = ${param(query.category)}`,
      );
    }

    // An empty search box lists everything, like no `q` at all.
    if (!query.q?.trim()) {
      const cursor = decodeCursor(query.cursor, 2);
      if (cursor) where.push(`(i.name, i.id) > (${param(cursor[0])}, ${param(cursor[1])}::uuid)`);
      const rows: CatalogItemSummaryRow[] = await this.db.manager.query(
        `SELECT ${SUMMARY_COLUMNS} FROM ${ITEM_FROM} WHERE ${where.join(' AND ')}
          ORDER BY i.name, i.id LIMIT ${param(limit + 1)}`,
        params,
      );
      return this.withPromises(
        toPage(
          rows,
          limit,
          (r) => r,
          (r) => [r.name, r.id],
        ),
      );
    }

    const tsquery = prefixQuery(query.q);
    // Nothing searchable (only punctuation): nothing matches.
    if (!tsquery) return { items: [], nextCursor: null };
    const cursor = decodeCursor(query.cursor, 3);
    const match = `to_tsquery('english', ${param(tsquery)})`;
    where.push(`${itemDocument('i')} @@ ${match}`);
    let after = '';
    if (cursor) {
      if (!Number.isFinite(Number(cursor[0])))
        throw new BadRequestException('cursor is not a cursor this endpoint issued');
      const rank = `${param(cursor[0])}::real`;
      after = `WHERE s.rank < ${rank} OR (s.rank = ${rank}
                 AND (s.name, s.id) > (${param(cursor[1])}, ${param(cursor[2])}::uuid))`;
    }
    const rows: (CatalogItemSummaryRow & { rank: number })[] = await this.db.manager.query(
      `SELECT * FROM (
         SELECT ${SUMMARY_COLUMNS}, ts_rank(${itemDocument('i')}, ${match}) AS rank
           FROM ${ITEM_FROM} WHERE ${where.join(' AND ')}
       ) s ${after}
       ORDER BY s.rank DESC, s.name, s.id LIMIT ${param(limit + 1)}`,
      params,
    );
    return this.withPromises(
      toPage(
        rows,
        limit,
        (r) => r,
        (r) => [String(r.rank), r.name, r.id],
      ),
    );
  }

  async get(id: string): Promise<CatalogItemDto> {
    const row = await this.find(this.db.manager, id);
    // A draft or retired item is, to someone who cannot manage the catalog, no item at all.
    if (!row || (!this.seesAll && row.status !== 'published')) {
      throw new RecordNotFound('Catalog item');
    }
    return this.itemDto(row);
  }

  /** Creates a draft. */
  async create(request: CreateCatalogItemRequest): Promise<CatalogItemDto> {
    const m = this.db.manager;
    await this.requireValid(m, request, null);
    const pairs = columnValues(request);
    const [{ id }]: { id: string }[] = await m.query(
      `INSERT INTO catalog_items (tenant_id, ${pairs.map(([column]) => column).join(', ')})
       VALUES ($1, ${pairs.map((_, i) => `$${i + 2}`).join(', ')}) RETURNING id`,
      [this.db.tenantId, ...pairs.map(([, value]) => value)],
    );
    const row = (await this.find(m, id))!;
    await this.audit.record({
      action: 'catalog_item.created',
      entityType: 'catalog_item',
      entityId: id,
      after: toItemDto(row),
    });
    return this.itemDto(row);
  }

  async update(id: string, request: UpdateCatalogItemRequest): Promise<CatalogItemDto> {
    const m = this.db.manager;
    const before = await this.lock(m, id, request.version);
    await this.requireValid(m, request, before);
    const { version, ...fields } = request;
    const pairs = columnValues(fields);
    const params: unknown[] = [this.db.tenantId, id, version, ...pairs.map(([, value]) => value)];
    const sets = pairs.map(([column], i) => `${column} = $${i + 4}`);
    const [row] = await queryRows<{ id: string }>(
      m,
      `UPDATE catalog_items SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
        WHERE tenant_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      params,
    );
    // The row is locked above, so the version cannot have moved; kept as a guard.
    if (!row) throw new StaleVersion('Catalog item');
    const after = (await this.find(m, id))!;
    await this.audit.record({
      action: 'catalog_item.updated',
      entityType: 'catalog_item',
      entityId: id,
      before: toItemDto(before),
      after: toItemDto(after),
    });
    return this.itemDto(after);
  }

  /** draft or retired -> published. Re-publishing a retired item brings a service back unchanged. */
  async publish(id: string, request: CatalogItemActionRequest): Promise<CatalogItemDto> {
    const before = await this.lock(this.db.manager, id, request.version);
    if (before.status === 'published') {
      throw new ConflictException('Catalog item is already published');
    }
    const blockers = publishBlockers({
      formSchema: before.form_schema,
      taskTemplates: before.task_templates,
    });
    if (blockers.length) {
      throw new ConflictException(
        `Catalog item cannot be published: ${blockers.map((b) => b.message).join('; ')}`,
      );
    }
    return this.transition(before, 'published', 'catalog_item.published');
  }

  /** published -> retired: no longer orderable; requests already raised carry on. */
  async retire(id: string, request: CatalogItemActionRequest): Promise<CatalogItemDto> {
    const before = await this.lock(this.db.manager, id, request.version);
    if (before.status !== 'published') {
      throw new ConflictException(
        `Only a published catalog item can be retired; this one is ${before.status}`,
      );
    }
    return this.transition(before, 'retired', 'catalog_item.retired');
  }

  /**
   * For the requests practice, in its own transaction: the published item with what ordering
   * needs. 404 when the item is missing, another tenant's, or not published.
   */
  async getOrderableItem(
    manager: EntityManager,
    tenantId: string,
    itemId: string,
  ): Promise<OrderableItem> {
    const [row]: CatalogItemRow[] = await manager.query(
      `SELECT ${ITEM_COLUMNS} FROM ${ITEM_FROM}
        WHERE i.tenant_id = $1 AND i.id = $2 AND i.status = 'published'`,
      [tenantId, itemId],
    );
    // Publishing requires a form, so form_schema is set; checked anyway rather than asserted.
    if (!row?.form_schema) throw new RecordNotFound('Catalog item');
    return {
      id: row.id,
      name: row.name,
      version: row.version,
      formSchema: row.form_schema,
      approvalPolicyId: row.approval_policy_id,
      taskTemplates: row.task_templates,
      cost: { amount: row.cost_amount, currency: row.cost_currency },
      costCenterId: row.cost_center_id,
      supportTeamId: row.support_team_id,
      slaPolicyId: row.sla_policy_id,
      deliveryDays: row.delivery_days,
    };
  }

  private async transition(
    before: CatalogItemRow,
    status: CatalogItemStatus,
    action: string,
  ): Promise<CatalogItemDto> {
    const m = this.db.manager;
    await m.query(
      `UPDATE catalog_items SET status = $3, version = version + 1, updated_at = now()
         ${status === 'published' ? ', published_at = now()' : ''}
        WHERE tenant_id = $1 AND id = $2`,
      [this.db.tenantId, before.id, status],
    );
    const after = (await this.find(m, before.id))!;
    await this.audit.record({
      action,
      entityType: 'catalog_item',
      entityId: before.id,
      before: { status: before.status, version: before.version },
      after: {
        status: after.status,
        version: after.version,
        publishedAt: after.published_at?.toISOString() ?? null,
      },
    });
    return this.itemDto(after);
  }

  /** A page of rows as summaries, each with what its SLA promises (one query for the page). */
  private async withPromises(page: {
    items: CatalogItemSummaryRow[];
    nextCursor: string | null;
  }): Promise<CatalogItemPage> {
    const promises = await this.slaPromises.promisesFor(page.items.map((r) => r.sla_policy_id));
    return {
      items: page.items.map((r, i) => ({ ...toSummaryDto(r), sla: promises[i] ?? null })),
      nextCursor: page.nextCursor,
    };
  }

  private async itemDto(row: CatalogItemRow): Promise<CatalogItemDto> {
    const [sla] = await this.slaPromises.promisesFor([row.sla_policy_id]);
    return { ...toItemDto(row), sla: sla ?? null };
  }

  private async find(
    m: EntityManager,
    id: string,
    forUpdate = false,
  ): Promise<CatalogItemRow | undefined> {
    const [row]: CatalogItemRow[] = await m.query(
      `SELECT ${ITEM_COLUMNS} FROM ${ITEM_FROM} WHERE i.tenant_id = $1 AND i.id = $2
        ${forUpdate ? 'FOR UPDATE OF i' : ''}`,
      [this.db.tenantId, id],
    );
    return row;
  }

  /** Locks the item for a change: 404 if it is not there, 409 if the caller read an older version. */
  private async lock(m: EntityManager, id: string, version: number): Promise<CatalogItemRow> {
    const row = await this.find(m, id, true);
    if (!row) throw new RecordNotFound('Catalog item');
    if (row.version !== version) throw new StaleVersion('Catalog item');
    return row;
  }

  /**
   * Every problem with the fields being saved, in one 400: content (form schema, templates),
   * references to this tenant's categories, cost centres and teams, a unique name, and, for a
   * published item, what publishing requires.
   */
  private async requireValid(
    m: EntityManager,
    fields: ItemFields,
    current: CatalogItemRow | null,
  ): Promise<void> {
    const problems = contentProblems(fields);
    const [row]: { name_taken: boolean; category_ok: boolean }[] = await m.query(
      `SELECT EXISTS (SELECT 1 FROM catalog_items WHERE tenant_id = $1 AND name = $2
                        AND id IS DISTINCT FROM $3::uuid) AS name_taken,
              ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM catalog_categories
                                            WHERE tenant_id = $1 AND id = $4)) AS category_ok`,
      [
        this.db.tenantId,
        fields.name?.trim() ?? null,
        current?.id ?? null,
        fields.categoryId ?? null,
      ],
    );
    if (row.name_taken) {
      problems.push({ path: '/name', message: 'a catalog item with this name already exists' });
    }
    if (!row.category_ok) problems.push({ path: '/categoryId', message: 'no such category' });
    if (
      fields.costCenterId &&
      !(await this.costCenters.exists(m, this.db.tenantId, fields.costCenterId))
    ) {
      problems.push({ path: '/costCenterId', message: 'no such cost centre' });
    }
    problems.push(...(await this.teamProblems(fields)));
    if (current?.status === 'published') {
      // A published item must stay orderable: it may change, but not lose its form or tasks.
      problems.push(
        ...publishBlockers({
          formSchema: fields.formSchema === undefined ? current.form_schema : fields.formSchema,
          taskTemplates: fields.taskTemplates ?? current.task_templates,
        }),
      );
    }
    if (problems.length) throw new RequestValidationException(problems);
  }

  /** The support team and every template's team must be teams of this tenant. */
  private async teamProblems(fields: ItemFields): Promise<ProblemFieldError[]> {
    const references: { path: string; teamId: string }[] = [];
    if (fields.supportTeamId) {
      references.push({ path: '/supportTeamId', teamId: fields.supportTeamId });
    }
    fields.taskTemplates?.forEach((t, i) => {
      if (t.teamId) references.push({ path: `/taskTemplates/${i}/teamId`, teamId: t.teamId });
    });
    const missing = new Set<string>();
    for (const teamId of new Set(references.map((r) => r.teamId))) {
      await this.teams.get(teamId).catch((error: unknown) => {
        if (!(error instanceof RecordNotFound)) throw error;
        missing.add(teamId);
      });
    }
    return references
      .filter((r) => missing.has(r.teamId))
      .map((r) => ({ path: r.path, message: 'no such team' }));
  }
}
