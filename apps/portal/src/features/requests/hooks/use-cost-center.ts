import { useApi } from '../../../app/api/api-context';

/** A cost centre's name and code, for showing which one a request is charged to. */
export function useCostCenter(id: string | null) {
  const { client } = useApi();
  return client.query.useQuery(
    'get',
    '/api/v1/cost-centers/{id}',
    { params: { path: { id: id ?? '' } } },
    { enabled: id !== null },
  );
}
