import type { Schemas } from '@trellis/api-client';
import { keepPreviousData } from '@tanstack/react-query';
import { useApi } from '../../../app/api/api-context';

export type CatalogItemSummary = Schemas['CatalogItemSummaryDto'];

const PAGE_SIZE = 24;

export interface CatalogItemFilter {
  /** Full-text search; empty for everything. */
  q: string;
  /** A category key; null for every category. */
  category: string | null;
}

/** Published catalog items matching the filter, a keyset page at a time. */
export function useCatalogItems({ q, category }: CatalogItemFilter) {
  const { client } = useApi();
  const search = q.trim();
  return client.query.useInfiniteQuery(
    'get',
    '/api/v1/catalog/items',
    {
      params: {
        query: {
          limit: PAGE_SIZE,
          // Undefined parameters are left out of the URL.
          q: search === '' ? undefined : search,
          category: category ?? undefined,
        },
      },
    },
    {
      pageParamName: 'cursor',
      // null, not undefined: see use-users.
      initialPageParam: null,
      getNextPageParam: (page) => page.nextCursor,
      select: (data) => data.pages.flatMap((page) => page.items),
      // While the next search loads, keep showing the last results instead of flashing skeletons.
      placeholderData: keepPreviousData,
    },
  );
}
