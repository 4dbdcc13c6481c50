import type { Role } from './roles';
import { normalizeRoles } from './roles';

/**
 * Every permission the API checks. The portal reads the same map, so it hides exactly what the
 * API forbids. Names are `<resource>:<action>`; `read` covers list and detail.
 */
export const PERMISSIONS = [
  'profile:read',
  'catalog:read',
  'catalog:manage',
  'requests:create',
  'requests:read-own',
  'requests:read-all',
  'requests:work',
  'approvals:decide',
  'tasks:work',
  'incidents:work',
  'problems:work',
  'changes:work',
  'changes:manage',
  'configuration:read',
  'configuration:manage',
  'knowledge:read',
  'knowledge:manage',
  'users:read',
  'users:manage',
  'teams:read',
  'teams:manage',
  'api-tokens:manage',
  'audit:read',
  'settings:manage',
  'metrics:read',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const READ_ONLY_EVERYTHING: Permission[] = PERMISSIONS.filter(
  (p) => p.endsWith(':read') || p.endsWith(':read-own') || p.endsWith(':read-all'),
);

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  requester: [
    'profile:read',
    'catalog:read',
    'requests:create',
    'requests:read-own',
    'knowledge:read',
  ],
  approver: ['approvals:decide', 'users:read', 'teams:read'],
  agent: [
    'requests:read-all',
    'requests:work',
    'tasks:work',
    'incidents:work',
    'problems:work',
    'changes:work',
    'configuration:read',
    'knowledge:manage',
    'users:read',
    'teams:read',
    'metrics:read',
  ],
  change_manager: [
    'changes:work',
    'changes:manage',
    'configuration:read',
    'users:read',
    'teams:read',
    'metrics:read',
  ],
  // Admins decide approvals too: a level that resolves to nobody goes to them.
  admin: [
    'approvals:decide',
    'requests:read-all',
    'requests:work',
    'catalog:manage',
    'configuration:read',
    'configuration:manage',
    'knowledge:manage',
    'users:read',
    'users:manage',
    'teams:read',
    'teams:manage',
    'api-tokens:manage',
    'audit:read',
    'settings:manage',
    'metrics:read',
  ],
  // Read-only everything, including the audit trail; never a write.
  auditor: [...READ_ONLY_EVERYTHING],
};

/** The union of the permissions of the given roles. */
export function permissionsFor(roles: readonly string[]): Set<Permission> {
  const granted = new Set<Permission>();
  for (const role of normalizeRoles(roles)) {
    for (const permission of ROLE_PERMISSIONS[role]) granted.add(permission);
  }
  return granted;
}

export function can(roles: readonly string[], permission: Permission): boolean {
  return permissionsFor(roles).has(permission);
}
