import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { PageHeader } from '../../../shared/components/page-header';
import { AdminSections } from '../components/admin-sections';
import { UsersTable } from '../components/users-table';

export function AdminPage() {
  const usersHeadingId = useId();
  return (
    <>
      <PageHeader
        title="Admin"
        description="Manage the people of your organisation and their roles, teams, cost centres and API tokens."
      />
      <AdminSections />
      <Paper variant="outlined" component="section" aria-labelledby={usersHeadingId}>
        <Typography id={usersHeadingId} variant="h2" sx={{ p: 2, pb: 1 }}>
          Users
        </Typography>
        <UsersTable labelledBy={usersHeadingId} />
      </Paper>
    </>
  );
}
