import { Catch, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ClsServiceManager } from 'nestjs-cls';
import type { Problem } from './problem';
import { PROBLEM_CONTENT_TYPE, problemTitle, problemType } from './problem';
import { RequestValidationException } from './validation-errors';

/** PostgreSQL errors a client can provoke with well-formed input; anything else is our fault. */
const PG_CLIENT_ERRORS: Record<string, { status: number; detail: string }> = {
  '23505': { status: 409, detail: 'A record with the same unique value already exists' },
  '23503': { status: 409, detail: 'A referenced record does not exist or is still referenced' },
  '40001': { status: 409, detail: 'A concurrent change conflicted with this one; try again' },
  '40P01': { status: 409, detail: 'A concurrent change conflicted with this one; try again' },
  '22P02': { status: 400, detail: 'A value has the wrong format' },
  '22007': { status: 400, detail: 'A date or time has the wrong format' },
  '22008': { status: 400, detail: 'A date or time is out of range' },
};

/**
 * Turns every error into RFC 9457 problem details. Unknown errors become a 500 whose detail
 * reveals nothing; the full error goes to the log with the request id.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const problem = this.toProblem(exception, request);
    if (problem.status >= 500) {
      this.logger.error({ err: exception, requestId: problem.requestId }, 'Unhandled error');
    }
    void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
  }

  toProblem(exception: unknown, request: FastifyRequest): Problem {
    const requestId = ClsServiceManager.getClsService().getId() ?? String(request.id);
    const instance = request.url?.split('?')[0];
    if (exception instanceof RequestValidationException) {
      return {
        type: problemType(400, 'validation'),
        title: 'Validation failed',
        status: 400,
        detail: 'The request has invalid fields; see errors',
        errors: exception.fieldErrors,
        instance,
        requestId,
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return {
        type: problemType(status),
        title: problemTitle(status),
        status,
        detail: detailOf(exception),
        instance,
        requestId,
      };
    }
    const fastifyStatus = clientStatusOf(exception);
    if (fastifyStatus) {
      return {
        type: problemType(fastifyStatus),
        title: problemTitle(fastifyStatus),
        status: fastifyStatus,
        detail: (exception as Error).message,
        instance,
        requestId,
      };
    }
    const pg = pgClientError(exception);
    if (pg) {
      return {
        type: problemType(pg.status),
        title: problemTitle(pg.status),
        status: pg.status,
        detail: pg.detail,
        instance,
        requestId,
      };
    }
    return {
      type: problemType(HttpStatus.INTERNAL_SERVER_ERROR),
      title: problemTitle(500),
      status: 500,
      detail: 'Something went wrong on our side; the request id helps us find it',
      instance,
      requestId,
    };
  }
}

function detailOf(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  if (typeof message === 'string') return message;
  return exception.message;
}

/** Fastify's own 4xx errors (malformed JSON, body too large, bad content type) keep their status. */
function clientStatusOf(exception: unknown): number | undefined {
  const status = (exception as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

function pgClientError(exception: unknown): { status: number; detail: string } | undefined {
  const code =
    (exception as { driverError?: { code?: string }; code?: string } | null)?.driverError?.code ??
    (exception as { code?: string } | null)?.code;
  return code ? PG_CLIENT_ERRORS[code] : undefined;
}
