import type { Schemas } from '@trellis/api-client';
import { useApi } from '../../../app/api/api-context';

export type User = Schemas['UserDto'];

const PAGE_SIZE = 50;

/** The tenant's users, a keyset page at a time (`fetchNextPage` while `hasNextPage`). */
export function useUsers() {
  const { client } = useApi();
  return client.query.useInfiniteQuery(
    'get',
    '/api/v1/users',
    { params: { query: { limit: PAGE_SIZE } } },
    {
      pageParamName: 'cursor',
      // null, not undefined: the client drops null query parameters, while an undefined page
      // param would be replaced by openapi-react-query's default of 0.
      initialPageParam: null,
      getNextPageParam: (page) => page.nextCursor,
      select: (data) => data.pages.flatMap((page) => page.items),
    },
  );
}
