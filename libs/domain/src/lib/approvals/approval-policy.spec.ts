import fc from 'fast-check';
import type { LevelDecisions } from './approval-policy';
import { evaluatePolicy } from './approval-policy';
import type { ApprovalRule } from './approval-rules';
import { evaluateLevel } from './approval-rules';

const rule: fc.Arbitrary<ApprovalRule> = fc.oneof(
  fc.constant({ kind: 'all' } as const),
  fc.constant({ kind: 'any' } as const),
  fc.integer({ min: 1, max: 6 }).map((minApprovals) => ({ kind: 'min', minApprovals }) as const),
  fc.integer({ min: 1, max: 100 }).map((percent) => ({ kind: 'percent', percent }) as const),
);
const levelDecisions: fc.Arbitrary<LevelDecisions> = fc.record({
  rule,
  decisions: fc.array(fc.constantFrom('approved', 'rejected', 'pending' as const), {
    maxLength: 6,
  }),
});
const policy = fc.array(levelDecisions, { maxLength: 5 });

describe('evaluatePolicy', () => {
  it('never reports a level active before every earlier level has passed', () => {
    fc.assert(
      fc.property(policy, (levels) => {
        const { outcome, activeLevel } = evaluatePolicy(levels);
        expect(activeLevel === null).toBe(outcome !== 'pending');
        if (activeLevel === null) return;
        for (const earlier of levels.slice(0, activeLevel)) {
          expect(evaluateLevel(earlier.rule, earlier.decisions)).toBe('passed');
        }
        expect(evaluateLevel(levels[activeLevel].rule, levels[activeLevel].decisions)).toBe(
          'pending',
        );
      }),
    );
  });

  it('approves only when every level passed, and rejects at the first failed level', () => {
    fc.assert(
      fc.property(policy, (levels) => {
        const outcomes = levels.map((l) => evaluateLevel(l.rule, l.decisions));
        const firstUnpassed = outcomes.findIndex((o) => o !== 'passed');
        const { outcome } = evaluatePolicy(levels);
        if (firstUnpassed === -1) expect(outcome).toBe('approved');
        else expect(outcome).toBe(outcomes[firstUnpassed] === 'failed' ? 'rejected' : 'pending');
      }),
    );
  });

  it('ignores decisions on a later level while an earlier one is pending', () => {
    const levels: LevelDecisions[] = [
      { rule: { kind: 'all' }, decisions: ['approved', 'pending'] },
      { rule: { kind: 'any' }, decisions: ['rejected'] },
    ];
    expect(evaluatePolicy(levels)).toEqual({ outcome: 'pending', activeLevel: 0 });
  });

  it('moves to the next level once a level passes', () => {
    const levels: LevelDecisions[] = [
      { rule: { kind: 'any' }, decisions: ['approved', 'not_required'] },
      { rule: { kind: 'min', minApprovals: 2 }, decisions: ['approved', 'pending', 'pending'] },
    ];
    expect(evaluatePolicy(levels)).toEqual({ outcome: 'pending', activeLevel: 1 });
  });

  it('approves a policy without levels at once', () => {
    expect(evaluatePolicy([])).toEqual({ outcome: 'approved', activeLevel: null });
  });
});
