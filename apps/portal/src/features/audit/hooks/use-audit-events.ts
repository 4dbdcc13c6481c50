import type { Schemas } from '@trellis/api-client';
import { useApi } from '../../../app/api/api-context';

export type AuditEvent = Schemas['AuditEventDto'];

const PAGE_SIZE = 50;

/** The audit trail, newest first, a keyset page at a time. */
export function useAuditEvents() {
  const { client } = useApi();
  return client.query.useInfiniteQuery(
    'get',
    '/api/v1/audit-events',
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
