import { IdempotentCreate } from '../../platform/idempotency/idempotent-create.decorator';
import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Authorize } from '../../platform/auth/authorize.decorator';
import { Problem } from '../../platform/errors/problem';
import { CostCentersService } from './cost-centers.service';
import {
  CostCenterDto,
  CostCenterPage,
  CostCenterQuery,
  CreateCostCenterRequest,
  UpdateCostCenterRequest,
} from './dto/cost-center.dto';

// Reads need `requests:create`, not an admin permission: requesters pick a cost centre to charge
// when they order.
@ApiTags('cost-centers')
@Controller('cost-centers')
export class CostCentersController {
  constructor(private readonly costCenters: CostCentersService) {}

  /** Cost centres by code, with budget, committed, spent and available amounts. */
  @Get()
  @Authorize('requests:create')
  @ApiOkResponse({ type: CostCenterPage })
  listCostCenters(@Query() query: CostCenterQuery): Promise<CostCenterPage> {
    return this.costCenters.list(query);
  }

  @Get(':id')
  @Authorize('requests:create')
  @ApiOkResponse({ type: CostCenterDto })
  @ApiNotFoundResponse({ type: Problem })
  getCostCenter(@Param('id', ParseUUIDPipe) id: string): Promise<CostCenterDto> {
    return this.costCenters.get(id);
  }

  @Post()
  @Authorize('catalog:manage')
  @IdempotentCreate()
  @ApiCreatedResponse({ type: CostCenterDto })
  createCostCenter(@Body() body: CreateCostCenterRequest): Promise<CostCenterDto> {
    return this.costCenters.create(body);
  }

  /** Changes a cost centre; send the `version` you read (a stale one gets 409). */
  @Patch(':id')
  @Authorize('catalog:manage')
  @ApiOkResponse({ type: CostCenterDto })
  @ApiNotFoundResponse({ type: Problem })
  @ApiConflictResponse({ type: Problem })
  updateCostCenter(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateCostCenterRequest,
  ): Promise<CostCenterDto> {
    return this.costCenters.update(id, body);
  }
}
