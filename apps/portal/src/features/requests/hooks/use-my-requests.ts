import type { Schemas } from '@trellis/api-client';
import { useApi } from '../../../app/api/api-context';
import type { RequestStatus } from '../request-status';

export type RequestSummary = Schemas['RequestSummaryDto'];

const PAGE_SIZE = 25;

/**
 * Requests the person raised or that are for them, newest first, a keyset page at a time;
 * `q` searches them on the server (a number, or words of the item and justification).
 */
export function useMyRequests(status: RequestStatus | null, q = '') {
  const { client } = useApi();
  return client.query.useInfiniteQuery(
    'get',
    '/api/v1/requests',
    {
      params: {
        query: { mine: true, limit: PAGE_SIZE, status: status ?? undefined, q: q || undefined },
      },
    },
    {
      pageParamName: 'cursor',
      // null, not undefined: see use-users.
      initialPageParam: null,
      getNextPageParam: (page) => page.nextCursor,
      // Keep showing the last results while a new search loads, rather than a blank table.
      placeholderData: (previous) => previous,
      select: (data) => data.pages.flatMap((page) => page.items),
    },
  );
}
