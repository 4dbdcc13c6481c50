import { IdempotentCreate } from '../../platform/idempotency/idempotent-create.decorator';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Authorize } from '../../platform/auth/authorize.decorator';
import { Problem } from '../../platform/errors/problem';
import { DelegationsService } from './delegations.service';
import { CreateDelegationRequest, DelegationDto, DelegationList } from './dto/delegation.dto';

@ApiTags('approvals')
@Controller('approval-delegations')
@Authorize('approvals:decide')
export class DelegationsController {
  constructor(private readonly delegations: DelegationsService) {}

  /** Delegations you gave and received. */
  @Get()
  @ApiOkResponse({ type: DelegationList })
  listDelegations(): Promise<DelegationList> {
    return this.delegations.list();
  }

  /** Routes your new approvals to the delegate between the two instants. */
  @IdempotentCreate()
  @Post()
  @ApiCreatedResponse({ type: DelegationDto })
  createDelegation(@Body() body: CreateDelegationRequest): Promise<DelegationDto> {
    return this.delegations.create(body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: Problem })
  async revokeDelegation(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.delegations.revoke(id);
  }
}
