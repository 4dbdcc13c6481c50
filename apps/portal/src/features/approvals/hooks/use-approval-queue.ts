import type { Schemas } from '@trellis/api-client';
import { useApi } from '../../../app/api/api-context';

export type ApprovalItem = Schemas['ApprovalQueueItemDto'];
export type ApprovalStatus = ApprovalItem['status'];

const PAGE_SIZE = 100;

/**
 * The caller's approvals in one status, oldest first: `pending` is the queue (approvals delegated
 * to them included), `approved` and `rejected` the history of their decisions.
 */
export function useApprovalQueue(status: ApprovalStatus) {
  const { client } = useApi();
  return client.query.useInfiniteQuery(
    'get',
    '/api/v1/approvals',
    { params: { query: { status, limit: PAGE_SIZE } } },
    {
      pageParamName: 'cursor',
      // null, not undefined: see use-users.
      initialPageParam: null,
      getNextPageParam: (page) => page.nextCursor,
      select: (data) => data.pages.flatMap((page) => page.items),
    },
  );
}
