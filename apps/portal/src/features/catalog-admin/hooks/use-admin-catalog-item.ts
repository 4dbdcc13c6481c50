import type { Schemas } from '@trellis/api-client';
import { useApi } from '../../../app/api/api-context';

export type AdminCatalogItem = Schemas['CatalogItemDto'];

/** One item with its form, templates and version, for the editor; `id` null for a new item. */
export function useAdminCatalogItem(id: string | null) {
  const { client } = useApi();
  return client.query.useQuery(
    'get',
    '/api/v1/catalog/items/{id}',
    { params: { path: { id: id ?? '' } } },
    // An editor must start from what is stored now, not from a cached copy another tab changed.
    { enabled: id !== null, staleTime: 0, refetchOnWindowFocus: false },
  );
}
