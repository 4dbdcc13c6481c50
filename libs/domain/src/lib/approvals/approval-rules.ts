import type { ValidationProblem } from './validation-problem';

/** How many of a level's approvers must approve (DESIGN.md section 4, "Approvals"). */
export type ApprovalRule =
  | { readonly kind: 'all' }
  | { readonly kind: 'any' }
  | { readonly kind: 'min'; readonly minApprovals: number }
  | { readonly kind: 'percent'; readonly percent: number };

export const APPROVAL_RULE_KINDS = [
  'all',
  'any',
  'min',
  'percent',
] as const satisfies readonly ApprovalRule['kind'][];

/**
 * One approver's position. `not_required` is what the API records for approvals still pending
 * when their level closed; it counts as pending, which reproduces the outcome the level had when
 * it closed (outcomes never change once reached), so re-evaluating a stored level is safe.
 */
export type ApprovalDecision = 'approved' | 'rejected' | 'pending' | 'not_required';

export type LevelOutcome = 'pending' | 'passed' | 'failed';

/**
 * How many approvals a level with `approverCount` approvers needs. For `percent`, the required
 * count is rounded up (50% of 3 is 2), so a level never passes below its stated share; integer
 * arithmetic keeps floating point out of the threshold.
 */
export function requiredApprovals(rule: ApprovalRule, approverCount: number): number {
  switch (rule.kind) {
    case 'all':
      return approverCount;
    case 'any':
      return 1;
    case 'min':
      return rule.minApprovals;
    case 'percent':
      return Math.ceil((rule.percent * approverCount) / 100);
  }
}

/**
 * The outcome of one level from its approvers' decisions, in any order. A level passes as soon as
 * it has the approvals it needs and fails as soon as it can no longer get them, even with every
 * pending approver approving: for `all` that is the first rejection; for `min` above the number
 * of approvers, at once.
 *
 * A level with no approvers stays `pending` rather than passing vacuously: the API sends a level
 * that resolves to nobody to the tenant's admins, so an empty list only means that has not
 * happened yet, and a request must never be approved because nobody was asked.
 *
 * Throws a RangeError for a rule `validateRule` rejects: policies are validated when saved, so
 * an invalid rule here is a bug, and guessing could approve a request.
 */
export function evaluateLevel(
  rule: ApprovalRule,
  decisions: readonly ApprovalDecision[],
): LevelOutcome {
  const problems = validateRule(rule);
  if (problems.length > 0) throw new RangeError(problems[0].message);
  if (decisions.length === 0) return 'pending';

  let approvals = 0;
  let rejections = 0;
  for (const decision of decisions) {
    if (decision === 'approved') approvals += 1;
    else if (decision === 'rejected') rejections += 1;
  }
  const required = requiredApprovals(rule, decisions.length);
  if (approvals >= required) return 'passed';
  // Every approver not yet rejecting could still approve.
  if (decisions.length - rejections < required) return 'failed';
  return 'pending';
}

/**
 * Problems with a rule, for saving a policy; paths are relative to the rule object.
 * `approverCount` is given only when the number of approvers is known at save time (every
 * approver is a named user); teams and roles resolve at submit time, when a `min` above the
 * resolved count makes the level fail rather than wait forever.
 */
export function validateRule(rule: ApprovalRule, approverCount?: number): ValidationProblem[] {
  // Request bodies reach this before their union type is proven, so check the kind at run time.
  if (!(APPROVAL_RULE_KINDS as readonly string[]).includes(rule.kind)) {
    const kinds = APPROVAL_RULE_KINDS.join(', ');
    return [{ path: '/kind', message: `The rule kind must be one of ${kinds}.` }];
  }
  switch (rule.kind) {
    case 'all':
    case 'any':
      return [];
    case 'min':
      if (!Number.isInteger(rule.minApprovals) || rule.minApprovals < 1) {
        return [
          { path: '/minApprovals', message: 'The minimum must be a whole number of at least 1.' },
        ];
      }
      if (approverCount !== undefined && rule.minApprovals > approverCount) {
        const approvers = approverCount === 1 ? '1 approver is' : `${approverCount} approvers are`;
        return [
          {
            path: '/minApprovals',
            message: `The level needs ${rule.minApprovals} approvals but only ${approvers} named.`,
          },
        ];
      }
      return [];
    case 'percent':
      if (!Number.isInteger(rule.percent) || rule.percent < 1 || rule.percent > 100) {
        return [
          { path: '/percent', message: 'The percentage must be a whole number from 1 to 100.' },
        ];
      }
      return [];
  }
}
