import type { Schemas } from '@trellis/api-client';
import { useApi } from '../../../app/api/api-context';

export type CostCentre = Schemas['CostCenterDto'];
export type Person = Schemas['PersonDto'];

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
 * Active people whose name or email contains what was typed (at most 20, those starting with it
 * first): the people directory anyone who may order can search. Nothing is asked before a
 * character is typed.
 */
export function usePeopleSearch(q: string) {
  const { client } = useApi();
  const search = q.trim();
  return client.query.useQuery(
    'get',
    '/api/v1/people',
    { params: { query: { q: search, limit: PICKER_LIMIT } } },
    { enabled: search !== '', staleTime: 30_000, select: (list) => list.items },
  );
}
