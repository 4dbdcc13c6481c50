import type { Schemas } from '@trellis/api-client';
import type { TaskAction, TaskState } from '@trellis/domain';
import { decideTaskTransition } from '@trellis/domain';

export type BoardTask = Schemas['TaskSummaryDto'];

/** The board's columns, left to right; skipped tasks sit in Done, marked as skipped. */
export const BOARD_COLUMNS = [
  { id: 'blocked', label: 'Blocked', states: ['blocked'] },
  { id: 'open', label: 'Open', states: ['open'] },
  { id: 'in_progress', label: 'In progress', states: ['in_progress'] },
  { id: 'done', label: 'Done', states: ['done', 'skipped'] },
] as const satisfies readonly { id: string; label: string; states: readonly TaskState[] }[];

export type ColumnId = (typeof BOARD_COLUMNS)[number]['id'];

export function columnOf(state: TaskState): ColumnId {
  const column = BOARD_COLUMNS.find((c) => (c.states as readonly TaskState[]).includes(state));
  return column?.id ?? 'done';
}

export function columnLabel(id: ColumnId): string {
  return BOARD_COLUMNS.find((c) => c.id === id)?.label ?? id;
}

/** The actions that change who works a task or where it stands, as the API offers them. */
export type BoardAction = Exclude<TaskAction, 'unblock'>;

export type DropDecision =
  | { ok: true; action: 'start' | 'complete' }
  | { ok: false; reason: string }
  /** Dropped back where it was: nothing to do, nothing to say. */
  | { ok: 'same' };

/**
 * What dropping `task` on column `to` means. Only two drops change anything: onto In progress
 * (start) and onto Done (complete); whether the task may take that step is the lifecycle's call
 * (`decideTaskTransition`), so the board refuses exactly what the API would. Skipping needs a
 * reason, so it is a menu action, never a drop.
 */
export function decideDrop(task: Pick<BoardTask, 'status'>, to: ColumnId): DropDecision {
  if (columnOf(task.status) === to) return { ok: 'same' };
  if (task.status === 'done' || task.status === 'skipped')
    return { ok: false, reason: `The task is already ${task.status}` };
  switch (to) {
    case 'blocked':
      return { ok: false, reason: 'A task is blocked only while its prerequisites are unfinished' };
    case 'open':
      return task.status === 'blocked'
        ? { ok: false, reason: 'A blocked task opens by itself once its prerequisites are done' }
        : { ok: false, reason: 'A task in progress cannot go back to open' };
    case 'in_progress':
    case 'done': {
      const action = to === 'in_progress' ? 'start' : 'complete';
      const decision = decideTaskTransition(task.status, action);
      return decision.ok ? { ok: true, action } : { ok: false, reason: decision.reason };
    }
  }
}

/** Whether the lifecycle allows `action` on the task now (for menus). */
export function canAct(task: Pick<BoardTask, 'status'>, action: BoardAction): boolean {
  return decideTaskTransition(task.status, action).ok;
}

export interface Assignee {
  id: string;
  name: string;
}

/** The task as it will look once `action` succeeds, shown at once while the API is asked. */
export function optimisticTask(
  task: BoardTask,
  action: BoardAction,
  assignee?: Assignee,
): BoardTask {
  const decision = decideTaskTransition(task.status, action);
  const status = decision.ok ? decision.to : task.status;
  const next: BoardTask = { ...task, status };
  if ((action === 'claim' || action === 'assign') && assignee) {
    next.assigneeId = assignee.id;
    next.assigneeName = assignee.name;
  }
  return next;
}

/**
 * Local changes laid over what the server last said, by task id: a pending one (the request is
 * in flight) or a confirmed one (the API's answer, until a refetch brings a version as new).
 */
export interface Overlay {
  task: BoardTask;
  pending: boolean;
}

export type Overlays = Readonly<Record<string, Overlay>>;

export type OverlayEvent =
  | { type: 'started'; task: BoardTask }
  | { type: 'succeeded'; task: BoardTask }
  | { type: 'failed'; id: string }
  /** Confirmed changes the server has caught up with (see `settledOverlayIds`). */
  | { type: 'settled'; ids: readonly string[] };

export function overlaysReducer(overlays: Overlays, event: OverlayEvent): Overlays {
  switch (event.type) {
    case 'started':
      return { ...overlays, [event.task.id]: { task: event.task, pending: true } };
    case 'succeeded':
      return { ...overlays, [event.task.id]: { task: event.task, pending: false } };
    case 'failed': {
      // Rollback: drop the optimistic copy and the server's last word shows again.
      const { [event.id]: _dropped, ...rest } = overlays;
      return rest;
    }
    case 'settled': {
      if (event.ids.length === 0) return overlays;
      const next = { ...overlays };
      for (const id of event.ids) delete next[id];
      return next;
    }
  }
}

/**
 * The tasks to show: the server's lists (one per status; during a refetch a task may briefly be
 * in two, so the highest version wins) with local changes on top. Overlays only change tasks the
 * server listed, so a filter ("mine", a team) keeps meaning what the server says it means.
 */
export function mergeTasks(server: readonly BoardTask[], overlays: Overlays): BoardTask[] {
  const byId = new Map<string, BoardTask>();
  for (const task of server) {
    const seen = byId.get(task.id);
    if (!seen || task.version > seen.version) byId.set(task.id, task);
  }
  return [...byId.values()].map((task) => {
    const overlay = overlays[task.id];
    if (!overlay) return task;
    // A confirmed change gives way once the server has caught up with it.
    if (!overlay.pending && task.version >= overlay.task.version) return task;
    return overlay.task;
  });
}

/** Confirmed overlays the server has caught up with; the caller may forget them. */
export function settledOverlayIds(server: readonly BoardTask[], overlays: Overlays): string[] {
  const newest = new Map<string, number>();
  for (const task of server) newest.set(task.id, Math.max(task.version, newest.get(task.id) ?? 0));
  return Object.entries(overlays)
    .filter(([id, o]) => !o.pending && (newest.get(id) ?? 0) >= o.task.version)
    .map(([id]) => id);
}

const PRIORITY_RANK: Record<BoardTask['priority'], number> = {
  critical: 0,
  high: 1,
  medium: 2,
  low: 3,
};

/** Tasks by column; within a column the most urgent first, then the oldest. */
export function groupByColumn(tasks: readonly BoardTask[]): Record<ColumnId, BoardTask[]> {
  const columns: Record<ColumnId, BoardTask[]> = {
    blocked: [],
    open: [],
    in_progress: [],
    done: [],
  };
  for (const task of tasks) columns[columnOf(task.status)].push(task);
  for (const list of Object.values(columns)) {
    list.sort(
      (a, b) =>
        PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] ||
        a.createdAt.localeCompare(b.createdAt) ||
        a.number.localeCompare(b.number),
    );
  }
  return columns;
}
