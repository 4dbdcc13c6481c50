import type { Schemas } from '@trellis/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../../app/api/api-context';
import { queryKeys } from '../../../app/api/query-keys';

export type ApiToken = Schemas['ApiTokenDto'];
export type CreatedApiToken = Schemas['CreatedApiToken'];
export type NewApiToken = Schemas['CreateApiTokenRequest'];

/** The tenant's API tokens, newest first (never their secrets: only a hash is kept). */
export function useApiTokens() {
  const { client } = useApi();
  return client.query.useQuery('get', '/api/v1/api-tokens', {}, { select: (list) => list.items });
}

/**
 * Creates a token. Its secret is in this response only; the caller shows it once and then calls
 * `reset()` so the mutation does not keep it in memory.
 */
export function useCreateApiToken() {
  const { client } = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewApiToken) => {
      const result = await client.fetch.POST('/api/v1/api-tokens', { body });
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- problem details, as the query hooks throw them
      if (result.error) throw result.error;
      return result.data;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.apiTokens }),
  });
}

/** Revokes a token: calls made with it fail from now on. */
export function useRevokeApiToken() {
  const { client } = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (token: ApiToken) => {
      const result = await client.fetch.DELETE('/api/v1/api-tokens/{id}', {
        params: { path: { id: token.id } },
      });
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- problem details, as the query hooks throw them
      if (result.error) throw result.error;
      return token;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.apiTokens }),
  });
}
