/**
 * The roles of DESIGN.md section 2. A user may hold several; everyone is at least a requester.
 */
export const ROLES = [
  'requester',
  'approver',
  'agent',
  'change_manager',
  'admin',
  'auditor',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Normalises a role list: known roles only, `requester` always present, stable order, no duplicates. */
export function normalizeRoles(roles: readonly string[]): Role[] {
  const held = new Set<string>(roles);
  held.add('requester');
  return ROLES.filter((role) => held.has(role));
}
