import { navigationFor } from '@trellis/domain';
import { Navigate } from 'react-router-dom';
import { useCurrentUser } from '../../features/auth/hooks/use-current-user';
import { NotFoundPage } from '../../features/errors/pages/not-found-page';

/** `/` is no page of its own: it opens the first page the person's navigation offers. */
export function HomeRedirect() {
  const { roles } = useCurrentUser();
  const [first] = navigationFor(roles);
  // Everyone holds `requester`, which reaches the catalog; an empty navigation would be a bug.
  return first ? <Navigate to={first.path} replace /> : <NotFoundPage />;
}
