import type { Schemas } from '@trellis/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../../app/api/api-context';
import { queryKeys } from '../../../app/api/query-keys';

export type NotificationPreference = Schemas['NotificationPreferenceDto'];
type Preferences = Schemas['NotificationPreferences'];

export function useNotificationPreferences() {
  const { client } = useApi();
  return client.query.useQuery('get', '/api/v1/notifications/preferences');
}

const sameSwitch = (a: NotificationPreference, b: NotificationPreference) =>
  a.eventType === b.eventType && a.channel === b.channel;

/**
 * Turns one channel of one event type on or off. The switch moves at once (a preference is
 * safe to show optimistically); a failure puts it back.
 */
export function useUpdateNotificationPreference() {
  const { client } = useApi();
  const queryClient = useQueryClient();
  const key = client.query.queryOptions('get', '/api/v1/notifications/preferences').queryKey;
  return useMutation({
    mutationFn: async (change: NotificationPreference) => {
      const result = await client.fetch.PUT('/api/v1/notifications/preferences', {
        body: { items: [change] },
      });
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      if (result.error) throw result.error;
      return result.data;
    },
    onMutate: async (change) => {
      await queryClient.cancelQueries({ queryKey: queryKeys.notificationPreferences });
      const before = queryClient.getQueryData<Preferences>(key);
      if (before) {
        queryClient.setQueryData<Preferences>(key, {
          items: before.items.map((item) => (sameSwitch(item, change) ? change : item)),
        });
      }
      return { before };
    },
    onError: (_error, _change, context) => {
      if (context?.before) queryClient.setQueryData(key, context.before);
    },
    onSuccess: (saved) => queryClient.setQueryData(key, saved),
  });
}
