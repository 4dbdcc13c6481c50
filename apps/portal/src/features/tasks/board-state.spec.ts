import { describe, expect, it } from 'vitest';
import type { BoardTask } from './board-state';
import {
  canAct,
  decideDrop,
  groupByColumn,
  mergeTasks,
  optimisticTask,
  overlaysReducer,
  settledOverlayIds,
} from './board-state';

function task(n: number, overrides: Partial<BoardTask> = {}): BoardTask {
  return {
    id: `00000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`,
    number: `TASK-0000${String(n).padStart(2, '0')}`,
    title: `Task ${n}`,
    status: 'open',
    requestId: '00000000-0000-4000-8000-0000000000aa',
    requestNumber: 'REQ-000001',
    itemName: 'New User Account',
    priority: 'medium',
    teamId: null,
    assigneeId: null,
    assigneeName: null,
    dependsOn: [],
    templateKey: `t${n}`,
    estimateMinutes: 30,
    spentMinutes: 0,
    checklistDone: 0,
    checklistTotal: 0,
    slaStage: null,
    slaDueAt: null,
    createdAt: `2026-01-01T00:00:${String(n).padStart(2, '0')}Z`,
    version: 1,
    ...overrides,
  };
}

describe('groupByColumn', () => {
  it('puts each task in its column, skipped ones in Done, most urgent first', () => {
    const columns = groupByColumn([
      task(1, { status: 'blocked' }),
      task(2, { status: 'open', priority: 'low' }),
      task(3, { status: 'open', priority: 'critical' }),
      task(4, { status: 'in_progress' }),
      task(5, { status: 'done' }),
      task(6, { status: 'skipped' }),
    ]);
    expect(columns.blocked.map((t) => t.number)).toEqual(['TASK-000001']);
    expect(columns.open.map((t) => t.number)).toEqual(['TASK-000003', 'TASK-000002']);
    expect(columns.in_progress.map((t) => t.number)).toEqual(['TASK-000004']);
    expect(columns.done.map((t) => t.number)).toEqual(['TASK-000005', 'TASK-000006']);
  });

  it('orders tasks of the same priority oldest first', () => {
    const columns = groupByColumn([task(9), task(2), task(5)]);
    expect(columns.open.map((t) => t.number)).toEqual([
      'TASK-000002',
      'TASK-000005',
      'TASK-000009',
    ]);
  });
});

describe('decideDrop', () => {
  it('starts an open task dropped on In progress and completes one dropped on Done', () => {
    expect(decideDrop({ status: 'open' }, 'in_progress')).toEqual({ ok: true, action: 'start' });
    expect(decideDrop({ status: 'open' }, 'done')).toEqual({ ok: true, action: 'complete' });
    expect(decideDrop({ status: 'in_progress' }, 'done')).toEqual({ ok: true, action: 'complete' });
  });

  it('does nothing for a drop on the column the task is already in', () => {
    expect(decideDrop({ status: 'open' }, 'open')).toEqual({ ok: 'same' });
    expect(decideDrop({ status: 'skipped' }, 'done')).toEqual({ ok: 'same' });
  });

  it('refuses what the lifecycle forbids, saying why', () => {
    expect(decideDrop({ status: 'blocked' }, 'in_progress')).toEqual({
      ok: false,
      reason: 'The task waits for its prerequisites',
    });
    expect(decideDrop({ status: 'blocked' }, 'done')).toEqual({
      ok: false,
      reason: 'The task waits for its prerequisites',
    });
    expect(decideDrop({ status: 'done' }, 'open')).toEqual({
      ok: false,
      reason: 'The task is already done',
    });
    expect(decideDrop({ status: 'skipped' }, 'in_progress')).toEqual({
      ok: false,
      reason: 'The task is already skipped',
    });
  });

  it('refuses moves back to Open or Blocked, which only prerequisites decide', () => {
    const back = decideDrop({ status: 'in_progress' }, 'open');
    expect(back.ok).toBe(false);
    const blocked = decideDrop({ status: 'open' }, 'blocked');
    expect(blocked).toMatchObject({ ok: false, reason: expect.stringMatching(/prerequisites/) });
    expect(decideDrop({ status: 'blocked' }, 'open')).toMatchObject({ ok: false });
  });
});

describe('canAct', () => {
  it('offers claim and skip on a blocked task but not start', () => {
    expect(canAct({ status: 'blocked' }, 'claim')).toBe(true);
    expect(canAct({ status: 'blocked' }, 'skip')).toBe(true);
    expect(canAct({ status: 'blocked' }, 'start')).toBe(false);
    expect(canAct({ status: 'done' }, 'claim')).toBe(false);
  });
});

describe('optimistic moves', () => {
  const me = { id: '00000000-0000-4000-8000-0000000000ff', name: 'Jordan Agent' };

  it('shows a started task in progress and a claimed one as mine at once', () => {
    expect(optimisticTask(task(1), 'start').status).toBe('in_progress');
    const claimed = optimisticTask(task(1, { status: 'blocked' }), 'claim', me);
    expect(claimed).toMatchObject({ status: 'blocked', assigneeId: me.id, assigneeName: me.name });
  });

  it('lays a pending move over the server list and rolls it back on failure', () => {
    const server = [task(1), task(2)];
    let overlays = overlaysReducer({}, { type: 'started', task: optimisticTask(task(1), 'start') });
    expect(groupByColumn(mergeTasks(server, overlays)).in_progress.map((t) => t.id)).toEqual([
      task(1).id,
    ]);

    overlays = overlaysReducer(overlays, { type: 'failed', id: task(1).id });
    const columns = groupByColumn(mergeTasks(server, overlays));
    expect(columns.in_progress).toEqual([]);
    expect(columns.open.map((t) => t.id)).toEqual([task(1).id, task(2).id]);
  });

  it("keeps the API's answer until a refetch brings the same version, then forgets it", () => {
    const confirmed = task(1, { status: 'in_progress', version: 2 });
    let overlays = overlaysReducer({}, { type: 'started', task: optimisticTask(task(1), 'start') });
    overlays = overlaysReducer(overlays, { type: 'succeeded', task: confirmed });

    // The open list has not been refetched yet: the confirmed copy still wins.
    expect(mergeTasks([task(1)], overlays)[0]).toEqual(confirmed);
    expect(settledOverlayIds([task(1)], overlays)).toEqual([]);

    // Both lists refetched mid-way: the task shows once, at its newest version.
    expect(mergeTasks([task(1), confirmed], overlays)).toEqual([confirmed]);
    expect(settledOverlayIds([confirmed], overlays)).toEqual([task(1).id]);
  });

  it('never invents a task the server did not list (filters stay honest)', () => {
    const overlays = overlaysReducer({}, { type: 'started', task: task(7) });
    expect(mergeTasks([task(1)], overlays).map((t) => t.id)).toEqual([task(1).id]);
  });
});
