import { formatNumber } from '../../platform/numbering/numbering.service';
import type { TaskSummaryDto } from './dto/task.dto';

/** The board's columns: selected fields, joined names, checklist and time totals in one query. */
export const TASK_SUMMARY_SELECT = `
  SELECT t.id, t.number, t.title, t.status, t.request_id, r.number AS request_number, r.item_name, r.priority,
         t.team_id, t.assignee_id, a.name AS assignee_name, t.depends_on, t.template_key, t.estimate_minutes,
         t.created_at, t.created_at::text AS cursor_at, t.version,
         (SELECT coalesce(sum(e.minutes), 0)::int FROM task_time_entries e
           WHERE e.tenant_id = t.tenant_id AND e.task_id = t.id) AS spent_minutes,
         (SELECT count(*) FILTER (WHERE c.done)::int FROM task_checklist_items c
           WHERE c.tenant_id = t.tenant_id AND c.task_id = t.id) AS checklist_done,
         (SELECT count(*)::int FROM task_checklist_items c
           WHERE c.tenant_id = t.tenant_id AND c.task_id = t.id) AS checklist_total
    FROM tasks t
    JOIN service_requests r ON r.tenant_id = t.tenant_id AND r.id = t.request_id
    LEFT JOIN users a ON a.tenant_id = t.tenant_id AND a.id = t.assignee_id`;

export interface TaskSummaryRow {
  id: string;
  number: string;
  title: string;
  status: string;
  request_id: string;
  request_number: string;
  item_name: string;
  priority: string;
  team_id: string | null;
  assignee_id: string | null;
  assignee_name: string | null;
  depends_on: string[];
  template_key: string;
  estimate_minutes: number | null;
  created_at: Date;
  cursor_at: string;
  version: number;
  spent_minutes: number;
  checklist_done: number;
  checklist_total: number;
}

export function toTaskSummary(r: TaskSummaryRow): TaskSummaryDto {
  return {
    id: r.id,
    number: formatNumber('task', r.number),
    title: r.title,
    status: r.status,
    requestId: r.request_id,
    requestNumber: formatNumber('request', r.request_number),
    itemName: r.item_name,
    priority: r.priority,
    teamId: r.team_id,
    assigneeId: r.assignee_id,
    assigneeName: r.assignee_name,
    dependsOn: r.depends_on,
    templateKey: r.template_key,
    estimateMinutes: r.estimate_minutes,
    spentMinutes: r.spent_minutes,
    checklistDone: r.checklist_done,
    checklistTotal: r.checklist_total,
    createdAt: r.created_at.toISOString(),
    version: r.version,
  };
}
