import ArrowBack from '@mui/icons-material/ArrowBack';
import SearchOffOutlined from '@mui/icons-material/SearchOffOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import { isProblem } from '@trellis/api-client';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { FactList } from '../../../shared/components/fact-list';
import { paths } from '../../../app/router/paths';
import { PageHeader } from '../../../shared/components/page-header';
import { QueryErrorAlert } from '../../../shared/components/query-error-alert';
import { formatCost, formatDateTime } from '../../../shared/format';
import { ErrorState } from '../../errors/components/error-state';
import type { ServiceRequest } from '../hooks/use-request';
import { useRequest } from '../hooks/use-request';
import { REQUEST_STATUS } from '../request-status';

const PRIORITY_LABELS: Readonly<Record<ServiceRequest['priority'], string>> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

function BackToRequests() {
  return (
    <Button component={RouterLink} to={paths.requests} startIcon={<ArrowBack />} sx={{ mb: 1 }}>
      My requests
    </Button>
  );
}

function RequestSummary({ request }: { request: ServiceRequest }) {
  const status = REQUEST_STATUS[request.status];
  const facts = [
    ['Status', <Chip key="status" size="small" color={status.color} label={status.label} />],
    ['Requested for', request.requestedForName],
    ['Priority', PRIORITY_LABELS[request.priority]],
    ['Cost', formatCost(request.costAmount, request.costCurrency)],
    [
      'Submitted',
      request.submittedAt ? (
        <time key="submitted" dateTime={request.submittedAt}>
          {formatDateTime(request.submittedAt)}
        </time>
      ) : (
        'Not yet'
      ),
    ],
    ['Justification', request.justification || '—'],
  ] as const;
  return (
    <>
      <PageHeader title={`${request.number} · ${request.itemName}`} />
      <Paper variant="outlined" sx={{ p: 2 }}>
        <FactList facts={facts} />
      </Paper>
    </>
  );
}

/** One request: where it stands and what it asked for. */
export function RequestPage() {
  const { requestId = '' } = useParams();
  const request = useRequest(requestId);

  if (request.isError) {
    if (isProblem(request.error) && [400, 403, 404].includes(request.error.status)) {
      return (
        <ErrorState
          icon={<SearchOffOutlined />}
          title="Request not found"
          actions={<BackToRequests />}
        >
          This request does not exist, or it is not one of yours.
        </ErrorState>
      );
    }
    return (
      <>
        <BackToRequests />
        <PageHeader title="Request" />
        <QueryErrorAlert
          title="The request could not be loaded"
          error={request.error}
          onRetry={() => void request.refetch()}
        />
      </>
    );
  }
  return (
    <>
      <BackToRequests />
      {request.isPending ? (
        <Box role="status" aria-label="Loading the request">
          <Skeleton variant="text" width="40%" height={56} />
          <Skeleton variant="rounded" height={160} sx={{ mt: 2 }} />
        </Box>
      ) : (
        <RequestSummary request={request.data} />
      )}
    </>
  );
}
