import { keepPreviousData } from '@tanstack/react-query';
import { useApi } from '../../../app/api/api-context';

const MAX_SUGGESTIONS = 20;

/** Active people whose name or email matches `q`, for picking a delegate. */
export function useUserSearch(q: string) {
  const { client } = useApi();
  return client.query.useQuery(
    'get',
    '/api/v1/users',
    { params: { query: { q: q.trim() || undefined, active: true, limit: MAX_SUGGESTIONS } } },
    { select: (data) => data.items, placeholderData: keepPreviousData },
  );
}
