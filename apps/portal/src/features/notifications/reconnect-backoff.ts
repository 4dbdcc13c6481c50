export interface BackoffOptions {
  /** The first wait, in ms. */
  baseMs: number;
  /** The longest wait, in ms. */
  maxMs: number;
}

export const STREAM_BACKOFF: BackoffOptions = { baseMs: 1_000, maxMs: 30_000 };

/**
 * How long to wait before reconnection attempt `attempt` (0 for the first): doubling from
 * `baseMs` up to `maxMs`, with "equal jitter" (half fixed, half random) so that every tab of
 * every user does not reconnect in the same second after a server restart.
 */
export function backoffDelay(
  attempt: number,
  options: BackoffOptions = STREAM_BACKOFF,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, attempt));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
