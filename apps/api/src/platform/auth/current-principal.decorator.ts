import { createParamDecorator, UnauthorizedException } from '@nestjs/common';
import { ClsServiceManager } from 'nestjs-cls';
import type { Principal } from '../tenancy/request-context';

/** The authenticated caller, as the global guard established it. */
export const CurrentPrincipal = createParamDecorator((): Principal => {
  const principal = ClsServiceManager.getClsService().get<Principal | undefined>('principal');
  if (!principal) throw new UnauthorizedException();
  return principal;
});
