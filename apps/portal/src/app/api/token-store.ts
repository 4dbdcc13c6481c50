import type { StoredTokens, TokenStore } from '@trellis/api-client';

const STORAGE_KEY = 'trellis.session';

/**
 * A TokenStore that React can subscribe to (`useSyncExternalStore`). Its functions do not use
 * `this`, so they can be passed around unbound.
 */
export interface ObservableTokenStore extends TokenStore {
  get: (this: void) => StoredTokens | null;
  set: (this: void, tokens: StoredTokens | null) => void;
  subscribe: (this: void, listener: () => void) => () => void;
}

function parse(raw: string | null): StoredTokens | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<StoredTokens> | null;
    return typeof value?.accessToken === 'string' && typeof value.refreshToken === 'string'
      ? { accessToken: value.accessToken, refreshToken: value.refreshToken }
      : null;
  } catch {
    return null;
  }
}

/**
 * The portal's only token store. Tokens live in localStorage so a session survives reloads and is
 * shared by every tab; the `storage` event keeps tabs in step, so signing out (or a refresh that
 * rotates the tokens) in one tab is seen by the others instead of them presenting a spent refresh
 * token, which the API treats as reuse and answers by revoking the session. The API's CSP
 * (`script-src 'self'`) is what keeps other scripts away from them.
 */
export function createLocalTokenStore(
  storage: Storage = window.localStorage,
  target: Pick<Window, 'addEventListener'> = window,
): ObservableTokenStore {
  const listeners = new Set<() => void>();
  // A stable object per value: useSyncExternalStore compares snapshots by identity.
  let current = parse(storage.getItem(STORAGE_KEY));
  const notify = () => listeners.forEach((listener) => listener());

  target.addEventListener('storage', (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY && event.key !== null) return;
    current = parse(storage.getItem(STORAGE_KEY));
    notify();
  });

  return {
    get: () => current,
    set(tokens) {
      current = tokens
        ? { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken }
        : null;
      if (current) storage.setItem(STORAGE_KEY, JSON.stringify(current));
      else storage.removeItem(STORAGE_KEY);
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
