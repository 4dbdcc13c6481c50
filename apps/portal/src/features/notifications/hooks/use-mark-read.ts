import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../../app/api/api-context';
import { queryKeys } from '../../../app/api/query-keys';

/** Refetches whatever shows notifications: the list and the unread count. */
export function useInvalidateNotifications() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.notifications }),
      queryClient.invalidateQueries({ queryKey: queryKeys.notificationsUnreadCount }),
    ]);
}

/** Marks one notification read (opening it does this). */
export function useMarkRead() {
  const { client } = useApi();
  const invalidate = useInvalidateNotifications();
  return useMutation({
    mutationFn: async (id: string) => {
      const result = await client.fetch.POST('/api/v1/notifications/{id}/read', {
        params: { path: { id } },
      });
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      if (result.error) throw result.error;
      return result.data;
    },
    onSettled: invalidate,
  });
}

/** Marks every notification of the caller read. */
export function useMarkAllRead() {
  const { client } = useApi();
  const invalidate = useInvalidateNotifications();
  return useMutation({
    mutationFn: async () => {
      const result = await client.fetch.POST('/api/v1/notifications/read-all');
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      if (result.error) throw result.error;
      return result.data;
    },
    onSettled: invalidate,
  });
}
