import AddIcon from '@mui/icons-material/Add';
import CalendarMonthOutlined from '@mui/icons-material/CalendarMonthOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { Link as RouterLink } from 'react-router-dom';
import { paths, slaCalendarPath } from '../../../app/router/paths';
import { EmptyState } from '../../../shared/components/empty-state';
import { PageHeader } from '../../../shared/components/page-header';
import { QueryErrorAlert } from '../../../shared/components/query-error-alert';
import { TableSkeletonRows } from '../../../shared/components/table-skeleton-rows';
import { formatDateTime } from '../../../shared/format';
import { describeBusinessMinutes } from '../../../shared/format';
import { SlaSections } from '../components/sla-sections';
import { useSlaCalendars } from '../hooks/use-sla-calendars';
import { weeklyMinutes } from '../weekly-hours';

/** The tenant's business-hours calendars, which SLA policies count time in. */
export function SlaCalendarsPage() {
  const calendars = useSlaCalendars();
  return (
    <>
      <PageHeader
        title="Service levels"
        description="Calendars say when the service-level clock runs: working hours in a time zone, minus holidays. Policies set the targets."
        actions={
          <Button
            component={RouterLink}
            to={paths.newSlaCalendar}
            variant="contained"
            startIcon={<AddIcon />}
          >
            New calendar
          </Button>
        }
      />
      <SlaSections />
      <Paper variant="outlined">
        {calendars.isError ? (
          <Box sx={{ p: 2 }}>
            <QueryErrorAlert
              title="The calendars could not be loaded"
              error={calendars.error}
              onRetry={() => void calendars.refetch()}
            />
          </Box>
        ) : calendars.data?.length === 0 ? (
          <EmptyState icon={<CalendarMonthOutlined />} title="No calendars yet">
            Without a calendar, service-level clocks run around the clock. Create one with your
            desk's working hours and public holidays, then use it in a policy.
          </EmptyState>
        ) : (
          <TableContainer>
            <Table aria-label="Calendars" aria-busy={!calendars.data}>
              <TableHead>
                <TableRow>
                  <TableCell>Calendar</TableCell>
                  <TableCell>Time zone</TableCell>
                  <TableCell>Working time a week</TableCell>
                  <TableCell>Holidays</TableCell>
                  <TableCell>Changed</TableCell>
                  <TableCell align="right">Actions</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {calendars.data ? (
                  calendars.data.map((calendar) => (
                    <TableRow key={calendar.id} hover>
                      <TableCell component="th" scope="row">
                        {calendar.name}
                      </TableCell>
                      <TableCell>{calendar.timeZone}</TableCell>
                      <TableCell>
                        {describeBusinessMinutes(weeklyMinutes(calendar.workingHours), null)}
                      </TableCell>
                      <TableCell>{calendar.holidays.length}</TableCell>
                      <TableCell>{formatDateTime(calendar.updatedAt)}</TableCell>
                      <TableCell align="right">
                        <Button
                          size="small"
                          component={RouterLink}
                          to={slaCalendarPath(calendar.id)}
                          aria-label={`Edit ${calendar.name}`}
                        >
                          Edit
                        </Button>
                      </TableCell>
                    </TableRow>
                  ))
                ) : (
                  <TableSkeletonRows columns={6} rows={3} />
                )}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </Paper>
    </>
  );
}
