import { IdempotentCreate } from '../../platform/idempotency/idempotent-create.decorator';
import {
  Body,
  Controller,
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
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Authorize } from '../../platform/auth/authorize.decorator';
import { Problem } from '../../platform/errors/problem';
import {
  AddCommentRequest,
  AssignRequestRequest,
  CancelRequestRequest,
  ChangePriorityRequest,
  CloseRequestRequest,
  CommentDto,
  CommentList,
  CreateRequestRequest,
  RequestActionRequest,
  RequestDto,
  RequestPage,
  RequestQuery,
  UpdateRequestRequest,
} from './dto/request.dto';
import { RequestValidationException } from '../../platform/errors/validation-errors';
import { CatalogReviewsService } from '../service-catalog/reviews/catalog-reviews.service';
import { RequestPriorityService } from './request-priority.service';
import { RequestsService } from './requests.service';

@ApiTags('requests')
@Controller('requests')
@ApiNotFoundResponse({
  type: Problem,
  description: "Missing, or not yours to see (another tenant's included)",
})
export class RequestsController {
  constructor(
    private readonly requests: RequestsService,
    private readonly priorities: RequestPriorityService,
    private readonly reviews: CatalogReviewsService,
  ) {}

  /** Requests you may see, newest first; `mine=true` for the ones you raised or that are for you. */
  @Get()
  @Authorize('requests:read-own')
  @ApiOkResponse({ type: RequestPage })
  listRequests(@Query() query: RequestQuery): Promise<RequestPage> {
    return this.requests.list(query);
  }

  /** Creates a draft; the form data is checked against the item's form. */
  @Post()
  @Authorize('requests:create')
  @IdempotentCreate()
  @ApiCreatedResponse({ type: RequestDto })
  createRequest(@Body() body: CreateRequestRequest): Promise<RequestDto> {
    return this.requests.create(body);
  }

  /** The request with its approvals, tasks, the comments you may see and its timeline. */
  @Get(':id')
  @Authorize('requests:read-own')
  @ApiOkResponse({ type: RequestDto })
  getRequest(@Param('id', ParseUUIDPipe) id: string): Promise<RequestDto> {
    return this.requests.get(id);
  }

  /** Edits a draft. */
  @Patch(':id')
  @Authorize('requests:create')
  @ApiOkResponse({ type: RequestDto })
  @ApiConflictResponse({ type: Problem })
  updateRequest(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateRequestRequest,
  ): Promise<RequestDto> {
    return this.requests.update(id, body);
  }

  @Post(':id/submit')
  @Authorize('requests:create')
  @HttpCode(200)
  @ApiOkResponse({ type: RequestDto })
  @ApiConflictResponse({ type: Problem })
  submitRequest(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RequestActionRequest,
  ): Promise<RequestDto> {
    return this.requests.submit(id, body.version);
  }

  /** Gives the request an owner (an agent or admin). */
  @Post(':id/assign')
  @Authorize('requests:work')
  @HttpCode(200)
  @ApiOkResponse({ type: RequestDto })
  @ApiConflictResponse({ type: Problem })
  assignRequest(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AssignRequestRequest,
  ): Promise<RequestDto> {
    return this.requests.assign(id, body.assigneeId, body.version);
  }

  /** Re-prioritises a live request; its SLA clocks are re-targeted from their original start. */
  @Post(':id/priority')
  @Authorize('requests:work')
  @HttpCode(200)
  @ApiOkResponse({ type: RequestDto })
  @ApiConflictResponse({ type: Problem })
  async changeRequestPriority(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ChangePriorityRequest,
  ): Promise<RequestDto> {
    await this.priorities.change(id, body.priority, body.reason, body.version);
    return this.requests.get(id);
  }

  @Post(':id/hold')
  @Authorize('requests:work')
  @HttpCode(200)
  @ApiOkResponse({ type: RequestDto })
  @ApiConflictResponse({ type: Problem })
  holdRequest(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RequestActionRequest,
  ): Promise<RequestDto> {
    return this.requests.act(id, 'hold', body.version);
  }

  @Post(':id/resume')
  @Authorize('requests:work')
  @HttpCode(200)
  @ApiOkResponse({ type: RequestDto })
  @ApiConflictResponse({ type: Problem })
  resumeRequest(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RequestActionRequest,
  ): Promise<RequestDto> {
    return this.requests.act(id, 'resume', body.version);
  }

  /** The requester, before fulfilment starts; an agent or admin, any time before it is closed. */
  @Post(':id/cancel')
  @Authorize('requests:read-own')
  @HttpCode(200)
  @ApiOkResponse({ type: RequestDto })
  @ApiConflictResponse({ type: Problem })
  cancelRequest(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CancelRequestRequest,
  ): Promise<RequestDto> {
    return this.requests.cancel(id, body.reason, body.version);
  }

  /** The requester reopens a fulfilled request within the reopen window. */
  @Post(':id/reopen')
  @Authorize('requests:read-own')
  @HttpCode(200)
  @ApiOkResponse({ type: RequestDto })
  @ApiConflictResponse({ type: Problem })
  reopenRequest(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RequestActionRequest,
  ): Promise<RequestDto> {
    return this.requests.act(id, 'reopen', body.version);
  }

  /**
   * The requester closes a fulfilled request with a rating of 1-5 and optional feedback, and may
   * share them as a review of the item, in the same transaction: both happen, or neither.
   */
  @Post(':id/close')
  @Authorize('requests:read-own')
  @HttpCode(200)
  @ApiOkResponse({ type: RequestDto })
  @ApiConflictResponse({ type: Problem })
  async closeRequest(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CloseRequestRequest,
  ): Promise<RequestDto> {
    const feedback = body.feedback?.trim() ?? '';
    if (body.shareAsReview && !feedback)
      throw new RequestValidationException([
        { path: '/feedback', message: 'is needed to share the rating as a review' },
      ]);
    const closed = await this.requests.close(id, body.rating, body.feedback, body.version);
    if (!body.shareAsReview) return closed;
    await this.reviews.create(closed.itemId, {
      requestId: id,
      rating: body.rating,
      text: feedback,
    });
    return this.requests.get(id);
  }

  @Get(':id/comments')
  @Authorize('requests:read-own')
  @ApiOkResponse({ type: CommentList })
  listRequestComments(@Param('id', ParseUUIDPipe) id: string): Promise<CommentList> {
    return this.requests.comments(id);
  }

  /** `internal` comments are for agents and admins and never shown to the requester. */
  @IdempotentCreate()
  @Post(':id/comments')
  @Authorize('requests:read-own')
  @ApiCreatedResponse({ type: CommentDto })
  addRequestComment(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AddCommentRequest,
  ): Promise<CommentDto> {
    return this.requests.addComment(id, body);
  }
}
