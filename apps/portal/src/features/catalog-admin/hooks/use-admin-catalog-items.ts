import type { Schemas } from '@trellis/api-client';
import { keepPreviousData } from '@tanstack/react-query';
import { useApi } from '../../../app/api/api-context';

export type AdminCatalogItemSummary = Schemas['CatalogItemSummaryDto'];
export type CatalogItemStatus = 'draft' | 'published' | 'retired';

const PAGE_SIZE = 50;

/** Every item in one status (catalog managers see drafts and retired items too), by name. */
export function useAdminCatalogItems(status: CatalogItemStatus, q: string) {
  const { client } = useApi();
  const search = q.trim();
  return client.query.useInfiniteQuery(
    'get',
    '/api/v1/catalog/items',
    { params: { query: { limit: PAGE_SIZE, status, q: search === '' ? undefined : search } } },
    {
      pageParamName: 'cursor',
      // null, not undefined: see use-users.
      initialPageParam: null,
      getNextPageParam: (page) => page.nextCursor,
      select: (data) => data.pages.flatMap((page) => page.items),
      placeholderData: keepPreviousData,
    },
  );
}
