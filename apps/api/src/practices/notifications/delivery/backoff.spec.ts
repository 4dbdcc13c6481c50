import { describeError, retryDelayMs } from './backoff';

describe('retry backoff', () => {
  it('doubles from 30 seconds after each failure', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
  });

  it('never waits more than an hour, however many attempts failed', () => {
    expect(retryDelayMs(8)).toBe(60 * 60_000);
    expect(retryDelayMs(10_000)).toBe(60 * 60_000);
  });

  it('keeps errors to one short line', () => {
    const error = new Error('connect\nrefused', { cause: new Error('ECONNREFUSED') });
    expect(describeError(error)).toBe('Error: connect refused (ECONNREFUSED)');
    expect(describeError('x'.repeat(2000))).toHaveLength(500);
  });
});
