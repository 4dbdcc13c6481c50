import AssignmentTurnedInOutlined from '@mui/icons-material/AssignmentTurnedInOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { Link as RouterLink } from 'react-router-dom';
import { paths, requestPath } from '../../../app/router/paths';
import { EmptyState } from '../../../shared/components/empty-state';
import { QueryErrorAlert } from '../../../shared/components/query-error-alert';
import { TableSkeletonRows } from '../../../shared/components/table-skeleton-rows';
import { formatDateTime } from '../../../shared/format';
import { useDebouncedValue } from '../../../shared/hooks/use-debounced-value';
import { useMyRequests } from '../hooks/use-my-requests';
import type { RequestStatus } from '../request-status';
import { REQUEST_STATUS } from '../request-status';

const COLUMNS = ['Request', 'Item', 'Status', 'Requested for', 'Updated'] as const;

export function MyRequestsTable({
  labelledBy,
  status,
  search = '',
}: {
  labelledBy: string;
  status: RequestStatus | null;
  search?: string;
}) {
  // Searched on the server, so older requests are found too; one call once typing pauses.
  const query = useDebouncedValue(search.trim(), 250);
  const requests = useMyRequests(status, query);
  const shownRows = requests.data ?? [];

  if (requests.isError) {
    return (
      <QueryErrorAlert
        title="Your requests could not be loaded"
        error={requests.error}
        onRetry={() => void requests.refetch()}
      />
    );
  }
  if (requests.isSuccess && shownRows.length === 0 && query) {
    return (
      <EmptyState
        icon={<AssignmentTurnedInOutlined />}
        title={`Nothing matches “${query}”`}
        headingLevel="h3"
      >
        Search by request number, or by words of the item or the justification.
      </EmptyState>
    );
  }
  if (requests.isSuccess && shownRows.length === 0) {
    return status ? (
      <EmptyState
        icon={<AssignmentTurnedInOutlined />}
        title={`No requests are ${REQUEST_STATUS[status].label.toLowerCase()}`}
        headingLevel="h3"
      >
        Choose another status to see the rest.
      </EmptyState>
    ) : (
      <EmptyState icon={<AssignmentTurnedInOutlined />} title="No requests yet" headingLevel="h3">
        Order something from the{' '}
        <Link component={RouterLink} to={paths.catalog}>
          catalog
        </Link>{' '}
        and follow it here.
      </EmptyState>
    );
  }

  return (
    <>
      <TableContainer>
        <Table aria-labelledby={labelledBy} aria-busy={requests.isPending}>
          <TableHead>
            <TableRow>
              {COLUMNS.map((column) => (
                <TableCell key={column}>{column}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {requests.isPending ? (
              <TableSkeletonRows columns={COLUMNS.length} />
            ) : (
              shownRows.map((request) => {
                const shown = REQUEST_STATUS[request.status];
                return (
                  <TableRow key={request.id} hover>
                    <TableCell component="th" scope="row">
                      <Link component={RouterLink} to={requestPath(request.id)}>
                        {request.number}
                      </Link>
                    </TableCell>
                    <TableCell>{request.itemName}</TableCell>
                    <TableCell>
                      <Chip size="small" color={shown.color} label={shown.label} />
                    </TableCell>
                    <TableCell>{request.requestedForName}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      <time dateTime={request.updatedAt}>{formatDateTime(request.updatedAt)}</time>
                    </TableCell>
                  </TableRow>
                );
              })
            )}
          </TableBody>
        </Table>
      </TableContainer>
      {requests.hasNextPage ? (
        <Box sx={{ display: 'flex', justifyContent: 'center', p: 2 }}>
          <Button
            onClick={() => void requests.fetchNextPage()}
            loading={requests.isFetchingNextPage}
          >
            Load more requests
          </Button>
        </Box>
      ) : null}
    </>
  );
}
