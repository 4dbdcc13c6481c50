import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { EmptyState } from '../../../shared/components/empty-state';
import { QueryErrorAlert } from '../../../shared/components/query-error-alert';

export const CHART_HEIGHT = 280;

/**
 * A titled section holding one chart, and what it shows instead while loading, on failure (with
 * retry) and when there is nothing to chart yet.
 */
export function ChartPanel({
  title,
  description,
  state,
  error,
  onRetry,
  emptyTitle,
  emptyHint,
  children,
}: {
  title: string;
  description: string;
  state: 'loading' | 'error' | 'empty' | 'ready';
  error?: unknown;
  onRetry: () => void;
  emptyTitle: string;
  emptyHint: string;
  children: (labelledBy: string) => ReactNode;
}) {
  const headingId = useId();
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={headingId}
      aria-busy={state === 'loading'}
      sx={{ p: 2, height: '100%', display: 'flex', flexDirection: 'column' }}
    >
      <Typography id={headingId} variant="h2" sx={{ fontSize: '1.1rem', fontWeight: 600 }}>
        {title}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {description}
      </Typography>
      {state === 'loading' ? (
        <Skeleton variant="rounded" height={CHART_HEIGHT} aria-label={`Loading ${title}`} />
      ) : state === 'error' ? (
        <QueryErrorAlert
          title={`Could not load ${title.toLowerCase()}`}
          error={error}
          onRetry={onRetry}
        />
      ) : state === 'empty' ? (
        <EmptyState title={emptyTitle} headingLevel="h3">
          {emptyHint}
        </EmptyState>
      ) : (
        children(headingId)
      )}
    </Paper>
  );
}
