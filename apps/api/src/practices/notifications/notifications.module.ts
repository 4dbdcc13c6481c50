import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { EmailDeliveries } from './delivery/email-deliveries';
import { EventFanOut } from './delivery/event-fan-out';
import { OutboxDispatcher } from './delivery/outbox-dispatcher';
import { WebhookDeliveries } from './delivery/webhook-deliveries';
import { EmailTransport } from './email/email-transport';
import { NotificationHub } from './notification-hub';
import { NotificationStreams } from './notification-streams';
import { NotificationsController } from './notifications.controller';
import { NotificationsScheduler } from './notifications.scheduler';
import { NotificationsService } from './notifications.service';
import { WebhooksController } from './webhooks/webhooks.controller';
import { WebhooksService } from './webhooks/webhooks.service';

/**
 * Notifications: the outbox dispatcher, and what it delivers to (in-app with a live stream,
 * email, webhooks), with each person's preferences.
 */
@Module({
  imports: [IdentityModule],
  controllers: [NotificationsController, WebhooksController],
  providers: [
    NotificationsService,
    NotificationHub,
    NotificationStreams,
    WebhooksService,
    EmailTransport,
    EventFanOut,
    EmailDeliveries,
    WebhookDeliveries,
    OutboxDispatcher,
    NotificationsScheduler,
  ],
  exports: [OutboxDispatcher],
})
export class NotificationsModule {}
