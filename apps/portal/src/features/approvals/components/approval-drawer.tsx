import Close from '@mui/icons-material/Close';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { requestPath } from '../../../app/router/paths';
import { QueryErrorAlert } from '../../../shared/components/query-error-alert';
import { formatCost } from '../../../shared/format';
import { RequestDetails } from '../../requests/components/request-details';
import { useRequest } from '../../requests/hooks/use-request';
import type { ApprovalItem } from '../hooks/use-approval-queue';
import { DecisionForm } from './decision-form';

function FullRequest({ requestId }: { requestId: string }) {
  const request = useRequest(requestId);
  const reload = () => void request.refetch();
  if (request.isError) {
    return (
      <QueryErrorAlert
        title="The request could not be loaded"
        error={request.error}
        onRetry={reload}
      />
    );
  }
  if (request.isPending) {
    return (
      <Box role="status" aria-label="Loading the request">
        <Skeleton variant="rounded" height={72} />
        <Skeleton variant="rounded" height={240} sx={{ mt: 2 }} />
      </Box>
    );
  }
  return <RequestDetails request={request.data} reload={reload} compact />;
}

/**
 * The side panel of the approvals queue: the decision at the top (what the approver came for),
 * the full request below it.
 */
export function ApprovalDrawer({
  approval,
  onClose,
  reload,
}: {
  approval: ApprovalItem | null;
  onClose: () => void;
  /** Refetches the queue: what a conflict's Reload does. */
  reload: () => void;
}) {
  const titleId = useId();
  return (
    <Drawer
      anchor="right"
      open={approval !== null}
      onClose={onClose}
      // A temporary drawer sits at the drawer layer, under the app bar; this panel is modal.
      sx={{ zIndex: (theme) => theme.zIndex.modal }}
      slotProps={{
        paper: {
          role: 'dialog',
          'aria-modal': true,
          'aria-labelledby': titleId,
          sx: { width: { xs: '100%', md: 760 }, maxWidth: '100%' },
        },
      }}
    >
      {approval ? (
        <>
          <Toolbar sx={{ gap: 1, borderBottom: 1, borderColor: 'divider' }}>
            <Typography id={titleId} component="h2" variant="h6" sx={{ flexGrow: 1 }} noWrap>
              {`${approval.requestNumber} · ${approval.itemName}`}
            </Typography>
            <IconButton aria-label="Close the panel" onClick={onClose} edge="end">
              <Close />
            </IconButton>
          </Toolbar>
          <Stack sx={{ p: 2, gap: 2 }}>
            <Paper variant="outlined" sx={{ p: 2 }}>
              <Typography variant="body2" color="text.secondary" gutterBottom>
                {`Requested by ${approval.requesterName} · ${formatCost(approval.costAmount, approval.costCurrency)} · Level ${approval.levelIndex + 1}${approval.levelName ? `: ${approval.levelName}` : ''}`}
                {approval.delegatedFromName ? ` · for ${approval.delegatedFromName}` : ''}
              </Typography>
              {approval.status === 'pending' ? (
                <DecisionForm approval={approval} reload={reload} onDecided={onClose} />
              ) : null}
              <Link component={RouterLink} to={requestPath(approval.requestId)} variant="body2">
                Open the request page
              </Link>
            </Paper>
            <FullRequest requestId={approval.requestId} />
          </Stack>
        </>
      ) : null}
    </Drawer>
  );
}
