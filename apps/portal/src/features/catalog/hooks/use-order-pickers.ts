import type { Schemas } from '@trellis/api-client';
import { useApi } from '../../../app/api/api-context';

export type CostCentre = Schemas['CostCenterDto'];
export type Person = Schemas['UserDto'];

const PICKER_LIMIT = 20;

/** Cost centres whose code or name matches what the requester types (at most 20). */
export function useCostCentreSearch(q: string) {
  const { client } = useApi();
  const search = q.trim();
  return client.query.useQuery(
    'get',
    '/api/v1/cost-centers',
    { params: { query: { limit: PICKER_LIMIT, q: search === '' ? undefined : search } } },
    { staleTime: 60_000, select: (page) => page.items },
  );
}

/** One cost centre, to show the item's default before the requester picks another. */
export function useCostCentre(id: string | null) {
  const { client } = useApi();
  return client.query.useQuery(
    'get',
    '/api/v1/cost-centers/{id}',
    { params: { path: { id: id ?? '' } } },
    { enabled: id !== null, staleTime: 60_000 },
  );
}

/**
 * Active people whose name or email matches (at most 20), for ordering on someone's behalf. Only
 * for callers with `users:read`: the API refuses the directory to everyone else.
 */
export function usePeopleSearch(q: string) {
  const { client } = useApi();
  const search = q.trim();
  return client.query.useQuery(
    'get',
    '/api/v1/users',
    {
      params: {
        query: { limit: PICKER_LIMIT, q: search === '' ? undefined : search, active: true },
      },
    },
    { staleTime: 30_000, select: (page) => page.items },
  );
}
