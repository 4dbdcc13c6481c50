import { useApi } from '../../../app/api/api-context';

// The API's largest page; the same `init` as the audit page's directory, so they share one cache
// entry. Tenants with more people can still assign by search once the picker searches the API.
const DIRECTORY_LIMIT = 200;

/** Active agents and admins: the people a task can be assigned to. */
export function useWorkers(enabled: boolean) {
  const { client } = useApi();
  return client.query.useQuery(
    'get',
    '/api/v1/users',
    { params: { query: { limit: DIRECTORY_LIMIT } } },
    {
      enabled,
      staleTime: 5 * 60_000,
      select: (page) =>
        page.items.filter(
          (user) => user.active && user.roles.some((role) => role === 'agent' || role === 'admin'),
        ),
    },
  );
}
