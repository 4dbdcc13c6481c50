import Add from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { PageHeader } from '../../../shared/components/page-header';
import { AdminSections } from '../components/admin-sections';
import { UserDialog } from '../components/user-dialog';
import { UsersTable } from '../components/users-table';
import type { User } from '../hooks/use-users';

export function AdminPage() {
  const usersHeadingId = useId();
  // `null` for a new user; absent when no dialog is open.
  const [editing, setEditing] = useState<User | null | undefined>(undefined);
  return (
    <>
      <PageHeader
        title="Admin"
        description="Manage the people of your organisation and their roles, teams, cost centres and API tokens."
        actions={
          <Button variant="contained" startIcon={<Add />} onClick={() => setEditing(null)}>
            New user
          </Button>
        }
      />
      <AdminSections />
      <Paper variant="outlined" component="section" aria-labelledby={usersHeadingId}>
        <Typography id={usersHeadingId} variant="h2" sx={{ p: 2, pb: 1 }}>
          Users
        </Typography>
        <UsersTable labelledBy={usersHeadingId} onEdit={setEditing} />
      </Paper>
      {editing !== undefined ? (
        <UserDialog
          key={editing?.id ?? 'new'}
          user={editing}
          onClose={() => setEditing(undefined)}
        />
      ) : null}
    </>
  );
}
