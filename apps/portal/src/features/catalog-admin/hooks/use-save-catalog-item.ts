import type { Schemas } from '@trellis/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { enqueueSnackbar } from 'notistack';
import { useApi } from '../../../app/api/api-context';
import { queryKeys } from '../../../app/api/query-keys';

export type NewCatalogItem = Schemas['CreateCatalogItemRequest'];
export type CatalogItemChanges = Schemas['UpdateCatalogItemRequest'];

export type SaveCatalogItem =
  | { kind: 'create'; body: NewCatalogItem; idempotencyKey: string }
  | { kind: 'update'; id: string; body: CatalogItemChanges };

/**
 * Creates a draft item or changes one. Changes carry the version the editor read; a 409 means
 * someone else saved in between, and the caller says so instead of overwriting their work.
 */
export function useSaveCatalogItem() {
  const { client } = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (save: SaveCatalogItem) => {
      const result =
        save.kind === 'create'
          ? await client.fetch.POST('/api/v1/catalog/items', {
              params: { header: { 'Idempotency-Key': save.idempotencyKey } },
              body: save.body,
            })
          : await client.fetch.PATCH('/api/v1/catalog/items/{id}', {
              params: { path: { id: save.id } },
              body: save.body,
            });
      // Problem details are thrown as they are, as the generated hooks do (see use-submit-request).
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      if (result.error) throw result.error;
      return result.data;
    },
    // Told here rather than by the caller: a saved change refetches the item, which remounts the
    // editor, and the caller's own callbacks do not run once it has unmounted.
    onSuccess: async (item, save) => {
      const saved = save.kind === 'create' ? 'saved as a draft' : 'saved';
      enqueueSnackbar(`${item.name} is ${saved}.`, { variant: 'success' });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.catalogItems }),
        queryClient.invalidateQueries({ queryKey: queryKeys.catalogItem }),
        queryClient.invalidateQueries({ queryKey: queryKeys.catalogCategories }),
      ]);
    },
  });
}
