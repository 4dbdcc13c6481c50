import type { Schemas } from '@trellis/api-client';
import { useApi } from '../../../app/api/api-context';

export type DirectoryUser = Schemas['UserDto'];

// The API's largest page, with the same `init` as the audit page's directory so both share one
// cache entry. Tenants with more users see the first 200 in pickers until the pickers search.
const DIRECTORY_LIMIT = 200;

/** The tenant's people, for pickers and for showing names beside ids. */
export function useUserDirectory() {
  const { client } = useApi();
  return client.query.useQuery(
    'get',
    '/api/v1/users',
    { params: { query: { limit: DIRECTORY_LIMIT } } },
    { staleTime: 5 * 60_000, select: (page) => page.items },
  );
}
