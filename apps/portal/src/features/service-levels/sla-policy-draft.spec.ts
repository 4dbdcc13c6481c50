import { describe, expect, it } from 'vitest';
import { addThreshold, checkDraft, policyToDraft } from './sla-policy-draft';

const CALENDAR = '00000000-0000-4000-8000-0000000000c1';

describe('SLA policy drafts', () => {
  it('shows stored minutes as days of the calendar or hours, and reads them back unchanged', () => {
    const draft = policyToDraft(null, CALENDAR, 480);
    expect(draft.targets.low).toEqual({
      responseMinutes: '1d',
      resolutionMinutes: '5d',
      taskMinutes: '2d',
    });
    expect(draft.targets.critical.responseMinutes).toBe('30m');
    const checked = checkDraft({ ...draft, name: 'Standard' }, 480);
    expect(checked.problems).toEqual([]);
    expect(checked.targets?.low).toEqual({
      responseMinutes: 480,
      resolutionMinutes: 2400,
      taskMinutes: 960,
    });
  });

  it('leaves an empty task target out and points at unreadable or inconsistent targets', () => {
    const draft = policyToDraft(null, CALENDAR, 480);
    draft.name = 'Standard';
    draft.targets.high = { responseMinutes: '2d', resolutionMinutes: '4h', taskMinutes: '' };
    draft.targets.low.resolutionMinutes = '5';
    expect(checkDraft(draft, 480).problems).toEqual([
      { path: '/targets/low/resolutionMinutes', message: expect.stringMatching(/unit/) },
    ]);
    draft.targets.low.resolutionMinutes = '5d';
    const checked = checkDraft(draft, 480);
    expect(checked.targets?.high.taskMinutes).toBeNull();
    expect(checked.problems).toEqual([
      { path: '/targets/high/responseMinutes', message: expect.stringMatching(/cannot be longer/) },
    ]);
  });

  it('keeps warning thresholds sorted, unique and within 1-99', () => {
    expect(addThreshold([50, 75], 90)).toEqual([50, 75, 90]);
    expect(addThreshold([50, 75], 25)).toEqual([25, 50, 75]);
    expect(addThreshold([50, 75], 50)).toEqual([50, 75]);
    expect(addThreshold([50], 100)).toEqual([50]);
    expect(addThreshold([50], 12.5)).toEqual([50]);
  });
});
