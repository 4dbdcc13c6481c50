/** PostgreSQL NOTIFY channel that carries new in-app notifications to every API process. */
export const NOTIFY_CHANNEL = 'trellis_notifications';

/** What travels on the channel (small: NOTIFY payloads are limited to 8000 bytes). */
export interface NotificationSignal {
  tenantId: string;
  userId: string;
  notification: {
    id: string;
    eventType: string;
    title: string;
    body: string;
    link: string | null;
    createdAt: string;
    readAt: string | null;
  };
}
