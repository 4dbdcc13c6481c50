import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Authorize } from '../../platform/auth/authorize.decorator';
import { Problem } from '../../platform/errors/problem';
import { IdempotentCreate } from '../../platform/idempotency/idempotent-create.decorator';
import {
  CreateSlaPolicyRequest,
  SlaPolicyDto,
  SlaPolicyList,
  UpdateSlaPolicyRequest,
} from './dto/sla-policy.dto';
import { SlaPoliciesService } from './sla-policies.service';

@ApiTags('service levels')
@Controller('sla/policies')
@Authorize('settings:manage')
export class SlaPoliciesController {
  constructor(private readonly policies: SlaPoliciesService) {}

  @Get()
  @ApiOkResponse({ type: SlaPolicyList })
  listSlaPolicies(): Promise<SlaPolicyList> {
    return this.policies.list();
  }

  @Get(':id')
  @ApiOkResponse({ type: SlaPolicyDto })
  @ApiNotFoundResponse({ type: Problem })
  getSlaPolicy(@Param('id', ParseUUIDPipe) id: string): Promise<SlaPolicyDto> {
    return this.policies.get(id);
  }

  @IdempotentCreate()
  @Post()
  @ApiCreatedResponse({ type: SlaPolicyDto })
  createSlaPolicy(@Body() body: CreateSlaPolicyRequest): Promise<SlaPolicyDto> {
    return this.policies.create(body);
  }

  /** New targets apply to timers started afterwards; running timers keep theirs. */
  @Patch(':id')
  @ApiOkResponse({ type: SlaPolicyDto })
  @ApiNotFoundResponse({ type: Problem })
  @ApiConflictResponse({ type: Problem })
  updateSlaPolicy(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateSlaPolicyRequest,
  ): Promise<SlaPolicyDto> {
    return this.policies.update(id, body);
  }
}
