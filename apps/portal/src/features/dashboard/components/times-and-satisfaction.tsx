import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import { BarChart } from '@mui/x-charts/BarChart';
import { Gauge } from '@mui/x-charts/Gauge';
import type { DashboardMetrics } from '../hooks/use-dashboard-metrics';
import { formatMinutes, formatRating } from '../metric-format';
import { CHART_HEIGHT } from './chart-panel';

const HOUR = 60;

/** Average approval and fulfilment times, in hours, or in minutes while both are short. */
export function TimesChart({
  metrics,
  labelledBy,
}: {
  metrics: DashboardMetrics;
  labelledBy: string;
}) {
  const theme = useTheme();
  const minutes = [metrics.averageApprovalMinutes, metrics.averageFulfilmentMinutes];
  const inHours = Math.max(...minutes.map((m) => m ?? 0)) >= 2 * HOUR;
  const scale = inHours ? HOUR : 1;
  const values = minutes.map((m) => (m === null ? null : m / scale));
  // A floor of one unit keeps the axis readable when every average is a few seconds.
  const axisMax = Math.max(1, ...values.map((v) => v ?? 0));
  return (
    <Box role="figure" aria-labelledby={labelledBy}>
      <BarChart
        height={CHART_HEIGHT}
        skipAnimation
        xAxis={[{ scaleType: 'band', data: ['Approval', 'Fulfilment'] }]}
        yAxis={[{ label: inHours ? 'Hours' : 'Minutes', tickMinStep: 1, min: 0, max: axisMax }]}
        series={[
          {
            label: 'Average',
            data: values,
            valueFormatter: (v) => (v === null ? 'No data' : formatMinutes(v * scale)),
            color: theme.palette.primary.main,
          },
        ]}
        hideLegend
        grid={{ horizontal: true }}
      />
      <Typography variant="body2" color="text.secondary" sx={{ textAlign: 'center' }}>
        Approval {formatMinutes(metrics.averageApprovalMinutes)} · Fulfilment{' '}
        {formatMinutes(metrics.averageFulfilmentMinutes)}
      </Typography>
    </Box>
  );
}

/** The average rating on a 0-5 gauge, with how many ratings it rests on. */
export function SatisfactionGauge({
  satisfaction,
  labelledBy,
}: {
  satisfaction: DashboardMetrics['satisfaction'];
  labelledBy: string;
}) {
  return (
    <Box
      role="figure"
      aria-labelledby={labelledBy}
      sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center' }}
    >
      <Gauge
        height={CHART_HEIGHT - 40}
        value={satisfaction.averageRating ?? 0}
        valueMin={0}
        valueMax={5}
        startAngle={-110}
        endAngle={110}
        text={() => formatRating(satisfaction.averageRating)}
      />
      <Typography variant="body2" color="text.secondary">
        From {satisfaction.ratings} {satisfaction.ratings === 1 ? 'rating' : 'ratings'}
      </Typography>
    </Box>
  );
}
