import { ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Permission } from '@trellis/domain';
import { can } from '@trellis/domain';
import { ClsService } from 'nestjs-cls';
import type { Principal } from '../tenancy/request-context';
import { REQUIRED_PERMISSION } from './authorize.decorator';
import { IS_PUBLIC } from './public.decorator';

/**
 * The global guard: every route needs a valid access token or API token unless it is marked
 * `@Public()`, and the permission named by `@Authorize(...)` when there is one. Establishes the
 * principal in the request context, from which the tenant transaction takes its tenant.
 */
@Injectable()
export class AuthenticationGuard extends AuthGuard(['jwt', 'api-token']) {
  constructor(
    private readonly reflector: Reflector,
    private readonly cls: ClsService,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    await super.canActivate(context);
    const principal = context.switchToHttp().getRequest<{ user?: Principal }>().user;
    if (!principal) throw new UnauthorizedException();
    this.cls.set('principal', principal);

    const permission = this.reflector.getAllAndOverride<Permission | null | undefined>(
      REQUIRED_PERMISSION,
      targets,
    );
    if (permission && !can(principal.roles, permission)) {
      throw new ForbiddenException(`This requires the ${permission} permission`);
    }
    return true;
  }

  override handleRequest<T>(error: unknown, principal: T): T {
    if (error instanceof UnauthorizedException) throw error;
    if (error || !principal) {
      throw new UnauthorizedException('A valid access token or API token is required');
    }
    return principal;
  }
}
