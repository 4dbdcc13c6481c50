import type { Schemas } from '@trellis/api-client';
import { useApi } from '../../../app/api/api-context';

export type TimeseriesBucket = Schemas['TimeseriesBucketDto'];

/** Requests created and fulfilled, and SLA breaches, per day or week since `from`. */
export function useRequestTimeseries(from: string, interval: 'day' | 'week') {
  const { client } = useApi();
  return client.query.useQuery('get', '/api/v1/metrics/requests/timeseries', {
    params: { query: { from, interval } },
  });
}
