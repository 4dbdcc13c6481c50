import ArrowBack from '@mui/icons-material/ArrowBack';
import SearchOffOutlined from '@mui/icons-material/SearchOffOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import { isProblem } from '@trellis/api-client';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { paths } from '../../../app/router/paths';
import { PageHeader } from '../../../shared/components/page-header';
import { QueryErrorAlert } from '../../../shared/components/query-error-alert';
import { ErrorState } from '../../errors/components/error-state';
import { RequestActions } from '../components/request-actions';
import { RequestDetails } from '../components/request-details';
import { useRequest } from '../hooks/use-request';

function BackToRequests() {
  return (
    <Button component={RouterLink} to={paths.requests} startIcon={<ArrowBack />} sx={{ mb: 1 }}>
      My requests
    </Button>
  );
}

/** One request: where it stands, who decided what, the work, the conversation and its files. */
export function RequestPage() {
  const { requestId = '' } = useParams();
  const request = useRequest(requestId);
  const reload = () => void request.refetch();

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
          onRetry={reload}
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
          <Skeleton variant="rounded" height={72} sx={{ mt: 2 }} />
          <Skeleton variant="rounded" height={240} sx={{ mt: 2 }} />
        </Box>
      ) : (
        <>
          <PageHeader
            title={`${request.data.number} · ${request.data.itemName}`}
            actions={<RequestActions request={request.data} reload={reload} />}
          />
          <RequestDetails request={request.data} reload={reload} />
        </>
      )}
    </>
  );
}
