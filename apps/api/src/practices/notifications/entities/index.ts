import { EmailDelivery } from './email-delivery.entity';
import { NotificationPreference } from './notification-preference.entity';
import { Notification } from './notification.entity';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookSubscription } from './webhook-subscription.entity';

/** The notifications practice's tables (migration 1764500000000). */
export const NOTIFICATION_ENTITIES = [
  Notification,
  NotificationPreference,
  EmailDelivery,
  WebhookSubscription,
  WebhookDelivery,
];
