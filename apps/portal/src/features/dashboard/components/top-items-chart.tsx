import Box from '@mui/material/Box';
import { useTheme } from '@mui/material/styles';
import { BarChart } from '@mui/x-charts/BarChart';
import type { DashboardMetrics } from '../hooks/use-dashboard-metrics';
import { CHART_HEIGHT } from './chart-panel';

/** The most requested catalog items, as horizontal bars. */
export function TopItemsChart({
  items,
  labelledBy,
}: {
  items: DashboardMetrics['topItems'];
  labelledBy: string;
}) {
  const theme = useTheme();
  return (
    <Box role="figure" aria-labelledby={labelledBy}>
      <BarChart
        height={CHART_HEIGHT}
        skipAnimation
        layout="horizontal"
        yAxis={[{ scaleType: 'band', data: items.map((i) => i.itemName), width: 140 }]}
        xAxis={[{ tickMinStep: 1 }]}
        series={[
          {
            label: 'Requests',
            data: items.map((i) => i.requests),
            color: theme.palette.primary.main,
          },
        ]}
        hideLegend
        grid={{ vertical: true }}
      />
    </Box>
  );
}
