import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authorize } from '../../platform/auth/authorize.decorator';
import { Problem } from '../../platform/errors/problem';
import { ApprovalsService } from './approvals.service';
import {
  ApprovalPage,
  ApprovalQuery,
  ApprovalQueueItemDto,
  ApproveRequest,
  BulkDecisionRequest,
  BulkDecisionResult,
  RejectRequest,
} from './dto/approval.dto';

@ApiTags('approvals')
@Controller('approvals')
export class ApprovalsController {
  constructor(private readonly approvals: ApprovalsService) {}

  /** Your approvals queue (including approvals delegated to you); `status` defaults to pending. */
  @Get()
  @Authorize('approvals:decide')
  @ApiOkResponse({ type: ApprovalPage })
  listApprovals(@Query() query: ApprovalQuery): Promise<ApprovalPage> {
    return this.approvals.queue(query);
  }

  /** Decides many at once; each id gets its own outcome, and one failure does not undo the rest. */
  @Post('bulk')
  @Authorize('approvals:decide')
  @HttpCode(200)
  @ApiOkResponse({ type: BulkDecisionResult })
  decideApprovalsInBulk(@Body() body: BulkDecisionRequest): Promise<BulkDecisionResult> {
    return this.approvals.bulk(body);
  }

  @Get(':id')
  @Authorize()
  @ApiOkResponse({ type: ApprovalQueueItemDto })
  @ApiNotFoundResponse({ type: Problem })
  getApproval(@Param('id', ParseUUIDPipe) id: string): Promise<ApprovalQueueItemDto> {
    return this.approvals.get(id);
  }

  @Post(':id/approve')
  @Authorize('approvals:decide')
  @HttpCode(200)
  @ApiOkResponse({ type: ApprovalQueueItemDto })
  @ApiNotFoundResponse({ type: Problem })
  @ApiConflictResponse({ type: Problem, description: 'Already decided, or the request moved on' })
  approveApproval(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ApproveRequest,
  ): Promise<ApprovalQueueItemDto> {
    return this.approvals.approve(id, body.comment, body.version);
  }

  /** Rejects; a comment saying why is required. */
  @Post(':id/reject')
  @Authorize('approvals:decide')
  @HttpCode(200)
  @ApiOkResponse({ type: ApprovalQueueItemDto })
  @ApiNotFoundResponse({ type: Problem })
  @ApiConflictResponse({ type: Problem })
  rejectApproval(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RejectRequest,
  ): Promise<ApprovalQueueItemDto> {
    return this.approvals.reject(id, body.comment, body.version);
  }
}
