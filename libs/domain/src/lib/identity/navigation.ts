import type { Permission } from './permissions';
import { can } from './permissions';

/**
 * The portal's main navigation, with the permission each entry needs. It lives here, beside the
 * role map, so that what a person sees is decided by the same rules the API enforces.
 */
export const NAVIGATION = [
  { key: 'catalog', label: 'Catalog', path: '/catalog', permission: 'catalog:read' },
  { key: 'requests', label: 'My requests', path: '/requests', permission: 'requests:read-own' },
  { key: 'approvals', label: 'Approvals', path: '/approvals', permission: 'approvals:decide' },
  { key: 'tasks', label: 'Tasks', path: '/tasks', permission: 'tasks:work' },
  { key: 'incidents', label: 'Incidents', path: '/incidents', permission: 'incidents:work' },
  { key: 'changes', label: 'Changes', path: '/changes', permission: 'changes:manage' },
  { key: 'dashboard', label: 'Dashboard', path: '/dashboard', permission: 'metrics:read' },
  { key: 'audit', label: 'Audit', path: '/audit', permission: 'audit:read' },
  { key: 'admin', label: 'Admin', path: '/admin', permission: 'settings:manage' },
  {
    key: 'catalogAdmin',
    label: 'Catalog admin',
    path: '/catalog-admin',
    permission: 'catalog:manage',
  },
  {
    key: 'serviceLevels',
    label: 'Service levels',
    path: '/service-levels',
    permission: 'settings:manage',
  },
] as const satisfies readonly {
  key: string;
  label: string;
  path: string;
  permission: Permission;
}[];

export type NavigationEntry = (typeof NAVIGATION)[number];

export function navigationFor(roles: readonly string[]): NavigationEntry[] {
  return NAVIGATION.filter((entry) => can(roles, entry.permission));
}
