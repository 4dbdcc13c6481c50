import { Injectable } from '@nestjs/common';
import { fromJsonRows, jsonRowsOf } from '../../platform/database/sql';
import { RecordNotFound } from '../../platform/errors/domain-errors';
import { TenantDb } from '../../platform/tenancy/tenant-db';
import { APPROVAL_DATES, APPROVAL_SELECT, toApprovalDto } from '../approvals/approvals.service';
import type { ApprovalRowOut } from '../approvals/approvals.service';
import {
  TASK_SUMMARY_JSON_FIELDS,
  TASK_SUMMARY_SELECT,
  toTaskSummary,
} from '../fulfillment/task-queries';
import type { TaskSummaryRow } from '../fulfillment/task-queries';
import { requestTimersJson, timerViewsFromJson } from '../service-levels/sla-timer.sql';
import type { CommentDto, RequestDto } from './dto/request.dto';
import type { RequestAccess } from './request-access';
import { detailSelect, toRequestDetail } from './request-detail';
import type { DetailRow } from './request-detail';

interface CommentRow {
  id: string;
  author_id: string;
  author_name: string;
  visibility: string;
  body: string;
  created_at: Date;
}

interface TimelineRow {
  id: string;
  occurred_at: Date;
  actor_id: string | null;
  actor_name: string | null;
  kind: string;
  summary: string;
}

/** The comments the caller may see ($1 tenant, $2 request): internal ones for agents only. */
const commentsSql = (access: Pick<RequestAccess, 'seesInternal'>) =>
  `SELECT c.id, c.author_id, u.name AS author_name, c.visibility, c.body, c.created_at
     FROM request_comments c JOIN users u ON u.tenant_id = c.tenant_id AND u.id = c.author_id
    WHERE c.tenant_id = $1 AND c.request_id = $2 ${access.seesInternal ? '' : `AND c.visibility = 'public'`}`;

const timelineSql = (access: Pick<RequestAccess, 'seesInternal'>) =>
  `SELECT a.id, a.occurred_at, a.actor_id, u.name AS actor_name, a.kind, a.summary
     FROM request_activities a LEFT JOIN users u ON u.tenant_id = a.tenant_id AND u.id = a.actor_id
    WHERE a.tenant_id = $1 AND a.request_id = $2 ${access.seesInternal ? '' : 'AND a.public'}`;

const toCommentDto = (c: CommentRow): CommentDto => ({
  id: c.id,
  authorId: c.author_id,
  authorName: c.author_name,
  visibility: c.visibility,
  body: c.body,
  createdAt: c.created_at.toISOString(),
});

/** The detail's one statement ($1 tenant, $2 request), with what the caller may see. */
export function detailSql(access: Pick<RequestAccess, 'seesInternal'>): string {
  return `SELECT d.*,
          ${jsonRowsOf(`${APPROVAL_SELECT} WHERE a.tenant_id = $1 AND a.request_id = $2`, 'x.level_index, x.created_at, x.id')} AS approvals_json,
          ${jsonRowsOf(`${TASK_SUMMARY_SELECT} WHERE t.tenant_id = $1 AND t.request_id = $2`, 'x.number')} AS tasks_json,
          ${requestTimersJson('$1', '$2')} AS timers_json,
          ${jsonRowsOf(timelineSql(access), 'x.occurred_at, x.id')} AS timeline_json,
          ${jsonRowsOf(commentsSql(access), 'x.created_at, x.id')} AS comments_json
     FROM (${detailSelect()} WHERE r.tenant_id = $1 AND r.id = $2) d`;
}

interface DetailWithLists extends DetailRow {
  approvals_json: Record<string, unknown>[];
  tasks_json: Record<string, unknown>[];
  timers_json: Record<string, unknown>[];
  timeline_json: Record<string, unknown>[];
  comments_json: Record<string, unknown>[];
}

/**
 * A request's detail as the caller may see it, in one statement: the request with its approvals,
 * tasks, SLA timers, timeline and comments as JSON lists. The page and every action's answer read
 * it; six statements were six round trips, each costing the API a socket write and PostgreSQL a
 * parse and plan (bench/README.md).
 */
@Injectable()
export class RequestDetailReader {
  constructor(private readonly db: TenantDb) {}

  async read(id: string, access: RequestAccess): Promise<RequestDto> {
    const [row]: DetailWithLists[] = await this.db.manager.query(detailSql(access), [
      this.db.tenantId,
      id,
    ]);
    if (!row) throw new RecordNotFound('Request');
    const { approvals_json, tasks_json, timers_json, timeline_json, comments_json, ...request } =
      row;
    const approvals = fromJsonRows<ApprovalRowOut>(approvals_json, { dates: APPROVAL_DATES });
    const tasks = fromJsonRows<TaskSummaryRow>(tasks_json, TASK_SUMMARY_JSON_FIELDS);
    const timeline = fromJsonRows<TimelineRow>(timeline_json, { dates: ['occurred_at'] });
    const comments = fromJsonRows<CommentRow>(comments_json, { dates: ['created_at'] });
    return toRequestDetail(request, access, {
      approvals: approvals.map(toApprovalDto),
      tasks: tasks.map(toTaskSummary),
      slaTimers: timerViewsFromJson(timers_json, new Date()),
      comments: comments.map(toCommentDto),
      timeline: timeline.map((t) => ({
        id: t.id,
        occurredAt: t.occurred_at.toISOString(),
        actorId: t.actor_id,
        actorName: t.actor_name,
        kind: t.kind,
        summary: t.summary,
      })),
    });
  }

  /** The request's comments alone. */
  async comments(id: string, access: RequestAccess): Promise<CommentDto[]> {
    const rows: CommentRow[] = await this.db.manager.query(
      `${commentsSql(access)} ORDER BY c.created_at, c.id`,
      [this.db.tenantId, id],
    );
    return rows.map(toCommentDto);
  }
}
