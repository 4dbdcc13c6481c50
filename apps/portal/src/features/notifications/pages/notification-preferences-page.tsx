import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Switch from '@mui/material/Switch';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { enqueueSnackbar } from 'notistack';
import { PageHeader } from '../../../shared/components/page-header';
import { QueryErrorAlert } from '../../../shared/components/query-error-alert';
import { TableSkeletonRows } from '../../../shared/components/table-skeleton-rows';
import { problemMessage } from '../../../shared/problem-message';
import {
  CHANNELS,
  CHANNEL_LABELS,
  EVENT_TYPE_LABELS,
  orderedEventTypes,
} from '../event-type-labels';
import {
  useNotificationPreferences,
  useUpdateNotificationPreference,
} from '../hooks/use-notification-preferences';

/** Which events reach the person, and how: one switch per event type and channel. */
export function NotificationPreferencesPage() {
  const preferences = useNotificationPreferences();
  const update = useUpdateNotificationPreference();
  const items = preferences.data?.items;
  const enabled = (eventType: string, channel: string) =>
    items?.find((i) => i.eventType === eventType && i.channel === channel)?.enabled ?? true;
  const eventTypes = items ? orderedEventTypes(items.map((i) => i.eventType)) : [];

  return (
    <>
      <PageHeader
        title="Notification settings"
        description="Choose what you hear about, in the portal's bell and by email. Changes are saved as you switch."
      />
      <Paper variant="outlined">
        {preferences.isError ? (
          <Box sx={{ p: 2 }}>
            <QueryErrorAlert
              title="Your settings could not be loaded"
              error={preferences.error}
              onRetry={() => void preferences.refetch()}
            />
          </Box>
        ) : (
          <TableContainer>
            <Table aria-label="Notification settings" aria-busy={!items}>
              <TableHead>
                <TableRow>
                  <TableCell>Event</TableCell>
                  {CHANNELS.map((channel) => (
                    <TableCell key={channel} align="center">
                      {CHANNEL_LABELS[channel]}
                    </TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {items ? (
                  eventTypes.map((eventType) => {
                    const label = EVENT_TYPE_LABELS[eventType] ?? eventType;
                    return (
                      <TableRow key={eventType} hover>
                        <TableCell component="th" scope="row">
                          {label}
                        </TableCell>
                        {CHANNELS.map((channel) => (
                          <TableCell key={channel} align="center">
                            <Switch
                              checked={enabled(eventType, channel)}
                              onChange={(event) =>
                                update.mutate(
                                  { eventType, channel, enabled: event.target.checked },
                                  {
                                    onError: (error) =>
                                      enqueueSnackbar(
                                        `The setting was not saved: ${problemMessage(error)}`,
                                        { variant: 'error' },
                                      ),
                                  },
                                )
                              }
                              slotProps={{
                                input: { 'aria-label': `${label}: ${CHANNEL_LABELS[channel]}` },
                              }}
                            />
                          </TableCell>
                        ))}
                      </TableRow>
                    );
                  })
                ) : (
                  <TableSkeletonRows columns={3} rows={6} />
                )}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </Paper>
    </>
  );
}
