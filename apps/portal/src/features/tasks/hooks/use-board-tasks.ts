import type { TaskState } from '@trellis/domain';
import { useApi } from '../../../app/api/api-context';
import type { BoardTask } from '../board-state';

const PAGE_SIZE = 50;

export interface BoardFilter {
  /** Only tasks assigned to the signed-in person. */
  mine: boolean;
  /** A team id; null for every team. */
  teamId: string | null;
}

/** One state's tasks, a keyset page at a time. */
function useTasksIn(status: TaskState, { mine, teamId }: BoardFilter) {
  const { client } = useApi();
  return client.query.useInfiniteQuery(
    'get',
    '/api/v1/tasks',
    {
      params: {
        query: {
          limit: PAGE_SIZE,
          status,
          assignee: mine ? 'me' : undefined,
          team: teamId ?? undefined,
        },
      },
    },
    {
      pageParamName: 'cursor',
      // null, not undefined: see use-users.
      initialPageParam: null,
      getNextPageParam: (page) => page.nextCursor,
      select: (data) => data.pages.flatMap((page) => page.items),
    },
  );
}

/**
 * The board's tasks, one list per state: finished tasks pile up over time, and listing them
 * apart keeps the open work on the first page whatever the history.
 */
export function useBoardTasks(filter: BoardFilter) {
  const lists = {
    blocked: useTasksIn('blocked', filter),
    open: useTasksIn('open', filter),
    in_progress: useTasksIn('in_progress', filter),
    done: useTasksIn('done', filter),
    skipped: useTasksIn('skipped', filter),
  };
  const all = Object.values(lists);
  const tasks: BoardTask[] = all.flatMap((list) => list.data ?? []);
  const failed = all.find((list) => list.isError);
  return {
    tasks,
    lists,
    isPending: all.some((list) => list.isPending),
    error: failed?.error ?? null,
    refetch: () => Promise.all(all.map((list) => list.refetch())),
  };
}
