import type { Schemas } from '@trellis/api-client';
import { useApi } from '../../../app/api/api-context';

export type CatalogItemReview = Schemas['CatalogItemReviewDto'];

const PAGE_SIZE = 10;

/** What requesters said about an item when they closed their requests, newest first. */
export function useCatalogItemReviews(id: string) {
  const { client } = useApi();
  return client.query.useInfiniteQuery(
    'get',
    '/api/v1/catalog/items/{id}/reviews',
    { params: { path: { id }, query: { limit: PAGE_SIZE } } },
    {
      pageParamName: 'cursor',
      // null, not undefined: see use-users.
      initialPageParam: null,
      getNextPageParam: (page) => page.nextCursor,
      select: (data) => data.pages.flatMap((page) => page.items),
    },
  );
}
