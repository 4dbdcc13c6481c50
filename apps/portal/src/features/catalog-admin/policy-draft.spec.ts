import { validatePolicyLevels } from '@trellis/domain';
import { describe, expect, it } from 'vitest';
import { asDomainLevels, draftToLevels, newLevel, policyToDraft } from './policy-draft';

describe('policy drafts', () => {
  it('send only what each rule and approver kind uses', () => {
    const level = {
      ...newLevel(),
      name: ' Finance ',
      ruleKind: 'percent' as const,
      percent: '60',
      minApprovals: '3',
      timeoutHours: '48',
      timeoutAction: 'escalate' as const,
      approvers: [
        { ...newLevel().approvers[0], type: 'team' as const, teamId: 'team-1', userId: 'stale' },
        { ...newLevel().approvers[0], type: 'cost_center_owner' as const },
      ],
    };
    expect(draftToLevels([level])).toEqual([
      {
        name: 'Finance',
        approvers: [{ type: 'team', teamId: 'team-1' }, { type: 'cost_center_owner' }],
        rule: { kind: 'percent', percent: 60 },
        timeoutHours: 48,
        timeoutAction: 'escalate',
      },
    ]);
  });

  it('give back a stored policy unchanged', () => {
    const levels = [
      {
        name: 'Manager',
        approvers: [{ type: 'requester_manager' as const }],
        rule: { kind: 'min' as const, minApprovals: 1 },
        reminderIntervalHours: 24,
      },
    ];
    const draft = policyToDraft({
      id: 'p',
      name: 'P',
      description: '',
      levels,
      updatedAt: '2026-01-01T00:00:00Z',
      version: 1,
    });
    expect(draftToLevels(draft.levels)).toEqual(levels);
  });

  it('let the domain rules point at the field to fix', () => {
    const level = { ...newLevel(), reminderIntervalHours: '-1', timeoutAction: 'reject' as const };
    expect(validatePolicyLevels(asDomainLevels(draftToLevels([level])))).toEqual([
      {
        path: '/levels/0/reminderIntervalHours',
        message: 'The reminder interval must be a positive number of hours.',
      },
      { path: '/levels/0/timeoutHours', message: 'A timeout action needs a timeout.' },
    ]);
  });
});
