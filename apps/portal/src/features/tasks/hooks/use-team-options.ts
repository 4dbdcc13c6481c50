import { useApi } from '../../../app/api/api-context';

/** The tenant's teams for the board's filter (the API's largest page: teams are few). */
export function useTeamOptions() {
  const { client } = useApi();
  return client.query.useQuery(
    'get',
    '/api/v1/teams',
    { params: { query: { limit: 200 } } },
    { staleTime: 5 * 60_000, select: (page) => page.items },
  );
}
