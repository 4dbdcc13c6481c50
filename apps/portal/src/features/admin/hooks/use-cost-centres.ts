import type { Schemas } from '@trellis/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../../app/api/api-context';
import { queryKeys } from '../../../app/api/query-keys';

export type CostCentre = Schemas['CostCenterDto'];
export type NewCostCentre = Schemas['CreateCostCenterRequest'];
export type CostCentreChanges = Omit<Schemas['UpdateCostCenterRequest'], 'version'>;

const PAGE_SIZE = 50;

/** Cost centres by code with their budget, committed and spent amounts. */
export function useCostCentres() {
  const { client } = useApi();
  return client.query.useInfiniteQuery(
    'get',
    '/api/v1/cost-centers',
    { params: { query: { limit: PAGE_SIZE } } },
    {
      pageParamName: 'cursor',
      // null, not undefined: see use-users.
      initialPageParam: null,
      getNextPageParam: (page) => page.nextCursor,
      select: (data) => data.pages.flatMap((page) => page.items),
    },
  );
}

type SaveInput =
  | { kind: 'create'; fields: NewCostCentre; idempotencyKey: string }
  | { kind: 'update'; costCentre: CostCentre; changes: CostCentreChanges };

/** Creates a cost centre, or changes one at the version it was read (a stale one gets 409). */
export function useSaveCostCentre() {
  const { client } = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: SaveInput) => {
      const result =
        input.kind === 'create'
          ? await client.fetch.POST('/api/v1/cost-centers', {
              params: { header: { 'Idempotency-Key': input.idempotencyKey } },
              body: input.fields,
            })
          : await client.fetch.PATCH('/api/v1/cost-centers/{id}', {
              params: { path: { id: input.costCentre.id } },
              body: { ...input.changes, version: input.costCentre.version },
            });
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- problem details, as the query hooks throw them
      if (result.error) throw result.error;
      return result.data;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.costCenters }),
  });
}
