import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { EmptyState } from '../../../shared/components/empty-state';
import { QueryErrorAlert } from '../../../shared/components/query-error-alert';
import { TableSkeletonRows } from '../../../shared/components/table-skeleton-rows';
import { formatDateTime, shortId } from '../../../shared/format';
import type { AuditEvent } from '../hooks/use-audit-events';
import { useAuditEvents } from '../hooks/use-audit-events';
import { useUserNames } from '../hooks/use-user-names';

const COLUMNS = ['Time', 'Action', 'Entity', 'Actor'] as const;

function actorLabel(event: AuditEvent, names: ReadonlyMap<string, string>): string {
  switch (event.actorType) {
    case 'system':
      return 'System';
    case 'token':
      return event.actorId ? `API token ${shortId(event.actorId)}` : 'API token';
    case 'user':
      if (!event.actorId) return 'Unknown user';
      return names.get(event.actorId) ?? `User ${shortId(event.actorId)}`;
  }
}

function entityLabel(event: AuditEvent, names: ReadonlyMap<string, string>): string {
  if (!event.entityId) return event.entityType;
  const name = event.entityType === 'user' ? names.get(event.entityId) : undefined;
  return `${event.entityType} ${name ?? shortId(event.entityId)}`;
}

export function AuditEventsTable({ labelledBy }: { labelledBy: string }) {
  const events = useAuditEvents();
  const names = useUserNames();

  if (events.isError) {
    return (
      <QueryErrorAlert
        title="The audit trail could not be loaded"
        error={events.error}
        onRetry={() => void events.refetch()}
      />
    );
  }
  if (events.isSuccess && events.data.length === 0) {
    return (
      <EmptyState icon={<HistoryOutlined />} title="No audit events yet" headingLevel="h3">
        Sign-ins, configuration changes and every state change of a record will be listed here.
      </EmptyState>
    );
  }

  return (
    <>
      <TableContainer>
        <Table size="small" aria-labelledby={labelledBy} aria-busy={events.isPending}>
          <TableHead>
            <TableRow>
              {COLUMNS.map((column) => (
                <TableCell key={column}>{column}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {events.isPending ? (
              <TableSkeletonRows columns={COLUMNS.length} />
            ) : (
              events.data.map((event) => (
                <TableRow key={event.id} hover>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
                  </TableCell>
                  <TableCell>
                    <Typography component="code" variant="body2" sx={{ fontFamily: 'monospace' }}>
                      {event.action}
                    </Typography>
                  </TableCell>
                  <TableCell>{entityLabel(event, names)}</TableCell>
                  <TableCell>{actorLabel(event, names)}</TableCell>
                </TableRow>
              ))
            )}
          </TableBody>
        </Table>
      </TableContainer>
      {events.hasNextPage ? (
        <Box sx={{ display: 'flex', justifyContent: 'center', p: 2 }}>
          <Button onClick={() => void events.fetchNextPage()} loading={events.isFetchingNextPage}>
            Load older events
          </Button>
        </Box>
      ) : null}
    </>
  );
}
