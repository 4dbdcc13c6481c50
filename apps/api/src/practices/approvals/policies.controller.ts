import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { IdempotentCreate } from '../../platform/idempotency/idempotent-create.decorator';
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
  ApprovalPolicyDto,
  ApprovalPolicyList,
  CreateApprovalPolicyRequest,
  UpdateApprovalPolicyRequest,
} from './dto/policy.dto';
import { PoliciesService } from './policies.service';

@ApiTags('approvals')
@Controller('approval-policies')
@Authorize('catalog:manage')
export class PoliciesController {
  constructor(private readonly policies: PoliciesService) {}

  @Get()
  @ApiOkResponse({ type: ApprovalPolicyList })
  listApprovalPolicies(): Promise<ApprovalPolicyList> {
    return this.policies.list();
  }

  @Get(':id')
  @ApiOkResponse({ type: ApprovalPolicyDto })
  @ApiNotFoundResponse({ type: Problem })
  getApprovalPolicy(@Param('id', ParseUUIDPipe) id: string): Promise<ApprovalPolicyDto> {
    return this.policies.get(id);
  }

  @IdempotentCreate()
  @Post()
  @ApiCreatedResponse({ type: ApprovalPolicyDto })
  createApprovalPolicy(@Body() body: CreateApprovalPolicyRequest): Promise<ApprovalPolicyDto> {
    return this.policies.create(body);
  }

  /** Changes apply to requests submitted afterwards; requests in flight keep their snapshot. */
  @Patch(':id')
  @ApiOkResponse({ type: ApprovalPolicyDto })
  @ApiNotFoundResponse({ type: Problem })
  @ApiConflictResponse({ type: Problem })
  updateApprovalPolicy(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateApprovalPolicyRequest,
  ): Promise<ApprovalPolicyDto> {
    return this.policies.update(id, body);
  }
}
