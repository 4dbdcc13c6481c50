import { applyDecorators, UseInterceptors } from '@nestjs/common';
import { ApiHeader, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Problem } from '../errors/problem';
import { IdempotentInterceptor } from './idempotent.interceptor';

/**
 * A create that honours `Idempotency-Key`: the first outcome is kept for 24 hours and replayed to
 * retries; the same key with a different body is refused with 422. Not for responses that carry
 * a secret (API tokens): the stored outcome would keep a copy of it.
 */
export const IdempotentCreate = (): MethodDecorator =>
  applyDecorators(
    UseInterceptors(IdempotentInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'Retries with the same key get the first outcome',
    }),
    ApiUnprocessableEntityResponse({
      type: Problem,
      description: 'The Idempotency-Key was used with another body',
    }),
  );
