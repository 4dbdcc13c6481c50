import { formatNumber } from '../../platform/numbering/numbering.service';
import type { RequestSummaryDto } from './dto/request.dto';

export const REQUEST_SUMMARY_SELECT = `
  SELECT r.id, r.number, r.item_id, r.item_name, r.status, r.priority, r.requester_id, rq.name AS requester_name,
         r.requested_for_id, rf.name AS requested_for_name, r.assignee_id, asg.name AS assignee_name, r.cost_amount::text AS cost_amount, r.cost_currency,
         r.created_at, r.updated_at, r.created_at::text AS cursor_at, r.version
    FROM service_requests r
    JOIN users rq ON rq.tenant_id = r.tenant_id AND rq.id = r.requester_id
    JOIN users rf ON rf.tenant_id = r.tenant_id AND rf.id = r.requested_for_id
    LEFT JOIN users asg ON asg.tenant_id = r.tenant_id AND asg.id = r.assignee_id`;

export interface RequestSummaryRow {
  id: string;
  number: string;
  item_id: string;
  item_name: string;
  status: string;
  priority: string;
  requester_id: string;
  requester_name: string;
  requested_for_id: string;
  requested_for_name: string;
  assignee_id: string | null;
  assignee_name: string | null;
  cost_amount: string;
  cost_currency: string;
  created_at: Date;
  updated_at: Date;
  cursor_at: string;
  version: number;
}

export function toRequestSummary(r: RequestSummaryRow): RequestSummaryDto {
  return {
    id: r.id,
    number: formatNumber('request', r.number),
    itemId: r.item_id,
    itemName: r.item_name,
    status: r.status,
    priority: r.priority,
    requesterId: r.requester_id,
    requesterName: r.requester_name,
    requestedForId: r.requested_for_id,
    requestedForName: r.requested_for_name,
    assigneeId: r.assignee_id,
    assigneeName: r.assignee_name,
    costAmount: r.cost_amount,
    costCurrency: r.cost_currency.trim(),
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    version: r.version,
  };
}

/**
 * The full-text document `q` searches. It must stay the expression of the migration's
 * ftx_service_requests_search index (the table alias aside), or PostgreSQL cannot use the index.
 */
export function requestDocument(alias: string): string {
  return `to_tsvector('english', ${alias}.item_name || ' ' || ${alias}.justification)`;
}

/** `REQ-000042`, `req-42` or `42`: the number someone is looking for; null for anything else. */
export function requestNumberOf(q: string): string | null {
  const match = /^\s*(?:req-?)?0*(\d{1,15})\s*$/i.exec(q);
  return match ? match[1] : null;
}
