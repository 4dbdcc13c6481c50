import PeopleOutline from '@mui/icons-material/GroupOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { EmptyState } from '../../../shared/components/empty-state';
import { QueryErrorAlert } from '../../../shared/components/query-error-alert';
import { TableSkeletonRows } from '../../../shared/components/table-skeleton-rows';
import { ROLE_LABELS } from '../../../shared/role-labels';
import type { User } from '../hooks/use-users';
import { useUserDirectory } from '../hooks/use-user-directory';
import { useUsers } from '../hooks/use-users';

const COLUMNS = ['Name', 'Email', 'Roles', 'Manager', 'Status', 'Actions'] as const;

function UserStatus({ user }: { user: User }) {
  if (!user.active) return <Chip size="small" variant="outlined" label="Inactive" />;
  if (user.locked) return <Chip size="small" color="warning" label="Locked" />;
  return <Chip size="small" color="success" variant="outlined" label="Active" />;
}

export function UsersTable({
  labelledBy,
  onEdit,
}: {
  labelledBy: string;
  onEdit: (user: User) => void;
}) {
  const users = useUsers();
  const names = new Map((users.data ?? []).map((user) => [user.id, user.name]));
  const directory = useUserDirectory();
  for (const person of directory.data ?? []) names.set(person.id, person.name);

  if (users.isError) {
    return (
      <QueryErrorAlert
        title="Users could not be loaded"
        error={users.error}
        onRetry={() => void users.refetch()}
      />
    );
  }
  if (users.isSuccess && users.data.length === 0) {
    return (
      <EmptyState icon={<PeopleOutline />} title="No users yet" headingLevel="h3">
        People appear here once they are invited to this tenant.
      </EmptyState>
    );
  }

  return (
    <>
      <TableContainer>
        <Table aria-labelledby={labelledBy} aria-busy={users.isPending}>
          <TableHead>
            <TableRow>
              {COLUMNS.map((column) => (
                <TableCell key={column}>{column}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {users.isPending ? (
              <TableSkeletonRows columns={COLUMNS.length} />
            ) : (
              users.data.map((user) => (
                <TableRow key={user.id} hover>
                  <TableCell component="th" scope="row">
                    {user.name}
                  </TableCell>
                  <TableCell>{user.email}</TableCell>
                  <TableCell>
                    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
                      {user.roles.map((role) => (
                        <Chip key={role} size="small" label={ROLE_LABELS[role]} />
                      ))}
                    </Stack>
                  </TableCell>
                  <TableCell>
                    {user.managerId ? (names.get(user.managerId) ?? 'Unknown person') : 'None'}
                  </TableCell>
                  <TableCell>
                    <UserStatus user={user} />
                  </TableCell>
                  <TableCell>
                    <Button
                      size="small"
                      onClick={() => onEdit(user)}
                      aria-label={`Edit ${user.name}`}
                    >
                      Edit
                    </Button>
                  </TableCell>
                </TableRow>
              ))
            )}
          </TableBody>
        </Table>
      </TableContainer>
      {users.hasNextPage ? (
        <Box sx={{ display: 'flex', justifyContent: 'center', p: 2 }}>
          <Button onClick={() => void users.fetchNextPage()} loading={users.isFetchingNextPage}>
            Load more users
          </Button>
        </Box>
      ) : null}
    </>
  );
}
