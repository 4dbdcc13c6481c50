import type { ApprovalDecision, ApprovalRule } from './approval-rules';
import { evaluateLevel } from './approval-rules';

export type PolicyOutcome = 'pending' | 'approved' | 'rejected';

/** One level of a request's approval as it stands: its rule and its approvers' decisions. */
export interface LevelDecisions {
  readonly rule: ApprovalRule;
  readonly decisions: readonly ApprovalDecision[];
}

export interface PolicyEvaluation {
  readonly outcome: PolicyOutcome;
  /** Index of the level now asking its approvers; null once the outcome is decided. */
  readonly activeLevel: number | null;
}

/**
 * The outcome of a whole policy. Levels run in order: level k+1 is asked only after level k
 * passes, so decisions recorded against a later level are ignored until then (they cannot
 * exist in normal operation, and must not approve a request past a level still waiting).
 * The first failing level rejects the request. A policy without levels approves at once, which
 * is the `auto_approve` path of the request lifecycle.
 */
export function evaluatePolicy(levels: readonly LevelDecisions[]): PolicyEvaluation {
  for (const [index, level] of levels.entries()) {
    const outcome = evaluateLevel(level.rule, level.decisions);
    if (outcome === 'failed') return { outcome: 'rejected', activeLevel: null };
    if (outcome === 'pending') return { outcome: 'pending', activeLevel: index };
  }
  return { outcome: 'approved', activeLevel: null };
}
