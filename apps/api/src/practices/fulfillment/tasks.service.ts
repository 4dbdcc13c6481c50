import { ConflictException, Injectable } from '@nestjs/common';
import type { TaskAction, TaskState } from '@trellis/domain';
import { decideTaskTransition } from '@trellis/domain';
import { AuditService } from '../../platform/audit/audit.service';
import { queryRows } from '../../platform/database/sql';
import { RecordNotFound, StaleVersion } from '../../platform/errors/domain-errors';
import { formatNumber } from '../../platform/numbering/numbering.service';
import { OutboxService } from '../../platform/outbox/outbox.service';
import { DEFAULT_PAGE_SIZE, decodeCursor, toPage } from '../../platform/pagination/pagination';
import { TenantDb } from '../../platform/tenancy/tenant-db';
import { UsersService } from '../identity/users.service';
import { RequestActivityService } from '../service-requests/request-activity.service';
import { RequestStateService, SYSTEM_ACTOR } from '../service-requests/request-state.service';
import type {
  AddTaskNoteRequest,
  AddTimeEntryRequest,
  TaskDto,
  TaskPage,
  TaskQuery,
} from './dto/task.dto';
import type { TaskSummaryRow } from './task-queries';
import { TASK_SUMMARY_SELECT, toTaskSummary } from './task-queries';
import { SlaTimersService } from '../service-levels/sla-timers.service';

interface TaskRow {
  id: string;
  number: string;
  request_id: string;
  title: string;
  status: TaskState;
  assignee_id: string | null;
  version: number;
}

