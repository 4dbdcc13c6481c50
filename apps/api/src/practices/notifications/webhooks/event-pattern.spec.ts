import { EVENT_PATTERN, matchesEventType } from './event-pattern';

describe('webhook event patterns', () => {
  it('matches everything with *, a family with request.*, and exact types', () => {
    expect(matchesEventType(['*'], 'sla.breached')).toBe(true);
    expect(matchesEventType(['request.*'], 'request.approved')).toBe(true);
    expect(matchesEventType(['request.*'], 'requests.approved')).toBe(false);
    expect(matchesEventType(['request.*'], 'approval.requested')).toBe(false);
    expect(matchesEventType(['task.assigned'], 'task.assigned')).toBe(true);
    expect(matchesEventType(['task.assigned'], 'task.created')).toBe(false);
    expect(matchesEventType([], 'task.created')).toBe(false);
  });

  it('accepts only well-formed patterns', () => {
    for (const ok of ['*', 'request.*', 'sla.breached', 'cost_center.budget_threshold_reached'])
      expect(EVENT_PATTERN.test(ok)).toBe(true);
    for (const bad of ['', '**', 'request*', '.x', 'a..b', 'Request.*', 'a.*.b'])
      expect(EVENT_PATTERN.test(bad)).toBe(false);
  });
});
