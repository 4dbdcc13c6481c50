import Box from '@mui/material/Box';
import { LineChart } from '@mui/x-charts/LineChart';
import type { TimeseriesBucket } from '../hooks/use-request-timeseries';
import { CHART_HEIGHT } from './chart-panel';

const dayLabel = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});

/** Created, fulfilled and breached per bucket; buckets are UTC days or weeks. */
export function RequestsOverTimeChart({
  buckets,
  interval,
  labelledBy,
}: {
  buckets: readonly TimeseriesBucket[];
  interval: 'day' | 'week';
  labelledBy: string;
}) {
  const labels = buckets.map((b) => {
    const label = dayLabel.format(new Date(b.bucket));
    return interval === 'week' ? `Week of ${label}` : label;
  });
  return (
    <Box role="figure" aria-labelledby={labelledBy}>
      <LineChart
        height={CHART_HEIGHT}
        skipAnimation
        xAxis={[{ scaleType: 'point', data: labels }]}
        yAxis={[{ tickMinStep: 1 }]}
        series={[
          {
            label: 'Created',
            data: buckets.map((b) => b.created),
            showMark: false,
            curve: 'linear',
          },
          {
            label: 'Fulfilled',
            data: buckets.map((b) => b.fulfilled),
            showMark: false,
            curve: 'linear',
          },
          {
            label: 'SLA breaches',
            data: buckets.map((b) => b.breached),
            showMark: false,
            curve: 'linear',
          },
        ]}
        grid={{ horizontal: true }}
      />
    </Box>
  );
}
