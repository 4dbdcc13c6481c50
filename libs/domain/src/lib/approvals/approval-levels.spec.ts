import type { ApprovalLevel, ApproverSpec } from './approval-levels';
import { validatePolicyLevels } from './approval-levels';

const manager: ApproverSpec = { type: 'requester_manager' };
const alice: ApproverSpec = { type: 'user', userId: 'alice' };
const bob: ApproverSpec = { type: 'user', userId: 'bob' };

const validLevels: ApprovalLevel[] = [
  { name: 'Manager', approvers: [manager], rule: { kind: 'all' }, reminderIntervalHours: 24 },
  {
    name: 'IT',
    approvers: [{ type: 'team', teamId: 'it' }, { type: 'role', role: 'admin' }, alice],
    rule: { kind: 'percent', percent: 50 },
    timeoutHours: 72,
    timeoutAction: 'escalate',
  },
  { approvers: [{ type: 'cost_center_owner' }], rule: { kind: 'any' } },
];

/** The valid policy with one level replaced, for one problem at a time. */
const withLevel = (index: number, level: Partial<ApprovalLevel>): ApprovalLevel[] =>
  validLevels.map((l, i) => (i === index ? { ...l, ...level } : l));

describe('validatePolicyLevels', () => {
  it('accepts a well-formed policy, and a policy without levels', () => {
    expect(validatePolicyLevels(validLevels)).toEqual([]);
    expect(validatePolicyLevels([])).toEqual([]);
  });

  it('points at the percentage of the level that is out of range', () => {
    expect(validatePolicyLevels(withLevel(1, { rule: { kind: 'percent', percent: 0 } }))).toEqual([
      {
        path: '/levels/1/rule/percent',
        message: 'The percentage must be a whole number from 1 to 100.',
      },
    ]);
  });

  it('refuses a minimum above the named users, but not when a team may supply more', () => {
    const rule = { kind: 'min', minApprovals: 3 } as const;
    expect(validatePolicyLevels(withLevel(0, { approvers: [alice, bob], rule }))).toEqual([
      {
        path: '/levels/0/rule/minApprovals',
        message: 'The level needs 3 approvals but only 2 approvers are named.',
      },
    ]);
    const withTeam = [alice, { type: 'team', teamId: 'it' } as const];
    expect(validatePolicyLevels(withLevel(0, { approvers: withTeam, rule }))).toEqual([]);
  });

  it('refuses a level without approvers', () => {
    expect(validatePolicyLevels(withLevel(2, { approvers: [] }))).toEqual([
      { path: '/levels/2/approvers', message: 'A level needs at least one approver.' },
    ]);
  });

  it('points at each malformed or repeated approver', () => {
    const approvers = [
      alice,
      { type: 'user', userId: ' ' },
      { type: 'role', role: 'root' },
      { type: 'team', teamId: '' },
      { type: 'robot' },
      { type: 'user', userId: 'alice' },
    ] as unknown as ApproverSpec[];
    expect(validatePolicyLevels(withLevel(0, { approvers }))).toEqual([
      { path: '/levels/0/approvers/1/userId', message: 'Choose a user.' },
      {
        path: '/levels/0/approvers/2/role',
        message:
          'The role must be one of requester, approver, agent, change_manager, admin, auditor.',
      },
      { path: '/levels/0/approvers/3/teamId', message: 'Choose a team.' },
      {
        path: '/levels/0/approvers/4/type',
        message:
          'The approver type must be one of user, team, role, requester_manager, cost_center_owner.',
      },
      { path: '/levels/0/approvers/5', message: 'Repeats approver 0.' },
    ]);
  });

  it('requires a timeout and its action together', () => {
    expect(validatePolicyLevels(withLevel(0, { timeoutHours: 8 }))).toEqual([
      { path: '/levels/0/timeoutAction', message: 'Choose what happens when the timeout passes.' },
    ]);
    expect(validatePolicyLevels(withLevel(0, { timeoutAction: 'reject' }))).toEqual([
      { path: '/levels/0/timeoutHours', message: 'A timeout action needs a timeout.' },
    ]);
  });

  it('refuses hours that are not positive, and a blank name', () => {
    const level = {
      name: '  ',
      reminderIntervalHours: 0,
      timeoutHours: -1,
      timeoutAction: 'approve',
    } as const;
    expect(validatePolicyLevels(withLevel(0, level)).map((p) => p.path)).toEqual([
      '/levels/0/name',
      '/levels/0/reminderIntervalHours',
      '/levels/0/timeoutHours',
    ]);
  });

  it('puts paths under the given base, for policies stored under another key', () => {
    const problems = validatePolicyLevels(withLevel(1, { approvers: [] }), '/approvalLevels');
    expect(problems.map((p) => p.path)).toEqual(['/approvalLevels/1/approvers']);
  });
});
