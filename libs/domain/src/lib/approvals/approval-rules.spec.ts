import fc from 'fast-check';
import type { ApprovalDecision, ApprovalRule } from './approval-rules';
import { evaluateLevel, requiredApprovals, validateRule } from './approval-rules';

type Vote = 'approved' | 'rejected' | 'pending';

const vote = fc.constantFrom<Vote>('approved', 'rejected', 'pending');
const decisions = fc.array(vote, { minLength: 1, maxLength: 20 });
const rule: fc.Arbitrary<ApprovalRule> = fc.oneof(
  fc.constant({ kind: 'all' } as const),
  fc.constant({ kind: 'any' } as const),
  fc.integer({ min: 1, max: 25 }).map((minApprovals) => ({ kind: 'min', minApprovals }) as const),
  fc.integer({ min: 1, max: 100 }).map((percent) => ({ kind: 'percent', percent }) as const),
);

const count = (list: readonly ApprovalDecision[], value: ApprovalDecision) =>
  list.filter((d) => d === value).length;
/** `approvals` approved, the rest of `size` pending. */
const level = (approvals: number, size: number): Vote[] =>
  Array.from({ length: size }, (_, i) => (i < approvals ? 'approved' : 'pending'));

describe('evaluateLevel', () => {
  it('does not depend on the order of decisions', () => {
    fc.assert(
      fc.property(
        rule,
        decisions.chain((list) =>
          fc.tuple(
            fc.constant(list),
            fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
          ),
        ),
        (r, [list, shuffled]) => {
          expect(evaluateLevel(r, shuffled)).toBe(evaluateLevel(r, list));
        },
      ),
    );
  });

  it('fails an `all` level on its first rejection, whatever else has been decided', () => {
    fc.assert(
      fc.property(decisions, fc.nat(), (list, at) => {
        const withoutRejections: Vote[] = list.map((d) => (d === 'rejected' ? 'pending' : d));
        const rejected = [...withoutRejections];
        rejected[at % rejected.length] = 'rejected';
        expect(evaluateLevel({ kind: 'all' }, rejected)).toBe('failed');
        const outcome = evaluateLevel({ kind: 'all' }, withoutRejections);
        expect(outcome).toBe(withoutRejections.includes('pending') ? 'pending' : 'passed');
      }),
    );
  });

  it('passes a `min` level exactly at its threshold: one approval fewer is not passed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.nat(10), (minApprovals, extra) => {
        const size = minApprovals + extra;
        const r: ApprovalRule = { kind: 'min', minApprovals };
        expect(evaluateLevel(r, level(minApprovals, size))).toBe('passed');
        expect(evaluateLevel(r, level(minApprovals - 1, size))).toBe('pending');
      }),
    );
  });

  it('passes a `percent` level exactly when approvals reach the share: one fewer is not passed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 40 }),
        (percent, size) => {
          // The threshold from its definition: the fewest approvals a with a / size >= percent / 100.
          let threshold = 0;
          while (threshold * 100 < percent * size) threshold += 1;
          const r: ApprovalRule = { kind: 'percent', percent };
          expect(requiredApprovals(r, size)).toBe(threshold);
          expect(evaluateLevel(r, level(threshold, size))).toBe('passed');
          expect(evaluateLevel(r, level(threshold - 1, size))).toBe('pending');
        },
      ),
    );
  });

  it('never changes its outcome once passed or failed, as pending approvers decide', () => {
    fc.assert(
      fc.property(
        rule,
        decisions,
        fc.array(fc.boolean(), { maxLength: 20 }),
        (r, start, verdicts) => {
          let current = [...start];
          let settled = evaluateLevel(r, current);
          for (const approve of verdicts) {
            const next = current.indexOf('pending');
            if (next === -1) break;
            current = current.with(next, approve ? 'approved' : 'rejected');
            const outcome = evaluateLevel(r, current);
            if (settled !== 'pending') expect(outcome).toBe(settled);
            settled = outcome;
          }
        },
      ),
    );
  });

  it('passes exactly with enough approvals and fails exactly when they are out of reach', () => {
    fc.assert(
      fc.property(rule, decisions, (r, list) => {
        const required = requiredApprovals(r, list.length);
        const approvals = count(list, 'approved');
        const reachable = approvals + count(list, 'pending');
        const expected =
          approvals >= required ? 'passed' : reachable < required ? 'failed' : 'pending';
        expect(evaluateLevel(r, list)).toBe(expected);
      }),
    );
  });

  it('treats not_required like pending, so a closed level keeps the outcome it closed with', () => {
    fc.assert(
      fc.property(rule, decisions, (r, list) => {
        const closed = list.map((d) => (d === 'pending' ? 'not_required' : d));
        expect(evaluateLevel(r, closed)).toBe(evaluateLevel(r, list));
      }),
    );
  });

  it('keeps a level without approvers pending: it goes to the admins, never approves by default', () => {
    for (const r of [
      { kind: 'all' },
      { kind: 'any' },
      { kind: 'min', minApprovals: 1 },
      { kind: 'percent', percent: 50 },
    ] as const) {
      expect(evaluateLevel(r, [])).toBe('pending');
    }
  });

  it('fails a `min` level at once when it asks for more approvals than there are approvers', () => {
    expect(evaluateLevel({ kind: 'min', minApprovals: 3 }, ['pending', 'pending'])).toBe('failed');
  });

  it('passes an `any` level on one approval and fails it only when everyone rejected', () => {
    expect(evaluateLevel({ kind: 'any' }, ['rejected', 'approved', 'pending'])).toBe('passed');
    expect(evaluateLevel({ kind: 'any' }, ['rejected', 'pending'])).toBe('pending');
    expect(evaluateLevel({ kind: 'any' }, ['rejected', 'rejected'])).toBe('failed');
  });

  it('rounds a percentage up: 50% of 3 approvers needs 2', () => {
    expect(
      evaluateLevel({ kind: 'percent', percent: 50 }, ['approved', 'pending', 'pending']),
    ).toBe('pending');
    expect(
      evaluateLevel({ kind: 'percent', percent: 50 }, ['approved', 'approved', 'pending']),
    ).toBe('passed');
  });

  it.each([
    { kind: 'min', minApprovals: 0 },
    { kind: 'percent', percent: 0 },
    { kind: 'percent', percent: 101 },
  ] as const)('refuses to evaluate the invalid rule %p', (invalid) => {
    expect(() => evaluateLevel(invalid, ['approved'])).toThrow(RangeError);
  });
});

