import { Injectable } from '@nestjs/common';
import { NumberingService, formatNumber } from '../../platform/numbering/numbering.service';
import { OutboxService } from '../../platform/outbox/outbox.service';
import { TenantDb } from '../../platform/tenancy/tenant-db';
import { SlaTimersService } from '../service-levels/sla-timers.service';

export interface TaskTemplateInput {
  key: string;
  title: string;
  description?: string;
  teamId?: string | null;
  estimateMinutes?: number | null;
  checklist?: string[];
  dependsOn?: string[];
}

/**
 * Turns an item's task templates into a request's tasks: numbered, `blocked` while they have
 * prerequisites, and auto-assigned to the member of their team with the fewest open tasks.
 */
@Injectable()
export class TaskGenerationService {
  constructor(
    private readonly db: TenantDb,
    private readonly numbering: NumberingService,
    private readonly outbox: OutboxService,
    private readonly slaTimers: SlaTimersService,
  ) {}

  async createForRequest(
    request: { id: string; number: string },
    templates: TaskTemplateInput[],
    fallbackTeamId: string | null,
  ): Promise<number> {
    if (!templates.length) return 0;
    const m = this.db.manager;
    const tenantId = this.db.tenantId;
    const teamIds = templates.map((t) => t.teamId ?? fallbackTeamId);
    const loads = await this.openTaskLoads(teamIds.filter((id): id is string => id !== null));
    // Numbers last: taking them locks the tenant's task counter until COMMIT, and every request
    // of the tenant that starts fulfilment waits for it.
    const numbers = await this.numbering.next(m, tenantId, 'task', templates.length);
    for (const [i, template] of templates.entries()) {
      const teamId = teamIds[i];
      const dependsOn = template.dependsOn ?? [];
      const assigneeId = teamId ? takeLeastLoaded(loads.get(teamId)) : null;
      const [{ id }]: { id: string }[] = await m.query(
        `INSERT INTO tasks (tenant_id, number, request_id, template_key, title, description, team_id, assignee_id,
                            status, depends_on, estimate_minutes)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
        [
          tenantId,
          numbers[i],
          request.id,
          template.key,
          template.title,
          template.description ?? '',
          teamId,
          assigneeId,
          dependsOn.length ? 'blocked' : 'open',
          dependsOn,
          template.estimateMinutes ?? null,
        ],
      );
      // A task's operational-level clock runs from when it can be worked.
      if (!dependsOn.length) await this.slaTimers.startForTask({ id, request_id: request.id });
      const checklist = template.checklist ?? [];
      if (checklist.length) {
        await m.query(
          `INSERT INTO task_checklist_items (tenant_id, task_id, position, label)
           SELECT $1, $2, ord - 1, label FROM unnest($3::text[]) WITH ORDINALITY AS c(label, ord)`,
          [tenantId, id, checklist],
        );
      }
      await this.outbox.emit({
        type: assigneeId ? 'task.assigned' : 'task.created',
        aggregateType: 'task',
        aggregateId: id,
        payload: {
          number: formatNumber('task', numbers[i]),
          requestId: request.id,
          requestNumber: formatNumber('request', request.number),
          title: template.title,
          teamId,
          assigneeId,
        },
      });
    }
    return templates.length;
  }

  /**
   * Each active member's open tasks, per team, read once for all of a request's tasks (one query
   * instead of one per task); the counts then grow in memory as tasks are handed out.
   */
  private async openTaskLoads(teamIds: string[]): Promise<Map<string, MemberLoad[]>> {
    const loads = new Map<string, MemberLoad[]>();
    if (!teamIds.length) return loads;
    const rows: { team_id: string; user_id: string; open: number }[] = await this.db.manager.query(
      `SELECT m.team_id, m.user_id,
              (SELECT count(*)::int FROM tasks t
                WHERE t.tenant_id = m.tenant_id AND t.assignee_id = m.user_id
                  AND t.status IN ('blocked', 'open', 'in_progress')) AS open
         FROM team_members m
         JOIN users u ON u.tenant_id = m.tenant_id AND u.id = m.user_id AND u.active
        WHERE m.tenant_id = $1 AND m.team_id = ANY($2::uuid[])`,
      [this.db.tenantId, [...new Set(teamIds)]],
    );
    for (const row of rows) {
      const members = loads.get(row.team_id) ?? [];
      members.push({ userId: row.user_id, open: row.open });
      loads.set(row.team_id, members);
    }
    return loads;
  }
}

interface MemberLoad {
  userId: string;
  open: number;
}

/** The member with the fewest open tasks (ties by id, for determinism), now one task busier. */
function takeLeastLoaded(members: MemberLoad[] | undefined): string | null {
  if (!members?.length) return null;
  const chosen = members.reduce((best, m) =>
    m.open < best.open || (m.open === best.open && m.userId < best.userId) ? m : best,
  );
  chosen.open += 1;
  return chosen.userId;
}
