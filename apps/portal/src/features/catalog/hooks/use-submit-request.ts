import type { Schemas } from '@trellis/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../../app/api/api-context';
import { queryKeys } from '../../../app/api/query-keys';

export type NewRequest = Schemas['CreateRequestRequest'];

/**
 * Orders an item: creates the draft, then submits it. The idempotency key belongs to one attempt
 * at ordering (the caller keeps it until the order succeeds), so pressing Submit again after a
 * network failure, or after the draft was created but the submit failed, reuses the same draft
 * instead of creating a second one.
 */
export function useSubmitRequest() {
  const { client } = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: NewRequest; idempotencyKey: string }) => {
      const created = await client.fetch.POST('/api/v1/requests', {
        params: { header: { 'Idempotency-Key': idempotencyKey } },
        body,
      });
      // Problem details are thrown as they are, as the generated query hooks do, so `isProblem`
      // and `problemMessage` work on this mutation's error like on any other.
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      if (created.error) throw created.error;
      const submitted = await client.fetch.POST('/api/v1/requests/{id}/submit', {
        params: { path: { id: created.data.id } },
        body: { version: created.data.version },
      });
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      if (submitted.error) throw submitted.error;
      return submitted.data;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.requests }),
  });
}
