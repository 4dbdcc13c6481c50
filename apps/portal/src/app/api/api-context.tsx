import type { TrellisClient } from '@trellis/api-client';
import type { ReactNode } from 'react';
import { createContext, useContext } from 'react';
import type { ObservableTokenStore } from './token-store';

export interface Api {
  client: TrellisClient;
  tokens: ObservableTokenStore;
}

const ApiContext = createContext<Api | null>(null);

export function ApiProvider({ api, children }: { api: Api; children: ReactNode }) {
  return <ApiContext value={api}>{children}</ApiContext>;
}

/** The typed API client and the token store; every data access goes through here. */
export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi() must be used inside <ApiProvider>');
  return api;
}
