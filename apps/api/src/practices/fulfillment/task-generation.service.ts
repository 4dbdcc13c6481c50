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
    const numbers = await this.numbering.next(m, tenantId, 'task', templates.length);
    for (const [i, template] of templates.entries()) {
      const teamId = template.teamId ?? fallbackTeamId;
      const dependsOn = template.dependsOn ?? [];
      const assigneeId = teamId ? await this.leastLoadedMember(teamId) : null;
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

  /** Ties go to the member who has waited longest for work (then by id, for determinism). */
  private async leastLoadedMember(teamId: string): Promise<string | null> {
    const [row]: { user_id: string }[] = await this.db.manager.query(
      `SELECT m.user_id
         FROM team_members m
         JOIN users u ON u.tenant_id = m.tenant_id AND u.id = m.user_id AND u.active
         LEFT JOIN tasks t ON t.tenant_id = m.tenant_id AND t.assignee_id = m.user_id
                          AND t.status IN ('blocked', 'open', 'in_progress')
        WHERE m.tenant_id = $1 AND m.team_id = $2
        GROUP BY m.user_id
        ORDER BY count(t.id), m.user_id
        LIMIT 1`,
      [this.db.tenantId, teamId],
    );
    return row?.user_id ?? null;
  }
}
