import Box from '@mui/material/Box';
import { BarChart } from '@mui/x-charts/BarChart';
import type { SlaComplianceRow } from '../hooks/use-sla-metrics';
import { CHART_HEIGHT } from './chart-panel';

const PRIORITY_LABELS: Record<string, string> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

/** Met, breached and open timers per policy and priority, stacked. */
export function SlaComplianceChart({
  rows,
  labelledBy,
}: {
  rows: readonly SlaComplianceRow[];
  labelledBy: string;
}) {
  const labels = rows.map(
    (r) => `${r.policyName ?? 'Policy'} · ${PRIORITY_LABELS[r.priority] ?? r.priority}`,
  );
  return (
    <Box role="figure" aria-labelledby={labelledBy}>
      <BarChart
        height={CHART_HEIGHT}
        skipAnimation
        layout="horizontal"
        yAxis={[{ scaleType: 'band', data: labels, width: 190 }]}
        xAxis={[{ tickMinStep: 1 }]}
        series={[
          { label: 'Met', data: rows.map((r) => r.met), stack: 'timers', color: '#2e7d32' },
          {
            label: 'Breached',
            data: rows.map((r) => r.breached),
            stack: 'timers',
            color: '#c62828',
          },
          { label: 'Open', data: rows.map((r) => r.open), stack: 'timers', color: '#78909c' },
        ]}
        grid={{ vertical: true }}
      />
    </Box>
  );
}
