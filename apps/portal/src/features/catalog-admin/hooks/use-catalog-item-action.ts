import { useMutation, useQueryClient } from '@tanstack/react-query';
import { enqueueSnackbar } from 'notistack';
import { useApi } from '../../../app/api/api-context';
import { queryKeys } from '../../../app/api/query-keys';
import { problemMessage } from '../../../shared/problem-message';

export type CatalogItemAction = 'publish' | 'retire';

const DONE = { publish: 'published', retire: 'retired' } as const;

/**
 * Publishes or retires an item at the version the caller read (a stale one gets 409). The result
 * is told here, not by the caller: the refetch that follows success remounts the editor, and a
 * caller's own callbacks do not run once it has unmounted.
 */
export function useCatalogItemAction() {
  const { client } = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      id,
      version,
      action,
    }: {
      id: string;
      /** For the toast. */
      name: string;
      version: number;
      action: CatalogItemAction;
    }) => {
      const init = { params: { path: { id } }, body: { version } };
      const result =
        action === 'publish'
          ? await client.fetch.POST('/api/v1/catalog/items/{id}/publish', init)
          : await client.fetch.POST('/api/v1/catalog/items/{id}/retire', init);
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      if (result.error) throw result.error;
      return result.data;
    },
    onError: (error, { name, action }) => {
      enqueueSnackbar(`${name} could not be ${DONE[action]}: ${problemMessage(error)}`, {
        variant: 'error',
      });
    },
    onSuccess: async (item, { action }) => {
      enqueueSnackbar(`${item.name} is ${DONE[action]}.`, { variant: 'success' });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.catalogItems }),
        queryClient.invalidateQueries({ queryKey: queryKeys.catalogItem }),
        queryClient.invalidateQueries({ queryKey: queryKeys.catalogCategories }),
      ]);
    },
  });
}
