import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-custom';
import { ApiTokenAuthenticator } from './api-token.authenticator';
import type { Principal } from '../tenancy/request-context';

/** Third-party API tokens: `Authorization: Bearer trl_...`. */
@Injectable()
export class ApiTokenStrategy extends PassportStrategy(Strategy, 'api-token') {
  constructor(private readonly authenticator: ApiTokenAuthenticator) {
    super();
  }

  async validate(request: FastifyRequest): Promise<Principal | false> {
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(trl_\S+)$/i.exec(header);
    if (!match) return false;
    return (await this.authenticator.authenticate(match[1])) ?? false;
  }
}
