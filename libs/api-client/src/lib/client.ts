import createClient from 'openapi-fetch';
import type { Client, Middleware } from 'openapi-fetch';
import createQueryHooks from 'openapi-react-query';
import type { paths } from '../generated/schema';

export interface StoredTokens {
  accessToken: string;
  refreshToken: string;
}

/** Where the caller keeps its tokens (memory, localStorage, ...). */
export interface TokenStore {
  get(): StoredTokens | null;
  set(tokens: StoredTokens | null): void;
}

export interface TrellisClientOptions {
  /** Origin of the API; '' for the same origin as the page. */
  baseUrl?: string;
  tokens: TokenStore;
  /** Called when the session cannot be renewed (refresh token expired, revoked or reused). */
  onSessionEnded?: () => void;
  fetch?: typeof globalThis.fetch;
}

export interface TrellisClient {
  fetch: Client<paths>;
  query: ReturnType<typeof createQueryHooks<paths>>;
}

const NO_REFRESH = ['/api/v1/auth/login', '/api/v1/auth/refresh', '/api/v1/auth/logout'];

/**
 * The typed client every caller uses. Access tokens are attached to each request; a 401 triggers
 * one refresh (shared by all requests that failed at the same time, since a refresh token is
 * single use and presenting it twice would revoke the session) and one retry.
 */
export function createTrellisClient(options: TrellisClientOptions): TrellisClient {
  const baseFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const baseUrl = options.baseUrl ?? '';
  let refreshing: Promise<StoredTokens | null> | null = null;
  const pendingRetries = new Map<string, Request>();

  const refresh = (): Promise<StoredTokens | null> => {
    refreshing ??= (async () => {
      const current = options.tokens.get();
      if (!current) return null;
      const response = await baseFetch(`${baseUrl}/api/v1/auth/refresh`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ refreshToken: current.refreshToken }),
      });
      if (!response.ok) {
        options.tokens.set(null);
        options.onSessionEnded?.();
        return null;
      }
      const body = (await response.json()) as StoredTokens;
      const next = { accessToken: body.accessToken, refreshToken: body.refreshToken };
      options.tokens.set(next);
      return next;
    })().finally(() => {
      refreshing = null;
    });
    return refreshing;
  };

  const auth: Middleware = {
    onRequest({ request, id }) {
      const tokens = options.tokens.get();
      if (tokens && !request.headers.has('authorization')) {
        request.headers.set('authorization', `Bearer ${tokens.accessToken}`);
      }
      if (!NO_REFRESH.some((path) => new URL(request.url).pathname === path)) {
        pendingRetries.set(id, request.clone());
      }
      return request;
    },
    async onResponse({ response, id }) {
      const retry = pendingRetries.get(id);
      pendingRetries.delete(id);
      if (response.status !== 401 || !retry || !options.tokens.get()) return response;
      const renewed = await refresh();
      if (!renewed) return response;
      retry.headers.set('authorization', `Bearer ${renewed.accessToken}`);
      return baseFetch(retry);
    },
    onError({ id }) {
      pendingRetries.delete(id);
    },
  };

  const client = createClient<paths>({ baseUrl, fetch: baseFetch });
  client.use(auth);
  return { fetch: client, query: createQueryHooks(client) };
}
