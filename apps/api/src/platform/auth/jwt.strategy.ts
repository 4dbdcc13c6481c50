import { createSecretKey } from 'node:crypto';
import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { normalizeRoles } from '@trellis/domain';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config';
import type { Principal } from '../tenancy/request-context';

export interface AccessTokenClaims {
  sub: string;
  tid: string;
  roles: string[];
  iat: number;
  exp: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Access tokens: HS256 only (the allow-list refuses `none` and algorithm confusion), issuer and
 * audience checked, expiry required.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject made once. Given the secret as a string, jsonwebtoken first tries it as a
      // public key on every verify, which throws and is caught: 7% of the API's CPU under load
      // (bench/README.md). passport-jwt passes the key through untouched; its types predate
      // KeyObject.
      secretOrKey: createSecretKey(Buffer.from(config.JWT_SECRET)) as unknown as Buffer,
      algorithms: ['HS256'],
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      ignoreExpiration: false,
      jsonWebTokenOptions: { maxAge: `${config.ACCESS_TOKEN_TTL_SECONDS + 60}s` },
    });
  }

  validate(claims: Partial<AccessTokenClaims>): Principal {
    if (
      typeof claims.sub !== 'string' ||
      !UUID.test(claims.sub) ||
      typeof claims.tid !== 'string' ||
      !UUID.test(claims.tid) ||
      typeof claims.exp !== 'number' ||
      !Array.isArray(claims.roles)
    ) {
      throw new UnauthorizedException('Malformed access token');
    }
    return {
      kind: 'user',
      tenantId: claims.tid,
      userId: claims.sub,
      tokenId: null,
      roles: normalizeRoles(claims.roles),
    };
  }
}
