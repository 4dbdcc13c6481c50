import { useApi } from '../../../app/api/api-context';

/** Countries with public-holiday data, by name. They never change while the portal runs. */
export function useHolidayCountries(enabled: boolean) {
  const { client } = useApi();
  return client.query.useQuery('get', '/api/v1/sla/holiday-presets/countries', undefined, {
    enabled,
    staleTime: Infinity,
    select: (list) => list.items,
  });
}

/** One country's (or state's) public holidays in `year`, to preview before adding them. */
export function useHolidayPreset(query: { country: string; state?: string; year: number } | null) {
  const { client } = useApi();
  return client.query.useQuery(
    'get',
    '/api/v1/sla/holiday-presets',
    {
      params: {
        query: {
          country: query?.country ?? '',
          year: query?.year ?? 0,
          ...(query?.state ? { state: query.state } : {}),
        },
      },
    },
    { enabled: query !== null, staleTime: Infinity, select: (list) => list.items },
  );
}
