import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../../shared/components/page-header';
import { QueryErrorAlert } from '../../../shared/components/query-error-alert';
import type { BoardAction, BoardTask, ColumnId } from '../board-state';
import { mergeTasks, settledOverlayIds } from '../board-state';
import { AssignTaskDialog } from '../components/assign-task-dialog';
import { BoardFilters } from '../components/board-filters';
import { SkipTaskDialog } from '../components/skip-task-dialog';
import type { ColumnPaging } from '../components/task-board';
import { TaskBoard } from '../components/task-board';
import { TaskDrawer } from '../components/task-drawer';
import type { BoardFilter } from '../hooks/use-board-tasks';
import { useBoardTasks } from '../hooks/use-board-tasks';
import { useTaskActions } from '../hooks/use-task-actions';

type ListPaging = Pick<
  ReturnType<typeof useBoardTasks>['lists']['open'],
  'isPending' | 'hasNextPage' | 'isFetchingNextPage' | 'fetchNextPage'
>;

function paging(...lists: ListPaging[]): ColumnPaging {
  return {
    loading: lists.some((list) => list.isPending),
    hasMore: lists.some((list) => list.hasNextPage),
    loadingMore: lists.some((list) => list.isFetchingNextPage),
    loadMore: () => {
      for (const list of lists) if (list.hasNextPage) void list.fetchNextPage();
    },
  };
}

/** The fulfiller's board: filters and the open task live in the address, so links share them. */
export function TasksPage() {
  const [params, setParams] = useSearchParams();
  const filter: BoardFilter = { mine: params.get('mine') === '1', teamId: params.get('team') };
  const openTaskId = params.get('task');
  const board = useBoardTasks(filter);
  const actions = useTaskActions();
  const [dialog, setDialog] = useState<{ kind: 'skip' | 'assign'; task: BoardTask } | null>(null);

  const tasks = useMemo(
    () => mergeTasks(board.tasks, actions.overlays),
    [board.tasks, actions.overlays],
  );
  // Forget confirmed changes once the lists have caught up with them.
  const settled = settledOverlayIds(board.tasks, actions.overlays).join(' ');
  const { dispatch } = actions;
  useEffect(() => {
    if (settled) dispatch({ type: 'settled', ids: settled.split(' ') });
  }, [settled, dispatch]);

  const update = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );

  const onAction = (task: BoardTask, action: BoardAction) => {
    if (action === 'skip' || action === 'assign') setDialog({ kind: action, task });
    else void actions.run({ task, action });
  };

  const { lists } = board;
  const columnPaging: Record<ColumnId, ColumnPaging> = {
    blocked: paging(lists.blocked),
    open: paging(lists.open),
    in_progress: paging(lists.in_progress),
    done: paging(lists.done, lists.skipped),
  };

  return (
    <>
      <PageHeader
        title="Tasks"
        description="Work the fulfilment tasks of approved requests: drag a card to start or complete it, or use its menu."
      />
      <BoardFilters
        filter={filter}
        onChange={(next) => update({ mine: next.mine ? '1' : null, team: next.teamId })}
      />
      {board.error ? (
        <QueryErrorAlert
          title="Tasks could not be loaded"
          error={board.error}
          onRetry={() => void board.refetch()}
        />
      ) : (
        <TaskBoard
          tasks={tasks}
          overlays={actions.overlays}
          paging={columnPaging}
          onOpen={(task) => update({ task: task.id })}
          onAction={onAction}
        />
      )}
      {openTaskId ? (
        <TaskDrawer
          taskId={openTaskId}
          pending={actions.overlays[openTaskId]?.pending ?? false}
          onClose={() => update({ task: null })}
          onAction={onAction}
        />
      ) : null}
      {dialog?.kind === 'skip' ? (
        <SkipTaskDialog
          task={dialog.task}
          onCancel={() => setDialog(null)}
          onSkip={(reason) => {
            setDialog(null);
            void actions.run({ task: dialog.task, action: 'skip', reason });
          }}
        />
      ) : null}
      {dialog?.kind === 'assign' ? (
        <AssignTaskDialog
          task={dialog.task}
          onCancel={() => setDialog(null)}
          onAssign={(assignee) => {
            setDialog(null);
            void actions.run({ task: dialog.task, action: 'assign', assignee });
          }}
        />
      ) : null}
    </>
  );
}
