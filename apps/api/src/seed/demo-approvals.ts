import type { ApprovalLevel } from '@trellis/domain';
import type { EntityManager } from 'typeorm';

/** Demo approval policies: one level, two levels, and n-of-m; attached to the demo items by name. */
export const DEMO_POLICIES: { name: string; description: string; levels: ApprovalLevel[] }[] = [
  {
    name: 'Manager approval',
    description: "The requester's manager approves.",
    levels: [
      {
        name: 'Manager',
        approvers: [{ type: 'requester_manager' }],
        rule: { kind: 'any' },
        reminderIntervalHours: 24,
        timeoutHours: 72,
        timeoutAction: 'escalate',
      },
    ],
  },
  {
    name: 'Manager then IT',
    description: "The requester's manager, then a change manager for IT.",
    levels: [
      {
        name: 'Manager',
        approvers: [{ type: 'requester_manager' }],
        rule: { kind: 'any' },
        reminderIntervalHours: 24,
      },
      {
        name: 'IT',
        approvers: [{ type: 'role', role: 'change_manager' }],
        rule: { kind: 'any' },
        timeoutHours: 48,
        timeoutAction: 'escalate',
      },
    ],
  },
  {
    name: 'Two of three',
    description: 'Any two of the approvers, change managers and admins.',
    levels: [
      {
        name: 'Security review',
        approvers: [
          { type: 'role', role: 'approver' },
          { type: 'role', role: 'change_manager' },
          { type: 'role', role: 'admin' },
        ],
        rule: { kind: 'min', minApprovals: 2 },
      },
    ],
  },
];

const ITEM_POLICIES: Record<string, string> = {
  'New User Account': 'Manager approval',
  'Software License': 'Manager approval',
  'Laptop Request': 'Manager then IT',
  'VPN Access': 'Two of three',
  'Cloud Resources': 'Manager then IT',
};

/** Idempotent: existing policies and items that already name a policy are left alone. */
export async function seedApprovalPolicies(m: EntityManager, tenantId: string): Promise<void> {
  for (const policy of DEMO_POLICIES) {
    await m.query(
      `INSERT INTO approval_policies (tenant_id, name, description, levels) VALUES ($1, $2, $3, $4)
       ON CONFLICT (tenant_id, name) DO NOTHING`,
      [tenantId, policy.name, policy.description, JSON.stringify(policy.levels)],
    );
  }
  for (const [item, policy] of Object.entries(ITEM_POLICIES)) {
    await m.query(
      `UPDATE catalog_items SET approval_policy_id = p.id
         FROM approval_policies p
        WHERE catalog_items.tenant_id = $1 AND catalog_items.name = $2 AND catalog_items.approval_policy_id IS NULL
          AND p.tenant_id = $1 AND p.name = $3`,
      [tenantId, item, policy],
    );
  }
}
