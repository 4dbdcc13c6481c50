import HistoryOutlined from '@mui/icons-material/History';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useState } from 'react';
import { EmptyState } from '../../../shared/components/empty-state';
import { QueryErrorAlert } from '../../../shared/components/query-error-alert';
import type { ApprovalItem } from '../hooks/use-approval-queue';
import { useApprovalQueue } from '../hooks/use-approval-queue';
import { ApprovalsGrid } from './approvals-grid';

type Decided = 'approved' | 'rejected';

/** The approvals the person decided, approved or rejected (the API lists one status at a time). */
export function DecisionHistoryTab({ onOpen }: { onOpen: (approval: ApprovalItem) => void }) {
  const [status, setStatus] = useState<Decided>('approved');
  const history = useApprovalQueue(status);
  const noRows = () => (
    <EmptyState icon={<HistoryOutlined />} title={`Nothing ${status} yet`} headingLevel="h3">
      Requests you decide are listed here.
    </EmptyState>
  );
  return (
    <>
      <Box sx={{ px: 2, py: 1 }}>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={status}
          onChange={(_, value: Decided | null) => {
            if (value) setStatus(value);
          }}
          aria-label="Show decisions"
        >
          <ToggleButton value="approved">Approved</ToggleButton>
          <ToggleButton value="rejected">Rejected</ToggleButton>
        </ToggleButtonGroup>
      </Box>
      {history.isError ? (
        <Box sx={{ p: 2 }}>
          <QueryErrorAlert
            title="Your decisions could not be loaded"
            error={history.error}
            onRetry={() => void history.refetch()}
          />
        </Box>
      ) : (
        <ApprovalsGrid
          label={`Requests you ${status}`}
          variant="history"
          rows={history.data ?? []}
          loading={history.isPending}
          onOpen={onOpen}
          noRows={noRows}
        />
      )}
      {history.hasNextPage ? (
        <Box sx={{ display: 'flex', justifyContent: 'center', p: 2 }}>
          <Button onClick={() => void history.fetchNextPage()} loading={history.isFetchingNextPage}>
            Load more decisions
          </Button>
        </Box>
      ) : null}
    </>
  );
}
