import { describe, expect, it } from 'vitest';
import { backoffDelay } from './reconnect-backoff';

const options = { baseMs: 1_000, maxMs: 30_000 };

describe('backoffDelay', () => {
  it('doubles the wait per attempt up to the maximum', () => {
    const ceilings = [0, 1, 2, 3, 4, 5, 6, 10].map((attempt) =>
      backoffDelay(attempt, options, () => 1),
    );
    expect(ceilings).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });

  it('waits at least half the ceiling, whatever the jitter', () => {
    expect(backoffDelay(3, options, () => 0)).toBe(4_000);
    expect(backoffDelay(3, options, () => 0.5)).toBe(6_000);
  });
});
