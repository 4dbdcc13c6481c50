import type { Role } from '@trellis/domain';

/** How a role is shown to people. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  requester: 'Requester',
  approver: 'Approver',
  agent: 'Agent',
  change_manager: 'Change manager',
  admin: 'Administrator',
  auditor: 'Auditor',
};
