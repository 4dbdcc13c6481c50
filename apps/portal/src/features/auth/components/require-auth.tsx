import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useApi } from '../../../app/api/api-context';
import { paths } from '../../../app/router/paths';
import { FullPageLoader } from '../../../shared/components/full-page-loader';
import { QueryErrorAlert } from '../../../shared/components/query-error-alert';
import { CurrentUserContext } from '../hooks/use-current-user';
import { useSession } from '../hooks/use-session';

/** Where the sign-in page sends the person back to. */
export interface LoginLocationState {
  from?: { pathname: string; search: string; hash: string };
}

/**
 * Renders its children only for a signed-in person (who they are is then available through
 * useCurrentUser); anyone else goes to the sign-in page, which brings them back here afterwards.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  const { tokens } = useApi();

  switch (session.status) {
    case 'signed-out': {
      const state: LoginLocationState = {
        from: { pathname: location.pathname, search: location.search, hash: location.hash },
      };
      return <Navigate to={paths.login} replace state={state} />;
    }
    case 'loading':
      return <FullPageLoader label="Loading your session" />;
    case 'error':
      return (
        <Container component="main" maxWidth="sm" sx={{ py: 8 }}>
          <Stack spacing={2}>
            <QueryErrorAlert
              title="Your session could not be loaded"
              error={session.error}
              onRetry={session.retry}
            />
            <Button onClick={() => tokens.set(null)}>Sign in again</Button>
          </Stack>
        </Container>
      );
    case 'signed-in':
      return <CurrentUserContext value={session.user}>{children}</CurrentUserContext>;
  }
}
