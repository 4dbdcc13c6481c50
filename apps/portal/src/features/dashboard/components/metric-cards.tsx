import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import type { DashboardMetrics } from '../hooks/use-dashboard-metrics';
import { formatCount, formatMinutes, formatPercent, formatRating } from '../metric-format';

interface Card {
  key: string;
  label: string;
  value: string;
  hint: string;
}

function cardsFor(m: DashboardMetrics): Card[] {
  return [
    {
      key: 'total',
      label: 'Requests',
      value: formatCount(m.totalRequests),
      hint: 'Submitted in the period',
    },
    {
      key: 'pending',
      label: 'Pending approval',
      value: formatCount(m.pendingApprovals),
      hint: 'Waiting for a decision now',
    },
    {
      key: 'progress',
      label: 'In progress',
      value: formatCount(m.inProgress),
      hint: 'Being worked or on hold now',
    },
    {
      key: 'today',
      label: 'Fulfilled today',
      value: formatCount(m.fulfilledToday),
      hint: 'Since midnight UTC',
    },
    {
      key: 'items',
      label: 'Active catalog items',
      value: formatCount(m.activeCatalogItems),
      hint: 'Published and orderable',
    },
    {
      key: 'success',
      label: 'Success rate',
      value: formatPercent(m.successRatePercent),
      hint: 'Fulfilled of those finished',
    },
    {
      key: 'sla',
      label: 'SLA compliance',
      value: formatPercent(m.slaCompliancePercent),
      hint: 'Targets met of those stopped',
    },
    {
      key: 'fulfilment',
      label: 'Avg. fulfilment time',
      value: formatMinutes(m.averageFulfilmentMinutes),
      hint: 'Submitted to fulfilled',
    },
    {
      key: 'approval',
      label: 'Avg. approval time',
      value: formatMinutes(m.averageApprovalMinutes),
      hint: 'Submitted to approved',
    },
    {
      key: 'satisfaction',
      label: 'Satisfaction',
      value: formatRating(m.satisfaction.averageRating),
      hint: `${formatCount(m.satisfaction.ratings)} ${m.satisfaction.ratings === 1 ? 'rating' : 'ratings'}`,
    },
  ];
}

const GRID = {
  display: 'grid',
  gap: 2,
  gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))',
  listStyle: 'none',
  p: 0,
  m: 0,
} as const;

/** The headline figures, one card each; a list so screen readers hear "label, value". */
export function MetricCards({ metrics }: { metrics: DashboardMetrics | undefined }) {
  if (!metrics) {
    return (
      <Box component="ul" sx={GRID} aria-label="Loading key figures" aria-busy>
        {Array.from({ length: 10 }, (_, i) => (
          <Paper component="li" key={i} variant="outlined" sx={{ p: 2 }}>
            <Skeleton width="60%" />
            <Skeleton width="40%" height={40} />
            <Skeleton width="80%" />
          </Paper>
        ))}
      </Box>
    );
  }
  return (
    <Box component="ul" sx={GRID} aria-label="Key figures">
      {cardsFor(metrics).map((card) => (
        <Paper
          component="li"
          key={card.key}
          variant="outlined"
          sx={{ p: 2 }}
          aria-label={`${card.label}: ${card.value}`}
        >
          <Typography variant="body2" color="text.secondary" component="p">
            {card.label}
          </Typography>
          <Typography
            component="p"
            sx={{ fontSize: '1.75rem', fontWeight: 600, lineHeight: 1.3 }}
            data-testid={`metric-${card.key}`}
          >
            {card.value}
          </Typography>
          <Typography variant="caption" color="text.secondary" component="p">
            {card.hint}
          </Typography>
        </Paper>
      ))}
    </Box>
  );
}
