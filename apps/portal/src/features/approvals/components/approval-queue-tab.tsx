import InboxOutlined from '@mui/icons-material/InboxOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import type { GridRowSelectionModel } from '@mui/x-data-grid';
import { useState } from 'react';
import { EmptyState } from '../../../shared/components/empty-state';
import { QueryErrorAlert } from '../../../shared/components/query-error-alert';
import { useActionFeedback } from '../../requests/hooks/use-action-feedback';
import type { ApprovalItem } from '../hooks/use-approval-queue';
import { useApprovalQueue } from '../hooks/use-approval-queue';
import { useBulkDecision } from '../hooks/use-bulk-decision';
import type { Decision } from '../hooks/use-decide-approval';
import { ApprovalsGrid } from './approvals-grid';
import type { BulkRun } from './bulk-results';
import { BulkResults } from './bulk-results';
import { BulkDecisionBar } from './bulk-decision-bar';

const NO_SELECTION: GridRowSelectionModel = { type: 'include', ids: new Set() };

function NoPendingApprovals() {
  return (
    <EmptyState icon={<InboxOutlined />} title="Nothing is waiting for you" headingLevel="h3">
      New requests that need your decision appear here, including those delegated to you.
    </EmptyState>
  );
}

/** The pending queue: the grid, bulk decisions on the selected rows and their results. */
export function ApprovalQueueTab({ onOpen }: { onOpen: (approval: ApprovalItem) => void }) {
  const queue = useApprovalQueue('pending');
  const bulk = useBulkDecision();
  const feedback = useActionFeedback(() => void queue.refetch());
  const [selection, setSelection] = useState<GridRowSelectionModel>(NO_SELECTION);
  const [lastRun, setLastRun] = useState<BulkRun | null>(null);
  const rows = queue.data ?? [];
  // The grid's "select all" may answer with an exclusion list; count what is actually selected.
  const selectedIds = rows
    .map((row) => row.id)
    .filter((id) => (selection.type === 'include') === selection.ids.has(id));

  const decide = async (decision: Decision, comment: string) => {
    const labels = new Map(
      rows
        .filter((row) => selectedIds.includes(row.id))
        .map((row) => [row.id, `${row.requestNumber} · ${row.itemName}`]),
    );
    try {
      const outcomes = await bulk.mutateAsync({ ids: selectedIds, decision, comment });
      setLastRun({ decision, outcomes, labels });
      setSelection(NO_SELECTION);
    } catch (error) {
      feedback.failed(error);
    }
  };

  if (queue.isError) {
    return (
      <Box sx={{ p: 2 }}>
        <QueryErrorAlert
          title="Your approvals could not be loaded"
          error={queue.error}
          onRetry={() => void queue.refetch()}
        />
      </Box>
    );
  }
  return (
    <>
      {lastRun ? (
        <Box sx={{ p: 2, pb: 0 }}>
          <BulkResults run={lastRun} onDismiss={() => setLastRun(null)} />
        </Box>
      ) : null}
      <BulkDecisionBar count={selectedIds.length} busy={bulk.isPending} onDecide={decide} />
      <Divider />
      <ApprovalsGrid
        label="Approvals waiting for you"
        variant="queue"
        rows={rows}
        loading={queue.isPending}
        onOpen={onOpen}
        selection={selection}
        onSelectionChange={setSelection}
        noRows={NoPendingApprovals}
      />
      {queue.hasNextPage ? (
        <Box sx={{ display: 'flex', justifyContent: 'center', p: 2 }}>
          <Button onClick={() => void queue.fetchNextPage()} loading={queue.isFetchingNextPage}>
            Load more approvals
          </Button>
        </Box>
      ) : null}
    </>
  );
}
