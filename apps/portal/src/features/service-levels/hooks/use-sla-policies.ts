import type { Schemas } from '@trellis/api-client';
import { useApi } from '../../../app/api/api-context';

export type SlaPolicy = Schemas['SlaPolicyDto'];

/** The tenant's SLA policies. */
export function useSlaPolicyList() {
  const { client } = useApi();
  return client.query.useQuery('get', '/api/v1/sla/policies', undefined, {
    select: (list) => list.items,
  });
}

/** One policy, for its editor; `id` null for a new one. */
export function useSlaPolicy(id: string | null) {
  const { client } = useApi();
  return client.query.useQuery(
    'get',
    '/api/v1/sla/policies/{id}',
    { params: { path: { id: id ?? '' } } },
    { enabled: id !== null, staleTime: 0 },
  );
}
