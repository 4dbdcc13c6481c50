import { createTrellisClient } from '@trellis/api-client';
import type { StoredTokens } from '@trellis/api-client';
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { RouterProvider, createMemoryRouter } from 'react-router-dom';
import { createLocalTokenStore } from '../app/api/token-store';
import { AppProviders } from '../app/providers/app-providers';
import { routes } from '../app/router/router';
import type { FakeRoutes } from './fake-api';
import { TEST_ORIGIN, createFakeFetch } from './fake-api';

/**
 * The whole portal (real routes, providers, client and token store) at `path`, talking to a fake
 * API instead of the network.
 */
export function renderApp({
  path,
  api = {},
  tokens: initialTokens = null,
}: {
  path: string;
  api?: FakeRoutes;
  tokens?: StoredTokens | null;
}) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const tokens = createLocalTokenStore();
  tokens.set(initialTokens);
  const fake = createFakeFetch(api);
  const client = createTrellisClient({
    baseUrl: TEST_ORIGIN,
    tokens,
    fetch: fake.fetch,
    onSessionEnded: () => queryClient.clear(),
  });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <AppProviders services={{ api: { client, tokens }, queryClient }}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, tokens, requests: fake.requests };
}
