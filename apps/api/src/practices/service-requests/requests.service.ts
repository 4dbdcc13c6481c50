import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import type { RequestAction } from '@trellis/domain';
import { can, isTerminal } from '@trellis/domain';
import { AuditService } from '../../platform/audit/audit.service';
import { queryRows } from '../../platform/database/sql';
import { StaleVersion } from '../../platform/errors/domain-errors';
import { RequestValidationException } from '../../platform/errors/validation-errors';
import { formatNumber, nextNumberSql } from '../../platform/numbering/numbering.service';
import { OutboxService } from '../../platform/outbox/outbox.service';
import { DEFAULT_PAGE_SIZE, decodeCursor, toPage } from '../../platform/pagination/pagination';
import { TenantDb } from '../../platform/tenancy/tenant-db';
import { ApprovalEngine } from '../approvals/approval-engine.service';
import { PoliciesService } from '../approvals/policies.service';
import { CostCentersService } from '../cost-management/cost-centers.service';
import { FulfilmentStarter } from '../fulfillment/fulfilment-starter.service';
import { UsersService } from '../identity/users.service';
import { CatalogService } from '../service-catalog/catalog.service';
import { FormDataValidator } from '../service-catalog/form-data-validator';
import type {
  AddCommentRequest,
  CommentDto,
  CommentList,
  CreateRequestRequest,
  RequestDto,
  RequestPage,
  RequestQuery,
  UpdateRequestRequest,
} from './dto/request.dto';
import type { RequestAccess } from './request-access';
import { RequestAccessPolicy } from './request-access';
import { RequestActivityService } from './request-activity.service';
import { REOPEN_WINDOW_DAYS, detailSelect, toRequestDetail } from './request-detail';
import { RequestDetailReader } from './request-detail.reader';
import type { DetailRow } from './request-detail';
import {
  REQUEST_SUMMARY_SELECT,
  requestDocument,
  requestNumberOf,
  toRequestSummary,
} from './request-queries';
import { prefixQuery } from '../../platform/database/sql';
import type { RequestSummaryRow } from './request-queries';
import { RequestStateService, SYSTEM_ACTOR } from './request-state.service';
import { SlaTimersService } from '../service-levels/sla-timers.service';

