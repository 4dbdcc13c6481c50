import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { can } from '@trellis/domain';
import { useMemo, useState } from 'react';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { PageHeader } from '../../../shared/components/page-header';
import { QueryErrorAlert } from '../../../shared/components/query-error-alert';
import { ChartPanel } from '../components/chart-panel';
import { MetricCards } from '../components/metric-cards';
import { RequestsOverTimeChart } from '../components/requests-over-time-chart';
import { SlaComplianceChart } from '../components/sla-compliance-chart';
import { SatisfactionGauge, TimesChart } from '../components/times-and-satisfaction';
import { TopItemsChart } from '../components/top-items-chart';
import type { DashboardRange } from '../dashboard-window';
import { DASHBOARD_RANGES, intervalFor, windowStart } from '../dashboard-window';
import { formatPercent } from '../metric-format';
import { useDashboardMetrics } from '../hooks/use-dashboard-metrics';
import { useExportRequests } from '../hooks/use-export-requests';
import { useRequestTimeseries } from '../hooks/use-request-timeseries';
import { useSlaMetrics } from '../hooks/use-sla-metrics';

type PanelState = 'loading' | 'error' | 'empty' | 'ready';

function stateOf(query: { isPending: boolean; isError: boolean }, empty: boolean): PanelState {
  if (query.isError) return 'error';
  if (query.isPending) return 'loading';
  return empty ? 'empty' : 'ready';
}

const CHART_GRID = {
  display: 'grid',
  gap: 2,
  mt: 3,
  gridTemplateColumns: { xs: '1fr', lg: 'repeat(2, minmax(0, 1fr))' },
} as const;

export function DashboardPage() {
  const [days, setDays] = useState<DashboardRange>(30);
  // Fixed while the period stays the same, so the queries keep one cache entry each.
  const from = useMemo(() => windowStart(days), [days]);
  const interval = intervalFor(days);
  const dashboard = useDashboardMetrics(from);
  const timeseries = useRequestTimeseries(from, interval);
  const sla = useSlaMetrics(from);
  const exportRequests = useExportRequests();
  // The export lists every request with names: only for those who may list them all.
  const mayExport = can(useCurrentUser().roles, 'requests:read-all');
  const metrics = dashboard.data;
  const buckets = timeseries.data?.buckets ?? [];

  return (
    <>
      <PageHeader
        title="Dashboard"
        description="Demand, delivery and service levels across your organisation."
        actions={
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <ToggleButtonGroup
              value={days}
              exclusive
              size="small"
              color="primary"
              aria-label="Period"
              onChange={(_, value: DashboardRange | null) => value && setDays(value)}
            >
              {DASHBOARD_RANGES.map((d) => (
                // MUI's default grey for unselected buttons is below the 4.5:1 text contrast.
                <ToggleButton
                  key={d}
                  value={d}
                  sx={{ color: 'text.primary', textTransform: 'none' }}
                >
                  Last {d} days
                </ToggleButton>
              ))}
            </ToggleButtonGroup>
            {mayExport ? (
              <Button
                variant="outlined"
                startIcon={<FileDownloadOutlined />}
                loading={exportRequests.isPending}
                onClick={() => exportRequests.mutate(from)}
              >
                Export requests (CSV)
              </Button>
            ) : null}
          </Stack>
        }
      />
      {dashboard.isError ? (
        <QueryErrorAlert
          title="Could not load the key figures"
          error={dashboard.error}
          onRetry={() => void dashboard.refetch()}
        />
      ) : (
        <MetricCards metrics={metrics} />
      )}
      <Box sx={CHART_GRID}>
        <ChartPanel
          title="Requests over time"
          description={`Created, fulfilled and SLA breaches per ${interval} (UTC).`}
          state={stateOf(
            timeseries,
            buckets.every((b) => b.created + b.fulfilled + b.breached === 0),
          )}
          error={timeseries.error}
          onRetry={() => void timeseries.refetch()}
          emptyTitle="No requests in this period"
          emptyHint="Requests appear here once people order from the catalog."
        >
          {(id) => <RequestsOverTimeChart buckets={buckets} interval={interval} labelledBy={id} />}
        </ChartPanel>
        <ChartPanel
          title="Most requested items"
          description="Requests submitted in the period, by catalog item."
          state={stateOf(dashboard, !metrics?.topItems.length)}
          error={dashboard.error}
          onRetry={() => void dashboard.refetch()}
          emptyTitle="No requests in this period"
          emptyHint="Pick a longer period, or publish items people need in the catalog."
        >
          {(id) => <TopItemsChart items={metrics?.topItems ?? []} labelledBy={id} />}
        </ChartPanel>
        <ChartPanel
          title="SLA compliance"
          description={
            sla.data?.compliancePercent != null
              ? `${formatPercent(sla.data.compliancePercent)} of stopped timers met their target, by policy and priority.`
              : 'Timers met, breached and still open, by policy and priority.'
          }
          state={stateOf(sla, !sla.data?.byPolicy.length)}
          error={sla.error}
          onRetry={() => void sla.refetch()}
          emptyTitle="No SLA timers in this period"
          emptyHint="Timers start when requests for items with an SLA policy are submitted."
        >
          {(id) => <SlaComplianceChart rows={sla.data?.byPolicy ?? []} labelledBy={id} />}
        </ChartPanel>
        <ChartPanel
          title="Approval and fulfilment times"
          description="Average wall-clock time from submission."
          state={stateOf(
            dashboard,
            metrics?.averageApprovalMinutes == null && metrics?.averageFulfilmentMinutes == null,
          )}
          error={dashboard.error}
          onRetry={() => void dashboard.refetch()}
          emptyTitle="Nothing approved or fulfilled yet"
          emptyHint="Times appear once requests in the period are approved or fulfilled."
        >
          {(id) => (metrics ? <TimesChart metrics={metrics} labelledBy={id} /> : null)}
        </ChartPanel>
        <ChartPanel
          title="Satisfaction"
          description="Average rating requesters gave when closing fulfilled requests."
          state={stateOf(dashboard, !metrics?.satisfaction.ratings)}
          error={dashboard.error}
          onRetry={() => void dashboard.refetch()}
          emptyTitle="No ratings yet"
          emptyHint="Requesters rate a request when they close it."
        >
          {(id) =>
            metrics ? (
              <SatisfactionGauge satisfaction={metrics.satisfaction} labelledBy={id} />
            ) : null
          }
        </ChartPanel>
      </Box>
    </>
  );
}
