import type { RequestState } from '@trellis/domain';
import { allowedActions } from '@trellis/domain';
import type { ApprovalDto } from '../approvals/dto/approval.dto';
import type { TaskSummaryDto } from '../fulfillment/dto/task.dto';
import type { SlaTimerDto } from '../service-levels/dto/sla-timer.dto';
import type { ActivityDto, CommentDto, RequestDto } from './dto/request.dto';
import type { RequestAccess } from './request-access';
import { REQUEST_SUMMARY_SELECT, toRequestSummary } from './request-queries';
import type { RequestSummaryRow } from './request-queries';

/** Days after fulfilment during which the requester may reopen instead of closing. */
export const REOPEN_WINDOW_DAYS = 14;

export interface DetailRow extends RequestSummaryRow {
  justification: string;
  form_data: Record<string, unknown>;
  cost_center_id: string | null;
  due_date: string | null;
  current_approval_level: number | null;
  submitted_at: Date | null;
  approved_at: Date | null;
  fulfilled_at: Date | null;
  closed_at: Date | null;
  rating: number | null;
  feedback: string | null;
}

/**
 * The request's own columns for its detail: the summary's, with its names, and the rest. `source`
 * is what `r` ranges over: the table, or a CTE whose INSERT ... RETURNING * just wrote the row.
 */
export function detailSelect(source = 'service_requests'): string {
  return REQUEST_SUMMARY_SELECT.replace(
    'SELECT r.id,',
    `SELECT r.justification, r.form_data, r.cost_center_id, r.due_date::text AS due_date, r.current_approval_level,
            r.submitted_at, r.approved_at, r.fulfilled_at, r.closed_at, r.rating, r.feedback, r.id,`,
  ).replace('FROM service_requests r', `FROM ${source} r`);
}

export interface DetailParts {
  approvals: ApprovalDto[];
  tasks: TaskSummaryDto[];
  slaTimers: SlaTimerDto[];
  comments: CommentDto[];
  timeline: ActivityDto[];
}

/** A request's detail as the caller may see it, from its row and its related lists. */
export function toRequestDetail(
  row: DetailRow,
  access: RequestAccess,
  parts: DetailParts,
  now = new Date(),
): RequestDto {
  return {
    ...toRequestSummary(row),
    justification: row.justification,
    formData: row.form_data,
    costCenterId: row.cost_center_id,
    dueDate: row.due_date,
    currentApprovalLevel: row.current_approval_level,
    submittedAt: row.submitted_at?.toISOString() ?? null,
    approvedAt: row.approved_at?.toISOString() ?? null,
    fulfilledAt: row.fulfilled_at?.toISOString() ?? null,
    closedAt: row.closed_at?.toISOString() ?? null,
    rating: row.rating,
    feedback: row.feedback,
    allowedActions: allowedActions(row.status as RequestState, access.actor, {
      now,
      fulfilledAt: row.fulfilled_at ?? undefined,
      reopenWindowDays: REOPEN_WINDOW_DAYS,
    }),
    ...parts,
  };
}
