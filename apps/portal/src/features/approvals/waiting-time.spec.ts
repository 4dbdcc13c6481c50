import { describe, expect, it } from 'vitest';
import { formatWaiting, isOverdue } from './waiting-time';

const NOW = new Date('2026-03-10T12:00:00Z');

describe('formatWaiting', () => {
  it('says minutes, hours and days as people say them', () => {
    expect(formatWaiting('2026-03-10T11:59:30Z', NOW)).toBe('Just now');
    expect(formatWaiting('2026-03-10T11:48:00Z', NOW)).toBe('12 min');
    expect(formatWaiting('2026-03-10T09:00:00Z', NOW)).toBe('3 h');
    expect(formatWaiting('2026-03-10T08:40:00Z', NOW)).toBe('3 h 20 min');
    expect(formatWaiting('2026-03-08T08:00:00Z', NOW)).toBe('2 d 4 h');
    expect(formatWaiting('2026-03-07T12:00:00Z', NOW)).toBe('3 d');
  });

  it('treats a time in the future or an unreadable one as just now', () => {
    expect(formatWaiting('2026-03-11T12:00:00Z', NOW)).toBe('Just now');
    expect(formatWaiting('not a date', NOW)).toBe('Just now');
  });
});

describe('isOverdue', () => {
  it('is overdue once the due time has passed, never without one', () => {
    expect(isOverdue('2026-03-10T11:00:00Z', NOW)).toBe(true);
    expect(isOverdue('2026-03-10T13:00:00Z', NOW)).toBe(false);
    expect(isOverdue(null, NOW)).toBe(false);
  });
});
