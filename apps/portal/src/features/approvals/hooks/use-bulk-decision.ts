import type { Schemas } from '@trellis/api-client';
import { useMutation } from '@tanstack/react-query';
import { useApi } from '../../../app/api/api-context';
import type { Decision } from './use-decide-approval';
import { useRefreshAfterDecision } from './use-decide-approval';

export type BulkOutcome = Schemas['BulkOutcomeDto'];

/** Decides many approvals in one call; each id gets its own outcome (one failure stops none). */
export function useBulkDecision() {
  const { client } = useApi();
  const refresh = useRefreshAfterDecision();
  return useMutation({
    mutationFn: async (input: { ids: string[]; decision: Decision; comment: string }) => {
      const comment = input.comment.trim();
      const result = await client.fetch.POST('/api/v1/approvals/bulk', {
        body: {
          ids: input.ids,
          decision: input.decision,
          comment: comment === '' ? undefined : comment,
        },
      });
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      if (result.error) throw result.error;
      return result.data.results;
    },
    onSettled: refresh,
  });
}
