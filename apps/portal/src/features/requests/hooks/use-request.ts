import type { Schemas } from '@trellis/api-client';
import { useApi } from '../../../app/api/api-context';

export type ServiceRequest = Schemas['RequestDto'];

/** One request with its approvals, tasks, comments and timeline. */
export function useRequest(id: string) {
  const { client } = useApi();
  return client.query.useQuery('get', '/api/v1/requests/{id}', { params: { path: { id } } });
}
