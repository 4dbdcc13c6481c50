import type { Permission } from '@trellis/domain';
import { can } from '@trellis/domain';
import type { ReactNode } from 'react';
import { NoAccessPage } from '../../errors/pages/no-access-page';
import { useCurrentUser } from '../hooks/use-current-user';

/**
 * Renders its children only when the person's roles grant `permission` (the same rule the API
 * applies, from @trellis/domain); otherwise a friendly 403 page. Hiding a page is a courtesy: the
 * API refuses the data either way.
 */
export function RequirePermission({
  permission,
  children,
}: {
  permission: Permission;
  children: ReactNode;
}) {
  const { roles } = useCurrentUser();
  return can(roles, permission) ? children : <NoAccessPage permission={permission} />;
}
