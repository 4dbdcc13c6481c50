import type { Schemas } from '@trellis/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { enqueueSnackbar } from 'notistack';
import { useApi } from '../../../app/api/api-context';
import { queryKeys } from '../../../app/api/query-keys';

export type NewApprovalPolicy = Schemas['CreateApprovalPolicyRequest'];
export type ApprovalPolicyChanges = Schemas['UpdateApprovalPolicyRequest'];

export type SaveApprovalPolicy =
  | { kind: 'create'; body: NewApprovalPolicy; idempotencyKey: string }
  | { kind: 'update'; id: string; body: ApprovalPolicyChanges };

/** Creates or changes an approval policy; changes carry the version read (409 when stale). */
export function useSaveApprovalPolicy() {
  const { client } = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (save: SaveApprovalPolicy) => {
      const result =
        save.kind === 'create'
          ? await client.fetch.POST('/api/v1/approval-policies', {
              params: { header: { 'Idempotency-Key': save.idempotencyKey } },
              body: save.body,
            })
          : await client.fetch.PATCH('/api/v1/approval-policies/{id}', {
              params: { path: { id: save.id } },
              body: save.body,
            });
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      if (result.error) throw result.error;
      return result.data;
    },
    // Told here rather than by the caller, which a refetch of the saved policy remounts.
    onSuccess: async (policy) => {
      enqueueSnackbar(`${policy.name} is saved.`, { variant: 'success' });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.approvalPolicies }),
        queryClient.invalidateQueries({ queryKey: queryKeys.approvalPolicy }),
      ]);
    },
  });
}
