import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../../app/api/api-context';
import { queryKeys } from '../../../app/api/query-keys';
import type { NewRequest } from './use-submit-request';

/**
 * Creates a draft request without submitting it. The idempotency key belongs to one attempt at
 * ordering, as in useSubmitRequest: pressing the button again after a network failure returns the
 * draft the first press created instead of a second one.
 */
export function useCreateDraft() {
  const { client } = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: NewRequest; idempotencyKey: string }) => {
      const created = await client.fetch.POST('/api/v1/requests', {
        params: { header: { 'Idempotency-Key': idempotencyKey } },
        body,
      });
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      if (created.error) throw created.error;
      return created.data;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.requests }),
  });
}

/** Submits a draft the caller created (at the version it was created with). */
export function useSubmitDraft() {
  const { client } = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (draft: { id: string; version: number }) => {
      const submitted = await client.fetch.POST('/api/v1/requests/{id}/submit', {
        params: { path: { id: draft.id } },
        body: { version: draft.version },
      });
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      if (submitted.error) throw submitted.error;
      return submitted.data;
    },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.requests }),
        queryClient.invalidateQueries({ queryKey: queryKeys.request }),
      ]),
  });
}
