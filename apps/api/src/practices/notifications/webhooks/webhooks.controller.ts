import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Authorize } from '../../../platform/auth/authorize.decorator';
import { Problem } from '../../../platform/errors/problem';
import {
  CreatedWebhook,
  CreateWebhookRequest,
  UpdateWebhookRequest,
  WebhookDeliveryPage,
  WebhookDto,
  WebhookPage,
  WebhookQuery,
} from './dto/webhook.dto';
import { WebhooksService } from './webhooks.service';

/**
 * Webhook subscriptions, tenant configuration for administrators. Deliveries are POSTs of
 * `{ id, type, occurredAt, aggregate, data }` with `X-Trellis-Event-Id`, `X-Trellis-Timestamp` and
 * `X-Trellis-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">`.
 */
@ApiTags('webhooks')
@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Get()
  @Authorize('settings:manage')
  @ApiOkResponse({ type: WebhookPage })
  listWebhooks(@Query() query: WebhookQuery): Promise<WebhookPage> {
    return this.webhooks.list(query);
  }

  /**
   * Creates a subscription; the signing secret is in this response only. Not idempotent by
   * key on purpose: a stored replay would keep a copy of the secret.
   */
  @Post()
  @Authorize('settings:manage')
  @ApiCreatedResponse({ type: CreatedWebhook })
  createWebhook(@Body() body: CreateWebhookRequest): Promise<CreatedWebhook> {
    return this.webhooks.create(body);
  }

  @Get(':id')
  @Authorize('settings:manage')
  @ApiOkResponse({ type: WebhookDto })
  @ApiNotFoundResponse({ type: Problem })
  getWebhook(@Param('id', ParseUUIDPipe) id: string): Promise<WebhookDto> {
    return this.webhooks.get(id);
  }

  /** Changes a subscription; send the `version` you read (a stale one gets 409). */
  @Patch(':id')
  @Authorize('settings:manage')
  @ApiOkResponse({ type: WebhookDto })
  @ApiNotFoundResponse({ type: Problem })
  @ApiConflictResponse({ type: Problem })
  updateWebhook(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateWebhookRequest,
  ): Promise<WebhookDto> {
    return this.webhooks.update(id, body);
  }

  @Delete(':id')
  @Authorize('settings:manage')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: Problem })
  async deleteWebhook(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.webhooks.remove(id);
  }

  /** The delivery log: each event sent to this subscription, newest first. */
  @Get(':id/deliveries')
  @Authorize('settings:manage')
  @ApiOkResponse({ type: WebhookDeliveryPage })
  @ApiNotFoundResponse({ type: Problem })
  listWebhookDeliveries(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: WebhookQuery,
  ): Promise<WebhookDeliveryPage> {
    return this.webhooks.deliveries(id, query);
  }
}
