import type { TrellisClient } from '@trellis/api-client';
import { isProblem } from '@trellis/api-client';
import { useQueryClient } from '@tanstack/react-query';
import Button from '@mui/material/Button';
import { closeSnackbar, enqueueSnackbar } from 'notistack';
import { useCallback, useReducer } from 'react';
import { useApi } from '../../../app/api/api-context';
import { queryKeys } from '../../../app/api/query-keys';
import { problemMessage } from '../../../shared/problem-message';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import type { Assignee, BoardAction, BoardTask, Overlays } from '../board-state';
import { optimisticTask, overlaysReducer } from '../board-state';

export interface ActionInput {
  task: BoardTask;
  action: BoardAction;
  /** For `assign`. */
  assignee?: Assignee;
  /** For `skip`: why the task is not needed. */
  reason?: string;
}

const DONE_VERB: Record<BoardAction, string> = {
  claim: 'claimed',
  assign: 'assigned',
  start: 'started',
  complete: 'completed',
  skip: 'skipped',
};

async function callApi(client: TrellisClient, { task, action, assignee, reason }: ActionInput) {
  const params = { path: { id: task.id } };
  const version = task.version;
  const result = await (() => {
    switch (action) {
      case 'claim':
        return client.fetch.POST('/api/v1/tasks/{id}/claim', { params, body: { version } });
      case 'assign':
        return client.fetch.POST('/api/v1/tasks/{id}/assign', {
          params,
          body: { version, assigneeId: assignee?.id ?? '' },
        });
      case 'start':
        return client.fetch.POST('/api/v1/tasks/{id}/start', { params, body: { version } });
      case 'complete':
        return client.fetch.POST('/api/v1/tasks/{id}/complete', { params, body: { version } });
      case 'skip':
        return client.fetch.POST('/api/v1/tasks/{id}/skip', {
          params,
          body: { version, reason: reason ?? '' },
        });
    }
  })();
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- problem details, as the query hooks throw them
  if (result.error) throw result.error;
  return result.data;
}

/**
 * The board's task actions (claim, assign, start, complete, skip), shown at once and rolled back
 * if the API refuses. `overlays` holds those local changes; the board lays them over the lists.
 */
export function useTaskActions() {
  const { client } = useApi();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const [overlays, dispatch] = useReducer(overlaysReducer, {} as Overlays);

  const reload = useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.tasks }),
        queryClient.invalidateQueries({ queryKey: queryKeys.task }),
      ]),
    [queryClient],
  );

  const run = useCallback(
    async (input: ActionInput): Promise<boolean> => {
      const { task, action } = input;
      const assignee = action === 'claim' ? { id: me.id, name: me.name } : input.assignee;
      dispatch({ type: 'started', task: optimisticTask(task, action, assignee) });
      try {
        const saved = await callApi(client, input);
        dispatch({ type: 'succeeded', task: saved });
        enqueueSnackbar(`${task.number} ${DONE_VERB[action]}`, { variant: 'success' });
        void reload();
        return true;
      } catch (error) {
        dispatch({ type: 'failed', id: task.id });
        if (isProblem(error) && error.status === 409) {
          enqueueSnackbar(
            `${task.number} was changed by someone else — reload to see where it stands. ${problemMessage(error)}`,
            {
              variant: 'warning',
              autoHideDuration: 10_000,
              action: (key) => (
                <Button
                  color="inherit"
                  size="small"
                  onClick={() => {
                    closeSnackbar(key);
                    void reload();
                  }}
                >
                  Reload
                </Button>
              ),
            },
          );
        } else {
          enqueueSnackbar(
            `${task.number} could not be ${DONE_VERB[action]}: ${problemMessage(error)}`,
            {
              variant: 'error',
            },
          );
        }
        return false;
      }
    },
    [client, me.id, me.name, reload],
  );

  return { overlays, dispatch, run, reload };
}

export type TaskActions = ReturnType<typeof useTaskActions>;
