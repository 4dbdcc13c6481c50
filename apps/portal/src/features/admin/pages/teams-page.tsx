import Add from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { PageHeader } from '../../../shared/components/page-header';
import { AdminSections } from '../components/admin-sections';
import { TeamDialog } from '../components/team-dialog';
import { TeamsTable } from '../components/teams-table';
import type { Team } from '../hooks/use-teams';

export function TeamsPage() {
  const headingId = useId();
  // `null` for a new team; absent when no dialog is open.
  const [editing, setEditing] = useState<Team | null | undefined>(undefined);
  return (
    <>
      <PageHeader
        title="Teams"
        description="Teams fulfil the tasks of catalog items; their lead hears about breached service levels."
        actions={
          <Button variant="contained" startIcon={<Add />} onClick={() => setEditing(null)}>
            New team
          </Button>
        }
      />
      <AdminSections />
      <Paper variant="outlined" component="section" aria-labelledby={headingId}>
        <Typography id={headingId} variant="h2" sx={{ p: 2, pb: 1 }}>
          All teams
        </Typography>
        <TeamsTable labelledBy={headingId} onEdit={setEditing} />
      </Paper>
      {editing !== undefined ? (
        <TeamDialog
          key={editing?.id ?? 'new'}
          team={editing}
          onClose={() => setEditing(undefined)}
        />
      ) : null}
    </>
  );
}