@Injectable()
export class TasksService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly activity: RequestActivityService,
    private readonly requests: RequestStateService,
    private readonly users: UsersService,
    private readonly slaTimers: SlaTimersService,
  ) {}

  async list(query: TaskQuery): Promise<TaskPage> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const cursor = decodeCursor(query.cursor, 2);
    const where = ['t.tenant_id = $1'];
    const params: unknown[] = [this.db.tenantId];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (query.assignee)
      add('t.assignee_id = ?', query.assignee === 'me' ? this.db.principal.userId : query.assignee);
    if (query.team) add('t.team_id = ?', query.team);
    if (query.status) add('t.status = ?', query.status);
    if (query.requestId) add('t.request_id = ?', query.requestId);
    if (cursor) {
      params.push(cursor[0], cursor[1]);
      where.push(
        `(t.created_at, t.id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`,
      );
    }
    params.push(limit + 1);
    const rows: TaskSummaryRow[] = await this.db.manager.query(
      `${TASK_SUMMARY_SELECT} WHERE ${where.join(' AND ')} ORDER BY t.created_at, t.id LIMIT $${params.length}`,
      params,
    );
    return toPage(rows, limit, toTaskSummary, (r) => [r.cursor_at, r.id]);
  }

  async get(id: string): Promise<TaskDto> {
    const m = this.db.manager;
    const [row]: (TaskSummaryRow & {
      description: string;
      skip_reason: string | null;
      started_at: Date | null;
      completed_at: Date | null;
    })[] = await m.query(
      `${TASK_SUMMARY_SELECT.replace('SELECT t.id,', 'SELECT t.description, t.skip_reason, t.started_at, t.completed_at, t.id,')}
        WHERE t.tenant_id = $1 AND t.id = $2`,
      [this.db.tenantId, id],
    );
    if (!row) throw new RecordNotFound('Task');
    const checklist: {
      id: string;
      label: string;
      done: boolean;
      done_by_id: string | null;
      done_at: Date | null;
    }[] = await m.query(
      `SELECT id, label, done, done_by_id, done_at FROM task_checklist_items
          WHERE tenant_id = $1 AND task_id = $2 ORDER BY position`,
      [this.db.tenantId, id],
    );
    const notes: {
      id: string;
      author_id: string;
      author_name: string;
      body: string;
      created_at: Date;
    }[] = await m.query(
      `SELECT n.id, n.author_id, u.name AS author_name, n.body, n.created_at
           FROM task_notes n JOIN users u ON u.tenant_id = n.tenant_id AND u.id = n.author_id
          WHERE n.tenant_id = $1 AND n.task_id = $2 ORDER BY n.created_at`,
      [this.db.tenantId, id],
    );
    const entries: {
      id: string;
      user_id: string;
      minutes: number;
      spent_on: string;
      note: string;
      created_at: Date;
    }[] = await m.query(
      `SELECT id, user_id, minutes, spent_on::text AS spent_on, note, created_at FROM task_time_entries
          WHERE tenant_id = $1 AND task_id = $2 ORDER BY created_at`,
      [this.db.tenantId, id],
    );
    return {
      ...toTaskSummary(row),
      description: row.description,
      skipReason: row.skip_reason,
      startedAt: row.started_at?.toISOString() ?? null,
      completedAt: row.completed_at?.toISOString() ?? null,
      checklist: checklist.map((c) => ({
        id: c.id,
        label: c.label,
        done: c.done,
        doneById: c.done_by_id,
        doneAt: c.done_at?.toISOString() ?? null,
      })),
      notes: notes.map((n) => ({
        id: n.id,
        authorId: n.author_id,
        authorName: n.author_name,
        body: n.body,
        createdAt: n.created_at.toISOString(),
      })),
      timeEntries: entries.map((e) => ({
        id: e.id,
        userId: e.user_id,
        minutes: e.minutes,
        spentOn: e.spent_on,
        note: e.note,
        createdAt: e.created_at.toISOString(),
      })),
    };
  }

  claim(id: string, version?: number): Promise<TaskDto> {
    return this.act(id, 'claim', version, { assignee_id: this.db.principal.userId }, 'claimed');
  }

  async assign(id: string, assigneeId: string, version?: number): Promise<TaskDto> {
    await this.users.requireWorker(assigneeId, '/assigneeId');
    return this.act(id, 'assign', version, { assignee_id: assigneeId }, 'assigned');
  }

  start(id: string, version?: number): Promise<TaskDto> {
    return this.act(id, 'start', version, { started_at: new Date() }, 'started');
  }

  complete(id: string, version?: number): Promise<TaskDto> {
    return this.act(id, 'complete', version, { completed_at: new Date() }, 'completed');
  }

  skip(id: string, reason: string, version?: number): Promise<TaskDto> {
    return this.act(
      id,
      'skip',
      version,
      { completed_at: new Date(), skip_reason: reason },
      'skipped',
    );
  }

  async setChecklistItem(taskId: string, itemId: string, done: boolean): Promise<TaskDto> {
    const task = await this.lock(taskId);
    if (task.status === 'done' || task.status === 'skipped')
      throw new ConflictException(`The task is already ${task.status}`);
    const rows = await queryRows<{ id: string }>(
      this.db.manager,
      `UPDATE task_checklist_items
          SET done = $4, done_by_id = CASE WHEN $4 THEN $5::uuid END, done_at = CASE WHEN $4 THEN now() END
        WHERE tenant_id = $1 AND task_id = $2 AND id = $3 RETURNING id`,
      [this.db.tenantId, taskId, itemId, done, this.db.principal.userId],
    );
    if (!rows.length) throw new RecordNotFound('Checklist item');
    await this.touch(taskId);
    await this.audit.record({
      action: 'task.checklist_updated',
      entityType: 'task',
      entityId: taskId,
      after: { itemId, done },
    });
    return this.get(taskId);
  }

  async addNote(taskId: string, body: AddTaskNoteRequest): Promise<TaskDto> {
    await this.lock(taskId);
    await this.db.manager.query(
      `INSERT INTO task_notes (tenant_id, task_id, author_id, body) VALUES ($1, $2, $3, $4)`,
      [this.db.tenantId, taskId, this.db.principal.userId, body.body],
    );
    await this.audit.record({
      action: 'task.note_added',
      entityType: 'task',
      entityId: taskId,
      after: { length: body.body.length },
    });
    return this.get(taskId);
  }

  async addTimeEntry(taskId: string, body: AddTimeEntryRequest): Promise<TaskDto> {
    await this.lock(taskId);
    await this.db.manager.query(
      `INSERT INTO task_time_entries (tenant_id, task_id, user_id, minutes, spent_on, note)
       VALUES ($1, $2, $3, $4, coalesce($5::date, current_date), $6)`,
      [
        this.db.tenantId,
        taskId,
        this.db.principal.userId,
        body.minutes,
        body.spentOn ?? null,
        body.note ?? '',
      ],
    );
    await this.audit.record({
      action: 'task.time_logged',
      entityType: 'task',
      entityId: taskId,
      after: { minutes: body.minutes },
    });
    return this.get(taskId);
  }

  private async lock(id: string): Promise<TaskRow> {
    const [row]: TaskRow[] = await this.db.manager.query(
      `SELECT id, number, request_id, title, status, assignee_id, version FROM tasks
        WHERE tenant_id = $1 AND id = $2 FOR UPDATE`,
      [this.db.tenantId, id],
    );
    if (!row) throw new RecordNotFound('Task');
    return row;
  }

  private async touch(id: string): Promise<void> {
    await this.db.manager.query(
      `UPDATE tasks SET version = version + 1, updated_at = now() WHERE tenant_id = $1 AND id = $2`,
      [this.db.tenantId, id],
    );
  }

  private async act(
    id: string,
    action: TaskAction,
    version: number | undefined,
    set: Record<string, unknown>,
    verb: string,
  ): Promise<TaskDto> {
    if (action === 'complete' || action === 'skip') {
      // Finishing may fulfil the request: take the request's lock first (the order every path
      // uses), so two tasks finishing at once are counted one after the other, never both "last".
      const [owner]: { request_id: string }[] = await this.db.manager.query(
        `SELECT request_id FROM tasks WHERE tenant_id = $1 AND id = $2`,
        [this.db.tenantId, id],
      );
      if (!owner) throw new RecordNotFound('Task');
      await this.requests.lock(owner.request_id);
    }
    const task = await this.lock(id);
    if (version !== undefined && version !== task.version) throw new StaleVersion('Task');
    const decision = decideTaskTransition(task.status, action);
    if (!decision.ok) throw new ConflictException(decision.reason);
    const params: unknown[] = [this.db.tenantId, id, decision.to];
    const assignments = Object.entries(set).map(([column, value]) => {
      params.push(value);
      return `${column} = $${params.length}`;
    });
    await queryRows(
      this.db.manager,
      `UPDATE tasks SET ${['status = $3', ...assignments, 'version = version + 1', 'updated_at = now()'].join(', ')}
        WHERE tenant_id = $1 AND id = $2 RETURNING id`,
      params,
    );
    const number = formatNumber('task', task.number);
    await this.audit.record({
      action: `task.${verb}`,
      entityType: 'task',
      entityId: id,
      before: { status: task.status, assigneeId: task.assignee_id },
      after: { status: decision.to, ...set },
    });
    await this.activity.add(task.request_id, `task.${verb}`, `${number} "${task.title}" ${verb}`, {
      public: false,
    });
    if (action === 'claim' || action === 'assign') {
      await this.outbox.emit({
        type: 'task.assigned',
        aggregateType: 'task',
        aggregateId: id,
        payload: { number, requestId: task.request_id, assigneeId: set.assignee_id },
      });
    }
    // Taking up a task is the request's first human response; finishing it stops the task's clock.
    if (action === 'claim' || action === 'assign' || action === 'start')
      await this.slaTimers.recordResponse(task.request_id);
    if (decision.to === 'done' || decision.to === 'skipped') {
      await this.slaTimers.stopForTask(id);
      await this.afterFinish(task.request_id);
    }
    return this.get(id);
  }

  /** Opens tasks whose prerequisites are now all finished; fulfils the request when none remain. */
  private async afterFinish(requestId: string): Promise<void> {
    const m = this.db.manager;
    const opened = await queryRows<{ id: string }>(
      m,
      `UPDATE tasks t SET status = 'open', version = version + 1, updated_at = now()
        WHERE t.tenant_id = $1 AND t.request_id = $2 AND t.status = 'blocked'
          AND NOT EXISTS (SELECT 1 FROM tasks d
                           WHERE d.tenant_id = t.tenant_id AND d.request_id = t.request_id
                             AND d.template_key = ANY (t.depends_on) AND d.status NOT IN ('done', 'skipped'))
        RETURNING t.id`,
      [this.db.tenantId, requestId],
    );
    for (const { id } of opened) await this.slaTimers.startForTask({ id, request_id: requestId });
    const [{ remaining }]: { remaining: number }[] = await m.query(
      `SELECT count(*)::int AS remaining FROM tasks
        WHERE tenant_id = $1 AND request_id = $2 AND status NOT IN ('done', 'skipped')`,
      [this.db.tenantId, requestId],
    );
    if (remaining > 0) return;
    const request = await this.requests.lock(requestId);
    if (request.status !== 'in_progress') return;
    await this.requests.transition(request, 'fulfil', {
      actor: SYSTEM_ACTOR,
      context: { openTaskCount: remaining },
      summary: 'All tasks are finished: the request is fulfilled',
    });
  }
}
