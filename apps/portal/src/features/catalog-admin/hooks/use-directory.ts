import type { Schemas } from '@trellis/api-client';
import { useApi } from '../../../app/api/api-context';

export type Team = Schemas['TeamDto'];
export type DirectoryUser = Schemas['UserDto'];

/** The teams to pick from (support team, task teams, team approvers): the first 200 by name. */
export function useTeamOptions() {
  const { client } = useApi();
  return client.query.useQuery(
    'get',
    '/api/v1/teams',
    { params: { query: { limit: 200 } } },
    { staleTime: 60_000, select: (page) => page.items },
  );
}

/**
 * Users matching what an administrator types in a picker (at most 20). The query differs from
 * the users table's (`limit`), so the two never share a cache entry of another shape.
 */
export function useUserSearch(q: string) {
  const { client } = useApi();
  const search = q.trim();
  return client.query.useQuery(
    'get',
    '/api/v1/users',
    { params: { query: { limit: 20, q: search === '' ? undefined : search, active: true } } },
    { staleTime: 30_000, select: (page) => page.items },
  );
}
