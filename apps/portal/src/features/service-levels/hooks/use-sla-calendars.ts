import type { Schemas } from '@trellis/api-client';
import { useApi } from '../../../app/api/api-context';

export type SlaCalendar = Schemas['SlaCalendarDto'];

/** The tenant's SLA calendars (a tenant has a handful; the API returns them all). */
export function useSlaCalendars() {
  const { client } = useApi();
  return client.query.useQuery('get', '/api/v1/sla/calendars', undefined, {
    select: (list) => list.items,
  });
}

/** One calendar, for its editor; `id` null for a new one. */
export function useSlaCalendar(id: string | null) {
  const { client } = useApi();
  return client.query.useQuery(
    'get',
    '/api/v1/sla/calendars/{id}',
    { params: { path: { id: id ?? '' } } },
    { enabled: id !== null, staleTime: 0 },
  );
}
