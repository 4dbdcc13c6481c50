import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { PageHeader } from '../../../shared/components/page-header';
import { AuditEventsTable } from '../components/audit-events-table';

export function AuditPage() {
  const headingId = useId();
  return (
    <>
      <PageHeader
        title="Audit"
        description="Who did what, and when: sign-ins, configuration changes and every state change, newest first. The trail is append-only."
      />
      <Paper variant="outlined" component="section" aria-labelledby={headingId}>
        <Typography id={headingId} variant="h2" sx={{ p: 2, pb: 1 }}>
          Audit events
        </Typography>
        <AuditEventsTable labelledBy={headingId} />
      </Paper>
    </>
  );
}
