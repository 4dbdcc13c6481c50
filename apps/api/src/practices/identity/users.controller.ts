import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
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
import { CreateUserRequest, UpdateUserRequest, UserDto, UserPage, UserQuery } from './dto/user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  /** People of the tenant, by name; filter by text, role and whether active. */
  @Get()
  @Authorize('users:read')
  @ApiOkResponse({ type: UserPage })
  listUsers(@Query() query: UserQuery): Promise<UserPage> {
    return this.users.list(query);
  }

  @Get(':id')
  @Authorize('users:read')
  @ApiOkResponse({ type: UserDto })
  @ApiNotFoundResponse({ type: Problem })
  getUser(@Param('id', ParseUUIDPipe) id: string): Promise<UserDto> {
    return this.users.get(id);
  }

  @IdempotentCreate()
  @Post()
  @Authorize('users:manage')
  @ApiCreatedResponse({ type: UserDto })
  createUser(@Body() body: CreateUserRequest): Promise<UserDto> {
    return this.users.create(body);
  }

  /** Changes a user; send the `version` you read (a stale one gets 409). */
  @Patch(':id')
  @Authorize('users:manage')
  @ApiOkResponse({ type: UserDto })
  @ApiNotFoundResponse({ type: Problem })
  @ApiConflictResponse({ type: Problem })
  updateUser(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateUserRequest,
  ): Promise<UserDto> {
    return this.users.update(id, body);
  }
}
