/** Attempts per event, email and webhook delivery; after the last the row is kept as failed. */
export const MAX_ATTEMPTS = 8;

const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 60 * 60_000;

/**
 * Exponential backoff after the `attempts`-th failure: 30 s, 1 min, 2 min ... capped at one hour,
 * so a receiver that is down for a while is not hammered and one that comes back is soon served.
 */
export function retryDelayMs(attempts: number): number {
  const exponent = Math.max(0, attempts - 1);
  return Math.min(BASE_DELAY_MS * 2 ** Math.min(exponent, 20), MAX_DELAY_MS);
}

/** Short, single-line error text for the delivery log (never a stack trace). */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const cause =
    error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${text}${cause}`.replace(/\s+/g, ' ').slice(0, 500);
}
