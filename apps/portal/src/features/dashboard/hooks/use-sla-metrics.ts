import type { Schemas } from '@trellis/api-client';
import { useApi } from '../../../app/api/api-context';

export type SlaComplianceRow = Schemas['SlaComplianceRowDto'];

/** SLA compliance by policy and priority, and breach analysis, for timers started since `from`. */
export function useSlaMetrics(from: string) {
  const { client } = useApi();
  return client.query.useQuery('get', '/api/v1/metrics/sla', { params: { query: { from } } });
}
