import { applyDecorators, SetMetadata } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtension,
  ApiForbiddenResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Permission } from '@trellis/domain';
import { Problem } from '../errors/problem';

export const REQUIRED_PERMISSION = 'trellis:permission';

/**
 * The one statement of who may call a route: authentication always, plus a permission when
 * given. It documents both in the OpenAPI document (`x-permission`, 401/403 responses).
 */
export function Authorize(permission?: Permission): MethodDecorator & ClassDecorator {
  const decorators = [
    SetMetadata(REQUIRED_PERMISSION, permission ?? null),
    ApiBearerAuth('bearer'),
    ApiUnauthorizedResponse({
      description: 'Missing, expired or invalid credentials',
      type: Problem,
    }),
  ];
  if (permission) {
    decorators.push(
      ApiExtension('x-permission', permission),
      ApiForbiddenResponse({
        description: `Requires the \`${permission}\` permission`,
        type: Problem,
      }),
    );
  }
  return applyDecorators(...decorators);
}
