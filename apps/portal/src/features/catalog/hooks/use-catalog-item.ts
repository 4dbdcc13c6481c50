import type { Schemas } from '@trellis/api-client';
import { useApi } from '../../../app/api/api-context';

export type CatalogItem = Schemas['CatalogItemDto'];

/** One catalog item with everything its page shows: description, prerequisites, docs, form. */
export function useCatalogItem(id: string) {
  const { client } = useApi();
  return client.query.useQuery('get', '/api/v1/catalog/items/{id}', {
    params: { path: { id } },
  });
}
