import type { Schemas } from '@trellis/api-client';
import { useApi } from '../../../app/api/api-context';

export type Attachment = Schemas['AttachmentDto'];

const PAGE_SIZE = 50;

/** A request's files, oldest first, a keyset page at a time. */
export function useRequestAttachments(requestId: string) {
  const { client } = useApi();
  return client.query.useInfiniteQuery(
    'get',
    '/api/v1/requests/{id}/attachments',
    { params: { path: { id: requestId }, query: { limit: PAGE_SIZE } } },
    {
      pageParamName: 'cursor',
      // null, not undefined: see use-users.
      initialPageParam: null,
      getNextPageParam: (page) => page.nextCursor,
      select: (data) => data.pages.flatMap((page) => page.items),
    },
  );
}
