import type { Schemas } from '@trellis/api-client';
import { useApi } from '../../../app/api/api-context';

export type CatalogCategory = Schemas['CatalogCategoryDto'];

/** The catalog's categories, in their display order. */
export function useCatalogCategories() {
  const { client } = useApi();
  return client.query.useQuery('get', '/api/v1/catalog/categories', undefined, {
    // Categories change when an administrator edits the catalog: rarely.
    staleTime: 5 * 60_000,
    select: (list) => [...list.items].sort((a, b) => a.sortOrder - b.sortOrder),
  });
}
