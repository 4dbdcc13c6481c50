import type { Schemas } from '@trellis/api-client';
import { useApi } from '../../../app/api/api-context';

export type DashboardMetrics = Schemas['DashboardMetricsDto'];

/** The dashboard's figures for the window starting at `from` and ending now. */
export function useDashboardMetrics(from: string) {
  const { client } = useApi();
  return client.query.useQuery('get', '/api/v1/metrics/dashboard', {
    params: { query: { from } },
  });
}
