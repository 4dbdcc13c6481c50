import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * One id per request, shared by the log lines, the problem details and the audit trail. A caller's
 * `X-Request-Id` is kept when it is safe to log; otherwise a new one is made.
 */
export function requestIdOf(request: IncomingMessage & { id?: unknown }): string {
  if (typeof request.id === 'string' && SAFE_ID.test(request.id)) return request.id;
  const header = request.headers['x-request-id'];
  const id = typeof header === 'string' && SAFE_ID.test(header) ? header : randomUUID();
  request.id = id;
  return id;
}
