import { Injectable, UnprocessableEntityException, BadRequestException } from '@nestjs/common';
import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { createHash } from 'node:crypto';
import { from, Observable, of } from 'rxjs';
import { mergeMap } from 'rxjs/operators';
import { actorIdOf } from '../tenancy/request-context';
import { TenantDb } from '../tenancy/tenant-db';

const KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,128}$/;
const RETENTION_HOURS = 24;

interface StoredOutcome {
  request_fingerprint: string;
  status_code: number | null;
  response_body: unknown;
}

/**
 * `Idempotency-Key` on creates (DESIGN.md section 3). The key is claimed with an insert in the
 * request's own transaction: a concurrent retry blocks on the key's unique index until the first
 * attempt commits (then replays its outcome) or rolls back (then runs itself). The same key with
 * a different request is refused with 422. Keys live 24 hours.
 */
@Injectable()
export class IdempotentInterceptor implements NestInterceptor {
  constructor(private readonly db: TenantDb) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const header = request.headers['idempotency-key'];
    if (header === undefined) return next.handle();
    if (typeof header !== 'string' || !KEY_PATTERN.test(header)) {
      throw new BadRequestException(
        'Idempotency-Key must be 8-128 characters of letters, digits and . _ : -',
      );
    }
    const fingerprint = createHash('sha256')
      .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
      .digest('hex');

    // Keys belong to the caller: another user (or token) reusing a key gets their own outcome.
    const principal = this.db.principal;
    // The status Nest will answer with (set after interceptors run): the route's @HttpCode or 201.
    const status =
      (Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) as number | undefined) ?? 201;
    const key = `${actorIdOf(principal) ?? principal.userId}:${header}`;
    return from(this.claim(key, fingerprint)).pipe(
      mergeMap((stored) => {
        if (stored) {
          if (stored.request_fingerprint !== fingerprint) {
            throw new UnprocessableEntityException(
              'This Idempotency-Key was used with a different request',
            );
          }
          void reply.header('idempotent-replayed', 'true');
          return of(stored.response_body);
        }
        return next.handle().pipe(
          mergeMap(async (body: unknown) => {
            await this.db.manager.query(
              `UPDATE idempotency_keys SET status_code = $3, response_body = $4 WHERE tenant_id = $1 AND key = $2`,
              [this.db.tenantId, key, status, JSON.stringify(body ?? null)],
            );
            return body;
          }),
        );
      }),
    );
  }

  /** Claims the key, or returns the outcome stored under it by an earlier attempt. */
  private async claim(key: string, fingerprint: string): Promise<StoredOutcome | null> {
    const m = this.db.manager;
    await m.query(
      `DELETE FROM idempotency_keys WHERE tenant_id = $1 AND key = $2 AND expires_at < now()`,
      [this.db.tenantId, key],
    );
    const claimed: unknown[] = await m.query(
      `INSERT INTO idempotency_keys (tenant_id, key, request_fingerprint, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(hours => $4))
       ON CONFLICT (tenant_id, key) DO NOTHING RETURNING key`,
      [this.db.tenantId, key, fingerprint, RETENTION_HOURS],
    );
    if (claimed.length) return null;
    const [stored]: StoredOutcome[] = await m.query(
      `SELECT request_fingerprint, status_code, response_body FROM idempotency_keys WHERE tenant_id = $1 AND key = $2`,
      [this.db.tenantId, key],
    );
    return stored ?? null;
  }
}