describe('validateRule', () => {
  it('accepts every well-formed rule', () => {
    fc.assert(fc.property(rule, (r) => expect(validateRule(r)).toEqual([])));
  });

  it.each([
    [
      { kind: 'min', minApprovals: 0 },
      '/minApprovals',
      'The minimum must be a whole number of at least 1.',
    ],
    [
      { kind: 'min', minApprovals: 1.5 },
      '/minApprovals',
      'The minimum must be a whole number of at least 1.',
    ],
    [
      { kind: 'percent', percent: 0 },
      '/percent',
      'The percentage must be a whole number from 1 to 100.',
    ],
    [
      { kind: 'percent', percent: 100.5 },
      '/percent',
      'The percentage must be a whole number from 1 to 100.',
    ],
    [{ kind: 'majority' }, '/kind', 'The rule kind must be one of all, any, min, percent.'],
  ])('rejects %p at %s', (invalid, path, message) => {
    expect(validateRule(invalid as ApprovalRule)).toEqual([{ path, message }]);
  });

  it('rejects a minimum above a known number of approvers', () => {
    expect(validateRule({ kind: 'min', minApprovals: 3 }, 2)).toEqual([
      {
        path: '/minApprovals',
        message: 'The level needs 3 approvals but only 2 approvers are named.',
      },
    ]);
    expect(validateRule({ kind: 'min', minApprovals: 2 }, 2)).toEqual([]);
  });
});
