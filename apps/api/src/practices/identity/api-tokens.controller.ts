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
import { ApiTokensService } from './api-tokens.service';
import { ApiTokenList, CreateApiTokenRequest, CreatedApiToken } from './dto/api-token.dto';

@ApiTags('api-tokens')
@Controller('api-tokens')
export class ApiTokensController {
  constructor(private readonly tokens: ApiTokensService) {}

  @Get()
  @Authorize('api-tokens:manage')
  @ApiOkResponse({ type: ApiTokenList })
  listApiTokens(): Promise<ApiTokenList> {
    return this.tokens.list();
  }

  /** Creates a token for a third party; the token is in this response only. */
  @Post()
  @Authorize('api-tokens:manage')
  @ApiCreatedResponse({ type: CreatedApiToken })
  createApiToken(@Body() body: CreateApiTokenRequest): Promise<CreatedApiToken> {
    return this.tokens.create(body);
  }

  @Delete(':id')
  @Authorize('api-tokens:manage')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: Problem })
  async revokeApiToken(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.tokens.revoke(id);
  }
}
