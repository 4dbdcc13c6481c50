import { useApi } from '../../../app/api/api-context';

/** One user, to name a stored user id (e.g. an approver). */
export function useUser(id: string | null) {
  const { client } = useApi();
  return client.query.useQuery(
    'get',
    '/api/v1/users/{id}',
    { params: { path: { id: id ?? '' } } },
    { enabled: id !== null && id !== '', staleTime: 5 * 60_000 },
  );
}
