import type { Schemas } from '@trellis/api-client';
import { useApi } from '../../../app/api/api-context';

export type Notification = Schemas['NotificationDto'];

/** How many notifications the popover shows: the newest; older ones have been seen or can wait. */
export const NOTIFICATION_PAGE_SIZE = 20;

/** The caller's unread count (capped by the API at 1,000). The stream keeps it fresh. */
export function useUnreadCount() {
  const { client } = useApi();
  return client.query.useQuery('get', '/api/v1/notifications/unread-count', undefined, {
    staleTime: 60_000,
    refetchOnWindowFocus: true,
  });
}

/** The newest notifications, loaded when the popover opens. */
export function useNotifications(enabled: boolean) {
  const { client } = useApi();
  return client.query.useQuery(
    'get',
    '/api/v1/notifications',
    { params: { query: { limit: NOTIFICATION_PAGE_SIZE } } },
    { enabled, staleTime: 0, select: (page) => page.items },
  );
}
