import CalendarMonthOutlined from '@mui/icons-material/CalendarMonthOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import { isProblem } from '@trellis/api-client';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { paths } from '../../../app/router/paths';
import { EmptyState } from '../../../shared/components/empty-state';
import { PageHeader } from '../../../shared/components/page-header';
import { QueryErrorAlert } from '../../../shared/components/query-error-alert';
import { SlaPolicyEditor } from '../components/sla-policy-editor';
import { useSlaCalendars } from '../hooks/use-sla-calendars';
import { useSlaPolicy } from '../hooks/use-sla-policies';

/** An SLA policy's editor; `/service-levels/policies/new` starts a new one. */
export function SlaPolicyEditorPage() {
  const { policyId } = useParams();
  const id = policyId ?? null;
  const policy = useSlaPolicy(id);
  const calendars = useSlaCalendars();
  if ((id !== null && policy.isPending) || calendars.isPending) {
    return (
      <Box aria-busy="true" aria-label="Loading the policy">
        <Skeleton variant="text" width="40%" height={56} />
        <Skeleton variant="rounded" height={320} sx={{ mt: 2 }} />
      </Box>
    );
  }
  if ((id !== null && policy.isError) || calendars.isError) {
    const missing = isProblem(policy.error) && policy.error.status === 404;
    return (
      <>
        <PageHeader title={missing ? 'Policy not found' : 'SLA policy'} />
        <QueryErrorAlert
          title={missing ? 'There is no such policy' : 'The policy could not be loaded'}
          error={policy.error ?? calendars.error}
          onRetry={() => {
            void policy.refetch();
            void calendars.refetch();
          }}
        />
      </>
    );
  }
  if (calendars.data.length === 0) {
    return (
      <>
        <PageHeader title="New SLA policy" />
        <EmptyState icon={<CalendarMonthOutlined />} title="Create a calendar first">
          A policy counts time in a calendar's working hours. Create one, then come back.
          <Box sx={{ mt: 2 }}>
            <Button component={RouterLink} to={paths.newSlaCalendar} variant="contained">
              New calendar
            </Button>
          </Box>
        </EmptyState>
      </>
    );
  }
  const loaded = policy.data ?? null;
  return (
    <SlaPolicyEditor
      key={loaded ? `${loaded.id}@${loaded.version}` : 'new'}
      policy={loaded}
      calendars={calendars.data}
      onReload={() => void policy.refetch()}
    />
  );
}
