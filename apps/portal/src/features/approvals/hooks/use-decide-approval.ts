import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../../app/api/api-context';
import { queryKeys } from '../../../app/api/query-keys';
import type { ApprovalItem } from './use-approval-queue';

export type Decision = 'approve' | 'reject';

/** The queries a decision changes: the queues, the request and the caller's request lists. */
export function useRefreshAfterDecision() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.approvals }),
      queryClient.invalidateQueries({ queryKey: queryKeys.request }),
      queryClient.invalidateQueries({ queryKey: queryKeys.requests }),
    ]);
}

/**
 * Approves or rejects one approval with the version the person saw, so a decision already taken
 * by someone else (or a request that moved on) is refused with 409 rather than applied twice.
 */
export function useDecideApproval() {
  const { client } = useApi();
  const refresh = useRefreshAfterDecision();
  return useMutation({
    mutationFn: async ({
      approval,
      decision,
      comment,
    }: {
      approval: Pick<ApprovalItem, 'id' | 'version'>;
      decision: Decision;
      comment: string;
    }) => {
      const params = { path: { id: approval.id } };
      const trimmed = comment.trim();
      const result =
        decision === 'approve'
          ? await client.fetch.POST('/api/v1/approvals/{id}/approve', {
              params,
              body: { version: approval.version, comment: trimmed === '' ? undefined : trimmed },
            })
          : await client.fetch.POST('/api/v1/approvals/{id}/reject', {
              params,
              body: { version: approval.version, comment: trimmed },
            });
      // Problem details are thrown as they are (see use-submit-request).
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      if (result.error) throw result.error;
      return result.data;
    },
    onSuccess: refresh,
  });
}
