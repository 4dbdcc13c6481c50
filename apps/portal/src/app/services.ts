import { createTrellisClient } from '@trellis/api-client';
import { enqueueSnackbar } from 'notistack';
import { createLocalTokenStore } from './api/token-store';
import type { AppServices } from './providers/app-providers';
import { createQueryClient } from './providers/query-client';

/** The long-lived objects of one browser session, created once at start-up. */
export function createAppServices(): AppServices {
  const queryClient = createQueryClient();
  const tokens = createLocalTokenStore();
  const client = createTrellisClient({
    baseUrl: '',
    tokens,
    onSessionEnded: () => {
      // The client has already emptied the token store, so the route guard sends the person to
      // the sign-in page; what the old session loaded must not outlive it.
      queryClient.clear();
      enqueueSnackbar('Your session has ended. Please sign in again.', { variant: 'info' });
    },
  });
  return { api: { client, tokens }, queryClient };
}
