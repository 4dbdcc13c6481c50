import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import { isProblem } from '@trellis/api-client';
import { useParams } from 'react-router-dom';
import { PageHeader } from '../../../shared/components/page-header';
import { QueryErrorAlert } from '../../../shared/components/query-error-alert';
import { CalendarEditor } from '../components/calendar-editor';
import { useSlaCalendar } from '../hooks/use-sla-calendars';

/** A calendar's editor; `/service-levels/calendars/new` starts a new one. */
export function SlaCalendarEditorPage() {
  const { calendarId } = useParams();
  const id = calendarId ?? null;
  const calendar = useSlaCalendar(id);
  if (id !== null && calendar.isPending) {
    return (
      <Box aria-busy="true" aria-label="Loading the calendar">
        <Skeleton variant="text" width="40%" height={56} />
        <Skeleton variant="rounded" height={320} sx={{ mt: 2 }} />
      </Box>
    );
  }
  if (id !== null && calendar.isError) {
    const missing = isProblem(calendar.error) && calendar.error.status === 404;
    return (
      <>
        <PageHeader title={missing ? 'Calendar not found' : 'Calendar'} />
        <QueryErrorAlert
          title={missing ? 'There is no such calendar' : 'The calendar could not be loaded'}
          error={calendar.error}
          onRetry={() => void calendar.refetch()}
        />
      </>
    );
  }
  const loaded = calendar.data ?? null;
  return (
    <CalendarEditor
      // A new version (after a save or an import) starts the editor afresh from what was stored.
      key={loaded ? `${loaded.id}@${loaded.version}` : 'new'}
      calendar={loaded}
      onReload={() => void calendar.refetch()}
    />
  );
}
