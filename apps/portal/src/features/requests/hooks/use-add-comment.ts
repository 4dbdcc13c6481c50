import type { Schemas } from '@trellis/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../../app/api/api-context';
import { queryKeys } from '../../../app/api/query-keys';

export type CommentVisibility = NonNullable<Schemas['AddCommentRequest']['visibility']>;

/**
 * Posts a comment on a request. The idempotency key belongs to one comment the person wrote, so a
 * retry after a lost answer does not post it twice.
 */
export function useAddComment(requestId: string) {
  const { client } = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: {
      body: string;
      visibility: CommentVisibility;
      idempotencyKey: string;
    }) => {
      const result = await client.fetch.POST('/api/v1/requests/{id}/comments', {
        params: { path: { id: requestId }, header: { 'Idempotency-Key': input.idempotencyKey } },
        body: { body: input.body, visibility: input.visibility },
      });
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      if (result.error) throw result.error;
      return result.data;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.request }),
  });
}
