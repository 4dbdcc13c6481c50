import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../../app/api/api-context';
import { queryKeys } from '../../../app/api/query-keys';
import type { TaskDetail } from './use-task';

/** The detail query's key for one task (openapi-react-query's `[method, path, init]`). */
function taskKey(id: string) {
  return [...queryKeys.task, { params: { path: { id } } }] as const;
}

function useRefreshTask(id: string) {
  const queryClient = useQueryClient();
  return (task: TaskDetail) => {
    queryClient.setQueryData(taskKey(id), task);
    // The board shows checklist and time totals.
    void queryClient.invalidateQueries({ queryKey: queryKeys.tasks });
  };
}

/** Ticks or unticks a checklist item; the tick shows at once and is undone if the API refuses. */
export function useToggleChecklistItem(taskId: string) {
  const { client } = useApi();
  const queryClient = useQueryClient();
  const refresh = useRefreshTask(taskId);
  return useMutation({
    mutationFn: async ({ itemId, done }: { itemId: string; done: boolean }) => {
      const result = await client.fetch.PATCH('/api/v1/tasks/{id}/checklist/{itemId}', {
        params: { path: { id: taskId, itemId } },
        body: { done },
      });
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- problem details, as the query hooks throw them
      if (result.error) throw result.error;
      return result.data;
    },
    onMutate: async ({ itemId, done }) => {
      await queryClient.cancelQueries({ queryKey: taskKey(taskId) });
      const before = queryClient.getQueryData<TaskDetail>(taskKey(taskId));
      if (before) {
        queryClient.setQueryData<TaskDetail>(taskKey(taskId), {
          ...before,
          checklist: before.checklist.map((item) =>
            item.id === itemId ? { ...item, done } : item,
          ),
        });
      }
      return { before };
    },
    onError: (_error, _input, context) => {
      if (context?.before) queryClient.setQueryData(taskKey(taskId), context.before);
    },
    onSuccess: refresh,
  });
}

/** Adds a note for whoever works the task next. */
export function useAddTaskNote(taskId: string) {
  const { client } = useApi();
  const refresh = useRefreshTask(taskId);
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: string; idempotencyKey: string }) => {
      const result = await client.fetch.POST('/api/v1/tasks/{id}/notes', {
        params: { path: { id: taskId }, header: { 'Idempotency-Key': idempotencyKey } },
        body: { body },
      });
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- problem details, as the query hooks throw them
      if (result.error) throw result.error;
      return result.data;
    },
    onSuccess: refresh,
  });
}

/** Logs minutes spent on the task. */
export function useAddTimeEntry(taskId: string) {
  const { client } = useApi();
  const refresh = useRefreshTask(taskId);
  return useMutation({
    mutationFn: async ({
      minutes,
      note,
      idempotencyKey,
    }: {
      minutes: number;
      note: string;
      idempotencyKey: string;
    }) => {
      const result = await client.fetch.POST('/api/v1/tasks/{id}/time-entries', {
        params: { path: { id: taskId }, header: { 'Idempotency-Key': idempotencyKey } },
        body: note ? { minutes, note } : { minutes },
      });
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- problem details, as the query hooks throw them
      if (result.error) throw result.error;
      return result.data;
    },
    onSuccess: refresh,
  });
}
