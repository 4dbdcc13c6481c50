import type { Schemas } from '@trellis/api-client';

type Level = Schemas['ApprovalLevelDoc'];

export const APPROVER_TYPE_LABELS: Readonly<Record<string, string>> = {
  user: 'A person',
  team: 'A team',
  role: 'Everyone with a role',
  requester_manager: "The requester's manager",
  cost_center_owner: "The cost centre's owner",
};

export const RULE_LABELS: Readonly<Record<string, string>> = {
  all: 'All must approve',
  any: 'Any one approves',
  min: 'At least N approve',
  percent: 'A share approves',
};

export const TIMEOUT_ACTION_LABELS: Readonly<Record<string, string>> = {
  escalate: "Escalate to the approver's manager",
  approve: 'Approve automatically',
  reject: 'Reject automatically',
};

/** "Any one approves", "At least 2 approve", "60% approve". */
export function ruleText(rule: Level['rule']): string {
  switch (rule.kind) {
    case 'min':
      return `At least ${rule.minApprovals ?? '?'} approve`;
    case 'percent':
      return `${rule.percent ?? '?'}% approve`;
    case 'all':
    case 'any':
      return RULE_LABELS[rule.kind];
  }
}
