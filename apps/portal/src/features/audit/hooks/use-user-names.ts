import { can } from '@trellis/domain';
import { useApi } from '../../../app/api/api-context';
import { useCurrentUser } from '../../auth/hooks/use-current-user';

// The API's largest page. Tenants with more users show the rest by id until the audit API
// returns actor names itself.
const DIRECTORY_LIMIT = 200;

/** User id -> name, for showing who did what; empty when the person may not list users. */
export function useUserNames(): ReadonlyMap<string, string> {
  const { client } = useApi();
  const { roles } = useCurrentUser();
  // A plain query with a different `init` from use-users' infinite query: the two must not share
  // a cache entry (see query-keys).
  const directory = client.query.useQuery(
    'get',
    '/api/v1/users',
    { params: { query: { limit: DIRECTORY_LIMIT } } },
    {
      enabled: can(roles, 'users:read'),
      staleTime: 5 * 60_000,
      select: (page) => new Map(page.items.map((user) => [user.id, user.name])),
    },
  );
  return directory.data ?? EMPTY;
}

const EMPTY: ReadonlyMap<string, string> = new Map();
