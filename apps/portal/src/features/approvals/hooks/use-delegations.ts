import type { Schemas } from '@trellis/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../../app/api/api-context';
import { queryKeys } from '../../../app/api/query-keys';

export type Delegation = Schemas['DelegationDto'];
export type NewDelegation = Schemas['CreateDelegationRequest'];

/** The delegations the caller gave and received, newest first. */
export function useDelegations() {
  const { client } = useApi();
  return client.query.useQuery('get', '/api/v1/approval-delegations', undefined, {
    select: (data) => data.items,
  });
}

/** Sets a delegation; the key belongs to one press of the button (see use-submit-request). */
export function useCreateDelegation() {
  const { client } = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      body,
      idempotencyKey,
    }: {
      body: NewDelegation;
      idempotencyKey: string;
    }) => {
      const result = await client.fetch.POST('/api/v1/approval-delegations', {
        params: { header: { 'Idempotency-Key': idempotencyKey } },
        body,
      });
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      if (result.error) throw result.error;
      return result.data;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.approvalDelegations }),
  });
}

/** Ends a delegation now (it stays on record as revoked). */
export function useRevokeDelegation() {
  const { client } = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (delegation: Delegation) => {
      const result = await client.fetch.DELETE('/api/v1/approval-delegations/{id}', {
        params: { path: { id: delegation.id } },
      });
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      if (result.error) throw result.error;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.approvalDelegations }),
  });
}
