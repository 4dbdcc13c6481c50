import { describe, expect, it } from 'vitest';
import type { SlaTimer } from './sla-timers';
import { formatBusinessMinutes, timerStanding } from './sla-timers';

function timer(overrides: Partial<SlaTimer>): SlaTimer {
  return {
    id: 't',
    kind: 'resolution',
    taskId: null,
    policyId: 'p',
    priority: 'high',
    stage: 'running',
    targetMinutes: 480,
    elapsedMinutes: 100,
    remainingMinutes: 380,
    pausedMinutes: 0,
    startedAt: '2026-03-01T09:00:00Z',
    dueAt: '2026-03-02T09:00:00Z',
    breachedAt: null,
    stoppedAt: null,
    ...overrides,
  };
}

describe('formatBusinessMinutes', () => {
  it('says hours and minutes', () => {
    expect(formatBusinessMinutes(45)).toBe('45 min');
    expect(formatBusinessMinutes(180)).toBe('3 h');
    expect(formatBusinessMinutes(1570)).toBe('26 h 10 min');
    expect(formatBusinessMinutes(-90)).toBe('1 h 30 min');
  });
});

describe('timerStanding', () => {
  it('says how much business time is left, or how late it is', () => {
    expect(timerStanding(timer({}))).toBe('6 h 20 min of business time left');
    expect(timerStanding(timer({ remainingMinutes: -30 }))).toBe(
      'Overdue by 30 min of business time',
    );
    expect(timerStanding(timer({ stage: 'paused', remainingMinutes: 60 }))).toBe(
      '1 h of business time left (paused)',
    );
  });

  it('says how a stopped timer ended', () => {
    expect(timerStanding(timer({ stage: 'met' }))).toBe('Met the target');
    expect(timerStanding(timer({ stage: 'breached' }))).toBe('Missed the target');
    expect(timerStanding(timer({ stage: 'cancelled' }))).toBe('No longer counted');
  });
});
