import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useApi } from '../../../app/api/api-context';
import { paths } from '../../../app/router/paths';

/**
 * Signs out: revokes the refresh token at the API, then forgets the session locally and returns
 * to the sign-in page. The local sign-out happens even if the API cannot be reached, so the
 * person is never left signed in on a shared machine.
 */
export function useSignOut() {
  const { client, tokens } = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [pending, setPending] = useState(false);

  const signOut = useCallback(async () => {
    setPending(true);
    const current = tokens.get();
    try {
      if (current) {
        await client.fetch.POST('/api/v1/auth/logout', {
          body: { refreshToken: current.refreshToken },
        });
      }
    } catch {
      // Unreachable API: the refresh token expires on its own; signing out locally is what matters.
    } finally {
      tokens.set(null);
      queryClient.clear();
      setPending(false);
      await navigate(paths.login, { replace: true });
    }
  }, [client, tokens, queryClient, navigate]);

  return { signOut, pending };
}
