import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { PageHeader } from '../../../shared/components/page-header';
import { UsersTable } from '../components/users-table';

export function AdminPage() {
  const usersHeadingId = useId();
  return (
    <>
      <PageHeader
        title="Admin"
        description="Manage the people of your organisation and their roles. Teams, API tokens and tenant settings follow."
      />
      <Paper variant="outlined" component="section" aria-labelledby={usersHeadingId}>
        <Typography id={usersHeadingId} variant="h2" sx={{ p: 2, pb: 1 }}>
          Users
        </Typography>
        <UsersTable labelledBy={usersHeadingId} />
      </Paper>
    </>
  );
}
