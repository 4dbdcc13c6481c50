import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Authorize } from '../../platform/auth/authorize.decorator';
import { Problem } from '../../platform/errors/problem';
import { NoTransaction } from '../../platform/tenancy/no-transaction.decorator';
import { TenantDb } from '../../platform/tenancy/tenant-db';
import {
  MarkedRead,
  NotificationDto,
  NotificationPage,
  NotificationPreferences,
  NotificationQuery,
  UnreadCount,
  UpdateNotificationPreferencesRequest,
} from './dto/notification.dto';
import { NotificationStreams } from './notification-streams';
import { NotificationsService } from './notifications.service';

// Everyone signed in has `profile:read`: each person reads only their own notifications.
@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly streams: NotificationStreams,
    private readonly db: TenantDb,
  ) {}

  /** The caller's notifications, newest first. */
  @Get()
  @Authorize('profile:read')
  @ApiOkResponse({ type: NotificationPage })
  listNotifications(@Query() query: NotificationQuery): Promise<NotificationPage> {
    return this.notifications.list(query);
  }

  @Get('unread-count')
  @Authorize('profile:read')
  @ApiOkResponse({ type: UnreadCount })
  getUnreadNotificationCount(): Promise<UnreadCount> {
    return this.notifications.unreadCount();
  }

  /**
   * Server-sent events: each new notification of the caller as an event `notification` whose data
   * is a Notification; a comment line every 20 s keeps proxies from closing the stream. Send the
   * usual `Authorization` header (read it with fetch; EventSource cannot send headers).
   */
  @Get('stream')
  @Authorize('profile:read')
  // A stream lasts for minutes: it must not hold the request's transaction (and a connection).
  @NoTransaction()
  @ApiProduces('text/event-stream')
  @ApiOkResponse({ description: 'text/event-stream of `notification` events' })
  async streamNotifications(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.streams.open(this.db.principal, request, reply);
  }

  @Get('preferences')
  @Authorize('profile:read')
  @ApiOkResponse({ type: NotificationPreferences })
  getNotificationPreferences(): Promise<NotificationPreferences> {
    return this.notifications.preferences();
  }

  /** Turns channels on or off per event type; pairs not sent keep their setting. */
  @Put('preferences')
  @Authorize('profile:read')
  @ApiOkResponse({ type: NotificationPreferences })
  updateNotificationPreferences(
    @Body() body: UpdateNotificationPreferencesRequest,
  ): Promise<NotificationPreferences> {
    return this.notifications.updatePreferences(body);
  }

  @Post('read-all')
  @Authorize('profile:read')
  @HttpCode(200)
  @ApiOkResponse({ type: MarkedRead })
  markAllNotificationsRead(): Promise<MarkedRead> {
    return this.notifications.markAllRead();
  }

  @Post(':id/read')
  @Authorize('profile:read')
  @HttpCode(200)
  @ApiOkResponse({ type: NotificationDto })
  @ApiNotFoundResponse({ type: Problem })
  markNotificationRead(@Param('id', ParseUUIDPipe) id: string): Promise<NotificationDto> {
    return this.notifications.markRead(id);
  }
}
