import { useSyncExternalStore } from 'react';
import { useApi } from '../../../app/api/api-context';
import type { CurrentUser } from './use-current-user';

export type Session =
  | { status: 'signed-out' }
  | { status: 'loading' }
  | { status: 'error'; error: unknown; retry: () => void }
  | { status: 'signed-in'; user: CurrentUser };

const ME_STALE_MS = 5 * 60_000;

/**
 * The session as the portal sees it: stored tokens say whether someone is signed in, `auth/me`
 * says who. When the client cannot renew the tokens it empties the store, which lands here as
 * `signed-out`.
 */
export function useSession(): Session {
  const { client, tokens } = useApi();
  const stored = useSyncExternalStore(tokens.subscribe, tokens.get);
  const me = client.query.useQuery('get', '/api/v1/auth/me', undefined, {
    enabled: stored !== null,
    staleTime: ME_STALE_MS,
  });

  if (!stored) return { status: 'signed-out' };
  if (me.data) return { status: 'signed-in', user: me.data };
  if (me.isError) return { status: 'error', error: me.error, retry: () => void me.refetch() };
  return { status: 'loading' };
}

/** Whether tokens are stored, without asking the API who they belong to. */
export function useHasStoredSession(): boolean {
  const { tokens } = useApi();
  return useSyncExternalStore(tokens.subscribe, tokens.get) !== null;
}
