import type { Schemas } from '@trellis/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../../app/api/api-context';
import { queryKeys } from '../../../app/api/query-keys';

export type Team = Schemas['TeamDto'];
export type TeamFields = Required<
  Pick<Schemas['CreateTeamRequest'], 'name' | 'description' | 'memberIds'>
> & {
  leadId: string | null;
};

const PAGE_SIZE = 50;

/** The tenant's teams by name, a keyset page at a time. */
export function useTeams() {
  const { client } = useApi();
  return client.query.useInfiniteQuery(
    'get',
    '/api/v1/teams',
    { params: { query: { limit: PAGE_SIZE } } },
    {
      pageParamName: 'cursor',
      // null, not undefined: see use-users.
      initialPageParam: null,
      getNextPageParam: (page) => page.nextCursor,
      select: (data) => data.pages.flatMap((page) => page.items),
    },
  );
}

/**
 * Creates a team (`team` absent) or changes one, sending the version it was read at so a
 * concurrent change gets a 409 instead of being overwritten.
 */
export function useSaveTeam() {
  const { client } = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      team,
      fields,
      idempotencyKey,
    }: {
      team: Team | null;
      fields: TeamFields;
      idempotencyKey: string;
    }) => {
      const result = team
        ? await client.fetch.PATCH('/api/v1/teams/{id}', {
            params: { path: { id: team.id } },
            body: { ...fields, version: team.version },
          })
        : await client.fetch.POST('/api/v1/teams', {
            params: { header: { 'Idempotency-Key': idempotencyKey } },
            body: fields,
          });
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- problem details, as the query hooks throw them
      if (result.error) throw result.error;
      return result.data;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.teams }),
  });
}
