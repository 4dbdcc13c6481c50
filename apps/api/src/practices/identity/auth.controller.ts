import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Authorize } from '../../platform/auth/authorize.decorator';
import { CurrentPrincipal } from '../../platform/auth/current-principal.decorator';
import { Public } from '../../platform/auth/public.decorator';
import { Problem } from '../../platform/errors/problem';
import type { Principal } from '../../platform/tenancy/request-context';
import { TenantDb } from '../../platform/tenancy/tenant-db';
import { AuthService } from './auth.service';
import { LoginRequest, Me, RefreshRequest, TokenPair } from './dto/auth.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly db: TenantDb,
  ) {}

  /** Signs in with tenant, email and password; five failures lock the account for a while. */
  @Post('login')
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPair })
  @ApiUnauthorizedResponse({ type: Problem, description: 'Wrong credentials or a locked account' })
  @ApiTooManyRequestsResponse({ type: Problem })
  login(@Body() body: LoginRequest): Promise<TokenPair> {
    return this.auth.login(body);
  }

  /** Exchanges a refresh token for a new pair; a token used twice revokes its whole family. */
  @Post('refresh')
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPair })
  @ApiUnauthorizedResponse({ type: Problem })
  @ApiTooManyRequestsResponse({ type: Problem })
  refresh(@Body() body: RefreshRequest): Promise<TokenPair> {
    return this.auth.refresh(body.refreshToken);
  }

  /** Ends the sign-in the refresh token belongs to. */
  @Post('logout')
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(204)
  @ApiNoContentResponse()
  async logout(@Body() body: RefreshRequest): Promise<void> {
    await this.auth.logout(body.refreshToken);
  }

  /** The caller: profile, roles, permissions and tenant. */
  @Get('me')
  @Authorize()
  @ApiOkResponse({ type: Me })
  getMe(@CurrentPrincipal() principal: Principal): Promise<Me> {
    return this.auth.me(principal, this.db.manager);
  }
}
