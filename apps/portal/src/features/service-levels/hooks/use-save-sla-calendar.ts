import type { Schemas } from '@trellis/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../../app/api/api-context';
import { queryKeys } from '../../../app/api/query-keys';

export type NewSlaCalendar = Schemas['CreateSlaCalendarRequest'];
export type SlaCalendarChanges = Schemas['UpdateSlaCalendarRequest'];

export type SaveSlaCalendar =
  | { kind: 'create'; body: NewSlaCalendar; idempotencyKey: string }
  | { kind: 'update'; id: string; body: SlaCalendarChanges }
  | { kind: 'import'; id: string; body: Schemas['ImportHolidaysRequest'] };

/**
 * Creates or changes a calendar, or imports holidays from an ICS document into it. Changes carry
 * the version read, so a stale one is refused with 409.
 */
export function useSaveSlaCalendar() {
  const { client } = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (save: SaveSlaCalendar) => {
      const result =
        save.kind === 'create'
          ? await client.fetch.POST('/api/v1/sla/calendars', {
              params: { header: { 'Idempotency-Key': save.idempotencyKey } },
              body: save.body,
            })
          : save.kind === 'update'
            ? await client.fetch.PATCH('/api/v1/sla/calendars/{id}', {
                params: { path: { id: save.id } },
                body: save.body,
              })
            : await client.fetch.POST('/api/v1/sla/calendars/{id}/holidays/import', {
                params: { path: { id: save.id } },
                body: save.body,
              });
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      if (result.error) throw result.error;
      return result.data;
    },
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.slaCalendars }),
        queryClient.invalidateQueries({ queryKey: queryKeys.slaCalendar }),
      ]);
    },
  });
}
