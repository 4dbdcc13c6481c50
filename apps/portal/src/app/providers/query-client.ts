import { isProblem } from '@trellis/api-client';
import { QueryClient } from '@tanstack/react-query';

const MAX_RETRIES = 2;

/** Retrying a 4xx cannot change the answer; network errors and 5xx get a couple more tries. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isProblem(error) && error.status < 500) return false;
  return failureCount < MAX_RETRIES;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
