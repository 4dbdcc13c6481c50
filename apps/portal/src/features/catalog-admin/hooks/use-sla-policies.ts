import type { Schemas } from '@trellis/api-client';
import { useApi } from '../../../app/api/api-context';

export type SlaPolicy = Schemas['SlaPolicyDto'];

/** The tenant's SLA policies, to pick an item's; the default one applies when none is picked. */
export function useSlaPolicies() {
  const { client } = useApi();
  return client.query.useQuery('get', '/api/v1/sla/policies', undefined, {
    staleTime: 60_000,
    select: (list) => list.items,
  });
}