@Injectable()
export class RequestsService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly access: RequestAccessPolicy,
    private readonly state: RequestStateService,
    private readonly activity: RequestActivityService,
    private readonly catalog: CatalogService,
    private readonly forms: FormDataValidator,
    private readonly policies: PoliciesService,
    private readonly approvals: ApprovalEngine,
    private readonly fulfilment: FulfilmentStarter,
    private readonly users: UsersService,
    private readonly costCenters: CostCentersService,
    private readonly slaTimers: SlaTimersService,
    private readonly details: RequestDetailReader,
  ) {}

  async list(query: RequestQuery): Promise<RequestPage> {
    const principal = this.db.principal;
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const cursor = decodeCursor(query.cursor, 2);
    const where = ['r.tenant_id = $1'];
    const params: unknown[] = [this.db.tenantId];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace(/\?/g, `$${params.length}`));
    };
    // Without requests:read-all, "mine" is the only view there is.
    const mine = query.mine || !can(principal.roles, 'requests:read-all');
    if (query.status) add('r.status = ?', query.status);
    if (query.itemId) add('r.item_id = ?', query.itemId);
    if (query.assignee)
      add('r.assignee_id = ?', query.assignee === 'me' ? principal.userId : query.assignee);
    if (query.q !== undefined) {
      // Still newest first, not ranked: a request list is read by recency. For a rare word the
      // planner walks the GIN index; for a common one, the recency index until a page is full.
      const number = requestNumberOf(query.q);
      const words = prefixQuery(query.q);
      if (number) add('r.number = ?::bigint', number);
      else if (words) add(`${requestDocument('r')} @@ to_tsquery('english', ?)`, words);
      else return { items: [], nextCursor: null };
    }
    if (cursor) {
      params.push(cursor[0], cursor[1]);
      where.push(
        `(r.created_at, r.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`,
      );
    }
    params.push(limit + 1);
    const page = `ORDER BY r.created_at DESC, r.id DESC LIMIT $${params.length}`;
    let sql = `${REQUEST_SUMMARY_SELECT} WHERE ${where.join(' AND ')} ${page}`;
    if (mine) {
      // "Raised by me or for me" as one OR sorts all of the person's requests; two keyset walks
      // (by requester, by requested-for) each stop at a page, and the union keeps the newest
      // (UNION, not UNION ALL: a request raised for oneself comes out of both walks).
      params.push(principal.userId);
      const me = `$${params.length}`;
      const walk = (who: string) =>
        `(${REQUEST_SUMMARY_SELECT} WHERE ${[...where, who].join(' AND ')} ${page})`;
      sql = `SELECT * FROM (${walk(`r.requester_id = ${me}`)} UNION
               ${walk(`r.requested_for_id = ${me}`)}) mine
              ORDER BY mine.created_at DESC, mine.id DESC LIMIT $${params.length - 1}`;
    }
    const rows: RequestSummaryRow[] = await this.db.manager.query(sql, params);
    return toPage(rows, limit, toRequestSummary, (r) => [r.cursor_at, r.id]);
  }

  async get(id: string): Promise<RequestDto> {
    const access = await this.access.require(id);
    return this.detail(id, access);
  }

  async create(body: CreateRequestRequest): Promise<RequestDto> {
    const m = this.db.manager;
    const principal = this.db.principal;
    const item = await this.catalog.getOrderableItem(m, this.db.tenantId, body.itemId);
    const problems = this.forms.validate(item.formSchema, body.formData, '/formData');
    const requestedForId = body.requestedForId ?? principal.userId;
    if (requestedForId !== principal.userId) {
      const [user]: { active: boolean }[] = await m.query(
        `SELECT active FROM users WHERE tenant_id = $1 AND id = $2`,
        [this.db.tenantId, requestedForId],
      );
      if (!user?.active) problems.push({ path: '/requestedForId', message: 'no such active user' });
    }
    const costCenterId = body.costCenterId === undefined ? item.costCenterId : body.costCenterId;
    if (costCenterId && !(await this.costCenters.exists(m, this.db.tenantId, costCenterId))) {
      problems.push({ path: '/costCenterId', message: 'no such cost centre' });
    }
    if (problems.length) throw new RequestValidationException(problems);
    // Everything that can be checked is checked before this statement: it takes the tenant's
    // request counter, whose row lock every create in the tenant queues on until commit. The
    // number, the insert and the names the answer needs are one round trip, and only the audit
    // event and the timeline line follow it.
    const [row]: DetailRow[] = await m.query(
      `WITH counter AS (${nextNumberSql('$1', 'request')}),
            created AS (
              INSERT INTO service_requests (tenant_id, number, item_id, item_name, requester_id, requested_for_id, status,
                                            priority, justification, form_data, cost_center_id, cost_amount, cost_currency,
                                            due_date, sla_policy_id)
              SELECT $1, counter.value, $2, $3, $4, $5, 'draft', $6, $7, $8, $9, $10, $11, $12, $13 FROM counter
              RETURNING *)
       ${detailSelect('created')}`,
      [
        this.db.tenantId,
        item.id,
        item.name,
        principal.userId,
        requestedForId,
        body.priority ?? 'medium',
        body.justification ?? '',
        JSON.stringify(body.formData),
        costCenterId ?? null,
        item.cost.amount,
        item.cost.currency,
        body.dueDate ?? null,
        item.slaPolicyId,
      ],
    );
    await this.audit.record({
      action: 'request.created',
      entityType: 'request',
      entityId: row.id,
      after: {
        number: formatNumber('request', row.number),
        itemId: item.id,
        requestedForId,
        priority: row.priority,
      },
    });
    const created = await this.activity.add(row.id, 'created', `Draft created for ${item.name}`);
    // The answer is what was just written: a new draft has no approvals, tasks, SLA clocks (they
    // start at submission) or comments yet, and its timeline is the line above.
    return toRequestDetail(row, this.access.ofNewRequest(), {
      approvals: [],
      tasks: [],
      slaTimers: [],
      comments: [],
      timeline: [
        {
          id: created.id,
          occurredAt: created.occurred_at.toISOString(),
          actorId: created.actor_id,
          // The actor is the caller, who is the requester.
          actorName: created.actor_id ? row.requester_name : null,
          kind: 'created',
          summary: `Draft created for ${item.name}`,
        },
      ],
    });
  }

  async update(id: string, body: UpdateRequestRequest): Promise<RequestDto> {
    const access = await this.access.require(id);
    const request = await this.state.lock(id);
    if (!access.actor.isRequester)
      throw new ForbiddenException('Only the requester can edit a draft');
    if (request.version !== body.version) throw new StaleVersion('Request');
    if (request.status !== 'draft')
      throw new ConflictException('Only a draft can be edited; this request is submitted');
    const problems = [];
    if (body.formData) {
      const item = await this.catalog.getOrderableItem(
        this.db.manager,
        this.db.tenantId,
        request.item_id,
      );
      problems.push(...this.forms.validate(item.formSchema, body.formData, '/formData'));
    }
    if (
      body.costCenterId &&
      !(await this.costCenters.exists(this.db.manager, this.db.tenantId, body.costCenterId))
    ) {
      problems.push({ path: '/costCenterId', message: 'no such cost centre' });
    }
    if (problems.length) throw new RequestValidationException(problems);
    const sets: string[] = [];
    const params: unknown[] = [this.db.tenantId, id];
    const set = (column: string, value: unknown) => {
      params.push(value);
      sets.push(`${column} = $${params.length}`);
    };
    if (body.formData !== undefined) set('form_data', JSON.stringify(body.formData));
    if (body.priority !== undefined) set('priority', body.priority);
    if (body.justification !== undefined) set('justification', body.justification);
    if (body.costCenterId !== undefined) set('cost_center_id', body.costCenterId);
    if (body.dueDate !== undefined) set('due_date', body.dueDate);
    await queryRows(
      this.db.manager,
      `UPDATE service_requests SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
        WHERE tenant_id = $1 AND id = $2 RETURNING id`,
      params,
    );
    await this.audit.record({
      action: 'request.updated',
      entityType: 'request',
      entityId: id,
      after: { ...body },
    });
    return this.detail(id, access);
  }

  /**
   * Submits a draft: the form is checked against the item as it is now, the approval policy and
   * task templates are snapshotted, and the request goes to its first approval level, or straight
   * to fulfilment when the item needs no approval.
   */
  async submit(id: string, version?: number): Promise<RequestDto> {
    const access = await this.access.require(id);
    const request = await this.state.lock(id);
    const item = await this.catalog.getOrderableItem(
      this.db.manager,
      this.db.tenantId,
      request.item_id,
    );
    const [{ form_data: formData }]: { form_data: Record<string, unknown> }[] =
      await this.db.manager.query(
        `SELECT form_data FROM service_requests WHERE tenant_id = $1 AND id = $2`,
        [this.db.tenantId, id],
      );
    const problems = this.forms.validate(item.formSchema, formData, '/formData');
    if (problems.length) throw new RequestValidationException(problems);
    const levels = await this.policies.levelsFor(item.approvalPolicyId);
    const submitted = await this.state.transition(request, 'submit', {
      version,
      actor: access.actor,
      set: {
        approval_plan: JSON.stringify(levels),
        task_plan: JSON.stringify(item.taskTemplates),
        support_team_id: item.supportTeamId,
      },
      summary: 'Submitted',
    });
    if (levels.length) {
      const routed = await this.state.transition(submitted, 'route_to_approval', {
        actor: SYSTEM_ACTOR,
        context: { approvalLevelCount: levels.length },
      });
      await this.approvals.askLevel(routed, 0);
    } else {
      const approved = await this.state.transition(submitted, 'auto_approve', {
        actor: SYSTEM_ACTOR,
        context: { approvalLevelCount: 0 },
        summary: 'No approval needed',
      });
      await this.fulfilment.start(approved);
    }
    return this.detail(id, access);
  }

  /** hold, resume, reopen: people's actions with nothing more to them than the transition. */
  async act(
    id: string,
    action: Extract<RequestAction, 'hold' | 'resume' | 'reopen'>,
    version?: number,
  ): Promise<RequestDto> {
    const access = await this.access.require(id);
    const request = await this.state.lock(id);
    const summaries = {
      hold: 'Put on hold',
      resume: 'Resumed',
      reopen: 'Reopened by the requester',
    };
    await this.state.transition(request, action, {
      version,
      actor: access.actor,
      context: { reopenWindowDays: REOPEN_WINDOW_DAYS },
      summary: summaries[action],
    });
    return this.detail(id, access);
  }

  /** Gives the request an owner: an active agent or admin. Any time before it ends. */
  async assign(id: string, assigneeId: string, version?: number): Promise<RequestDto> {
    const access = await this.access.require(id);
    const request = await this.state.lock(id);
    if (version !== undefined && version !== request.version) throw new StaleVersion('Request');
    if (isTerminal(request.status))
      throw new ConflictException('The request has ended; it can no longer be assigned');
    const user = await this.users.requireWorker(assigneeId, '/assigneeId');
    await queryRows(
      this.db.manager,
      `UPDATE service_requests SET assignee_id = $3, version = version + 1, updated_at = now()
        WHERE tenant_id = $1 AND id = $2 RETURNING id`,
      [this.db.tenantId, id, assigneeId],
    );
    await this.audit.record({
      action: 'request.assigned',
      entityType: 'request',
      entityId: id,
      after: { assigneeId },
    });
    await this.activity.add(id, 'assigned', `Assigned to ${user.name}`);
    await this.slaTimers.recordResponse(id);
    await this.outbox.emit({
      type: 'request.assigned',
      aggregateType: 'request',
      aggregateId: id,
      payload: { number: formatNumber('request', request.number), assigneeId },
    });
    return this.detail(id, access);
  }

  async cancel(id: string, reason: string | undefined, version?: number): Promise<RequestDto> {
    const access = await this.access.require(id);
    const request = await this.state.lock(id);
    await this.state.transition(request, 'cancel', {
      version,
      actor: access.actor,
      set: { cancel_reason: reason ?? null, current_approval_level: null },
      summary: reason ? `Cancelled: ${reason}` : 'Cancelled',
    });
    // Nobody should keep deciding or working on a cancelled request.
    await queryRows(
      this.db.manager,
      `UPDATE approvals SET status = 'not_required', next_reminder_at = NULL, timeout_at = NULL, version = version + 1,
              updated_at = now()
        WHERE tenant_id = $1 AND request_id = $2 AND status = 'pending' RETURNING id`,
      [this.db.tenantId, id],
    );
    await queryRows(
      this.db.manager,
      `UPDATE tasks SET status = 'skipped', skip_reason = 'The request was cancelled', completed_at = now(),
              version = version + 1, updated_at = now()
        WHERE tenant_id = $1 AND request_id = $2 AND status NOT IN ('done', 'skipped') RETURNING id`,
      [this.db.tenantId, id],
    );
    return this.detail(id, access);
  }

  async close(
    id: string,
    rating: number,
    feedback: string | undefined,
    version?: number,
  ): Promise<RequestDto> {
    const access = await this.access.require(id);
    const request = await this.state.lock(id);
    await this.state.transition(request, 'close', {
      version,
      actor: access.actor,
      context: { rating },
      set: { rating, feedback: feedback ?? null },
      summary: `Closed with a rating of ${rating}/5`,
      eventPayload: { rating },
    });
    return this.detail(id, access);
  }

  async comments(id: string): Promise<CommentList> {
    const access = await this.access.require(id);
    return { items: await this.details.comments(id, access) };
  }

  async addComment(id: string, body: AddCommentRequest): Promise<CommentDto> {
    const access = await this.access.requireContributor(id);
    const visibility = body.visibility ?? 'public';
    if (visibility === 'internal' && !access.seesInternal) {
      throw new ForbiddenException('Only agents can write internal comments');
    }
    const [{ id: commentId }]: { id: string }[] = await this.db.manager.query(
      `INSERT INTO request_comments (tenant_id, request_id, author_id, visibility, body) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [this.db.tenantId, id, this.db.principal.userId, visibility, body.body],
    );
    await this.audit.record({
      action: 'request.commented',
      entityType: 'request',
      entityId: id,
      after: { commentId, visibility },
    });
    // An agent's public reply is a response to the requester; an internal note is not.
    if (visibility === 'public' && access.actor.canWork && !access.actor.isRequester)
      await this.slaTimers.recordResponse(id);
    await this.outbox.emit({
      type: 'request.commented',
      aggregateType: 'request',
      aggregateId: id,
      payload: {
        commentId,
        visibility,
        authorId: this.db.principal.userId,
        // Who to tell: the notifications practice reads these rather than the requests table.
        ...(await this.partiesOf(id)),
      },
    });
    const comments = await this.details.comments(id, access);
    return comments.find((c) => c.id === commentId)!;
  }

  private async partiesOf(id: string) {
    const [row]: {
      number: string;
      requester_id: string;
      requested_for_id: string;
      assignee_id: string | null;
    }[] = await this.db.manager.query(
      `SELECT number, requester_id, requested_for_id, assignee_id FROM service_requests
        WHERE tenant_id = $1 AND id = $2`,
      [this.db.tenantId, id],
    );
    return {
      number: formatNumber('request', row.number),
      requesterId: row.requester_id,
      requestedForId: row.requested_for_id,
      assigneeId: row.assignee_id,
    };
  }

  private detail(id: string, access: RequestAccess): Promise<RequestDto> {
    return this.details.read(id, access);
  }
}
