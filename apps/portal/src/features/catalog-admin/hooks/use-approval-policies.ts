import type { Schemas } from '@trellis/api-client';
import { useApi } from '../../../app/api/api-context';

export type ApprovalPolicy = Schemas['ApprovalPolicyDto'];

/** Every approval policy of the tenant, by name (the API caps the list; tenants have a few). */
export function useApprovalPolicies() {
  const { client } = useApi();
  return client.query.useQuery('get', '/api/v1/approval-policies', undefined, {
    select: (list) => list.items,
  });
}

/** One policy, for its editor; `id` null for a new one. */
export function useApprovalPolicy(id: string | null) {
  const { client } = useApi();
  return client.query.useQuery(
    'get',
    '/api/v1/approval-policies/{id}',
    { params: { path: { id: id ?? '' } } },
    { enabled: id !== null, staleTime: 0, refetchOnWindowFocus: false },
  );
}
