import { HttpException, Injectable } from '@nestjs/common';
import { RecordNotFound } from '../../platform/errors/domain-errors';
import { RequestValidationException } from '../../platform/errors/validation-errors';
import { formatNumber } from '../../platform/numbering/numbering.service';
import { DEFAULT_PAGE_SIZE, decodeCursor, toPage } from '../../platform/pagination/pagination';
import { TenantDb } from '../../platform/tenancy/tenant-db';
import { ApprovalEngine } from './approval-engine.service';
import type {
  ApprovalDto,
  ApprovalPage,
  ApprovalQuery,
  ApprovalQueueItemDto,
  BulkDecisionRequest,
  BulkDecisionResult,
  BulkOutcomeDto,
} from './dto/approval.dto';

export const APPROVAL_SELECT = `
  SELECT a.id, a.status, a.level_index, a.approver_id, ap.name AS approver_name, a.delegated_from_id,
         df.name AS delegated_from_name, a.decided_by_id, a.comment, a.decided_at, a.timeout_at, a.created_at,
         a.created_at::text AS cursor_at, a.version,
         r.approval_plan -> a.level_index ->> 'name' AS level_name
    FROM approvals a
    JOIN service_requests r ON r.tenant_id = a.tenant_id AND r.id = a.request_id
    JOIN users ap ON ap.tenant_id = a.tenant_id AND ap.id = a.approver_id
    LEFT JOIN users df ON df.tenant_id = a.tenant_id AND df.id = a.delegated_from_id`;

export interface ApprovalRowOut {
  id: string;
  status: string;
  level_index: number;
  approver_id: string;
  approver_name: string;
  delegated_from_id: string | null;
  delegated_from_name: string | null;
  decided_by_id: string | null;
  comment: string | null;
  decided_at: Date | null;
  timeout_at: Date | null;
  created_at: Date;
  cursor_at: string;
  version: number;
  level_name: string | null;
}

/** ApprovalRowOut's timestamps, for rows read as JSON (fromJsonRows). */
export const APPROVAL_DATES = ['decided_at', 'timeout_at', 'created_at'] as const;

export function toApprovalDto(r: ApprovalRowOut): ApprovalDto {
  return {
    id: r.id,
    status: r.status,
    levelIndex: r.level_index,
    levelName: r.level_name,
    approverId: r.approver_id,
    approverName: r.approver_name,
    delegatedFromId: r.delegated_from_id,
    delegatedFromName: r.delegated_from_name,
    decidedById: r.decided_by_id,
    comment: r.comment,
    decidedAt: r.decided_at?.toISOString() ?? null,
    timeoutAt: r.timeout_at?.toISOString() ?? null,
    createdAt: r.created_at.toISOString(),
    version: r.version,
  };
}

interface QueueRow extends ApprovalRowOut {
  request_id: string;
  request_number: string;
  item_name: string;
  priority: string;
  justification: string;
  requester_id: string;
  requester_name: string;
  cost_amount: string;
  cost_currency: string;
}

const QUEUE_SELECT = APPROVAL_SELECT.replace(
  'SELECT a.id,',
  `SELECT a.request_id, r.number AS request_number, r.item_name, r.priority, r.justification, r.requester_id,
          rq.name AS requester_name, r.cost_amount::text AS cost_amount, r.cost_currency, a.id,`,
).concat(` JOIN users rq ON rq.tenant_id = r.tenant_id AND rq.id = r.requester_id`);

function toQueueItem(r: QueueRow): ApprovalQueueItemDto {
  return {
    ...toApprovalDto(r),
    requestId: r.request_id,
    requestNumber: formatNumber('request', r.request_number),
    itemName: r.item_name,
    priority: r.priority,
    justification: r.justification,
    requesterId: r.requester_id,
    requesterName: r.requester_name,
    costAmount: r.cost_amount,
    costCurrency: r.cost_currency.trim(),
  };
}

@Injectable()
export class ApprovalsService {
  constructor(
    private readonly db: TenantDb,
    private readonly engine: ApprovalEngine,
  ) {}

  /** The caller's queue (approvals delegated to them included), oldest first. */
  async queue(query: ApprovalQuery): Promise<ApprovalPage> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const cursor = decodeCursor(query.cursor, 2);
    const params: unknown[] = [
      this.db.tenantId,
      this.db.principal.userId,
      query.status ?? 'pending',
    ];
    let keyset = '';
    if (cursor) {
      params.push(cursor[0], cursor[1]);
      keyset = ` AND (a.created_at, a.id) > ($4::timestamptz, $5::uuid)`;
    }
    params.push(limit + 1);
    const rows: QueueRow[] = await this.db.manager.query(
      `${QUEUE_SELECT}
        WHERE a.tenant_id = $1 AND a.approver_id = $2 AND a.status = $3${keyset}
        ORDER BY a.created_at, a.id LIMIT $${params.length}`,
      params,
    );
    return toPage(rows, limit, toQueueItem, (r) => [r.cursor_at, r.id]);
  }

  /** One approval: visible to the person asked (and to those who may read every request). */
  async get(id: string): Promise<ApprovalQueueItemDto> {
    const principal = this.db.principal;
    const rows: QueueRow[] = await this.db.manager.query(
      `${QUEUE_SELECT} WHERE a.tenant_id = $1 AND a.id = $2`,
      [this.db.tenantId, id],
    );
    const row = rows[0];
    const seesAll = principal.roles.some(
      (role) => role === 'agent' || role === 'admin' || role === 'auditor',
    );
    if (!row || (row.approver_id !== principal.userId && !seesAll))
      throw new RecordNotFound('Approval');
    return toQueueItem(row);
  }

  async approve(
    id: string,
    comment: string | undefined,
    version?: number,
  ): Promise<ApprovalQueueItemDto> {
    await this.engine.decide(id, 'approved', comment, version);
    return this.get(id);
  }

  async reject(id: string, comment: string, version?: number): Promise<ApprovalQueueItemDto> {
    await this.engine.decide(id, 'rejected', comment, version);
    return this.get(id);
  }

  /**
   * Decides many approvals; each runs in its own savepoint, so one that fails (already decided,
   * someone else's, missing) is rolled back alone and reported, and the rest still apply.
   */
  async bulk(body: BulkDecisionRequest): Promise<BulkDecisionResult> {
    if (body.decision === 'reject' && (!body.comment || body.comment.trim().length < 3)) {
      throw new RequestValidationException([
        { path: '/comment', message: 'a comment is required to reject' },
      ]);
    }
    const results: BulkOutcomeDto[] = [];
    for (const [index, id] of body.ids.entries()) {
      try {
        await this.db.savepoint(`bulk_decision_${index}`, () =>
          this.engine.decide(
            id,
            body.decision === 'approve' ? 'approved' : 'rejected',
            body.comment,
          ),
        );
        results.push({ id, ok: true, status: 200, detail: null });
      } catch (error) {
        if (!(error instanceof HttpException)) throw error;
        results.push({ id, ok: false, status: error.getStatus(), detail: error.message });
      }
    }
    return { results };
  }
}
