import { describe, expect, it } from 'vitest';
import { intervalFor, windowStart } from './dashboard-window';
import { formatMinutes, formatPercent, formatRating } from './metric-format';

describe('metric formats', () => {
  it('says durations in the unit that reads best', () => {
    expect(formatMinutes(null)).toBe('—');
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(210)).toBe('3.5 h');
    expect(formatMinutes(3 * 24 * 60)).toBe('3 days');
  });

  it('says percentages and ratings with one decimal, and nothing as a dash', () => {
    expect(formatPercent(66.66)).toBe('66.7%');
    expect(formatPercent(null)).toBe('—');
    expect(formatRating(4.5)).toBe('4.5 / 5');
  });
});

describe('dashboard window', () => {
  it('starts on the hour so the query stays cached while the page is open', () => {
    const now = Date.parse('2026-03-10T14:37:12Z');
    expect(windowStart(7, now)).toBe('2026-03-03T14:00:00.000Z');
    expect(windowStart(7, now + 60_000)).toBe(windowStart(7, now));
  });

  it('charts days for a month and weeks beyond', () => {
    expect(intervalFor(30)).toBe('day');
    expect(intervalFor(90)).toBe('week');
  });
});
