import type { SlaTimerState } from '@trellis/domain';
import { slaStage } from '@trellis/domain';
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
           WHERE c.tenant_id = t.tenant_id AND c.task_id = t.id) AS checklist_total,
         sla.state AS sla_state, sla.breached_at AS sla_breached_at, sla.due_at AS sla_due_at
    FROM tasks t
    JOIN service_requests r ON r.tenant_id = t.tenant_id AND r.id = t.request_id
    LEFT JOIN users a ON a.tenant_id = t.tenant_id AND a.id = t.assignee_id
    -- The task's operational-level clock, if its policy sets one (ix_sla_timers_task).
    LEFT JOIN LATERAL (
      SELECT s.state, s.breached_at, s.due_at FROM sla_timers s
       WHERE s.tenant_id = t.tenant_id AND s.task_id = t.id ORDER BY s.created_at DESC LIMIT 1
    ) sla ON true`;

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
  sla_state: SlaTimerState | null;
  sla_breached_at: Date | null;
  sla_due_at: Date | null;
}

/** TaskSummaryRow's timestamps and bigints, for rows read as JSON (fromJsonRows). */
export const TASK_SUMMARY_JSON_FIELDS = {
  dates: ['created_at', 'sla_breached_at', 'sla_due_at'],
  bigints: ['number', 'request_number'],
} as const;

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
    slaStage: r.sla_state ? slaStage(r.sla_state, r.sla_breached_at) : null,
    slaDueAt: r.sla_due_at?.toISOString() ?? null,
    createdAt: r.created_at.toISOString(),
    version: r.version,
  };
}
