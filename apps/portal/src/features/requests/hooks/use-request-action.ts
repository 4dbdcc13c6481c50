import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../../app/api/api-context';
import { queryKeys } from '../../../app/api/query-keys';
import type { ServiceRequest } from './use-request';

/** The person actions on a request the page offers buttons for (see `allowedActions`). */
export type RequestActionInput =
  | { action: 'submit' | 'reopen' | 'hold' | 'resume' }
  | { action: 'cancel'; reason: string }
  | { action: 'close'; rating: number; feedback: string; shareAsReview: boolean };

export type RequestActionName = RequestActionInput['action'];

/**
 * Takes one action on the request, sending the version the page shows so that a change made by
 * someone else meanwhile is refused (409) instead of overwritten.
 */
export function useRequestAction(request: Pick<ServiceRequest, 'id' | 'version'>) {
  const { client } = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RequestActionInput): Promise<ServiceRequest> => {
      const params = { path: { id: request.id } };
      const version = request.version;
      const result = await (() => {
        switch (input.action) {
          case 'cancel':
            return client.fetch.POST('/api/v1/requests/{id}/cancel', {
              params,
              body: { version, reason: input.reason },
            });
          case 'close':
            return client.fetch.POST('/api/v1/requests/{id}/close', {
              params,
              body: {
                version,
                rating: input.rating,
                feedback: input.feedback.trim() === '' ? undefined : input.feedback.trim(),
                shareAsReview: input.shareAsReview,
              },
            });
          case 'submit':
            return client.fetch.POST('/api/v1/requests/{id}/submit', { params, body: { version } });
          case 'reopen':
            return client.fetch.POST('/api/v1/requests/{id}/reopen', { params, body: { version } });
          case 'hold':
            return client.fetch.POST('/api/v1/requests/{id}/hold', { params, body: { version } });
          case 'resume':
            return client.fetch.POST('/api/v1/requests/{id}/resume', { params, body: { version } });
        }
      })();
      // Problem details are thrown as they are (see use-submit-request).
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      if (result.error) throw result.error;
      return result.data;
    },
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.request }),
        queryClient.invalidateQueries({ queryKey: queryKeys.requests }),
        // A review shared on close changes the item's reviews and rating.
        queryClient.invalidateQueries({ queryKey: queryKeys.catalogItemReviews }),
        queryClient.invalidateQueries({ queryKey: queryKeys.catalogItem }),
      ]);
    },
  });
}
