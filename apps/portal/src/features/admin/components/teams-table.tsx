import GroupsOutlined from '@mui/icons-material/GroupsOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { EmptyState } from '../../../shared/components/empty-state';
import { QueryErrorAlert } from '../../../shared/components/query-error-alert';
import { TableSkeletonRows } from '../../../shared/components/table-skeleton-rows';
import type { Team } from '../hooks/use-teams';
import { useTeams } from '../hooks/use-teams';
import { useUserDirectory } from '../hooks/use-user-directory';

const COLUMNS = ['Team', 'Lead', 'Members', 'Actions'] as const;
const SHOWN_MEMBERS = 4;

export function TeamsTable({
  labelledBy,
  onEdit,
}: {
  labelledBy: string;
  onEdit: (team: Team) => void;
}) {
  const teams = useTeams();
  const directory = useUserDirectory();
  const names = new Map((directory.data ?? []).map((user) => [user.id, user.name]));
  const nameOf = (id: string) => names.get(id) ?? 'Unknown person';

  if (teams.isError) {
    return (
      <QueryErrorAlert
        title="Teams could not be loaded"
        error={teams.error}
        onRetry={() => void teams.refetch()}
      />
    );
  }
  if (teams.isSuccess && teams.data.length === 0) {
    return (
      <EmptyState icon={<GroupsOutlined />} title="No teams yet" headingLevel="h3">
        Create a team with New team: tasks of catalog items go to its members.
      </EmptyState>
    );
  }
  return (
    <>
      <TableContainer>
        <Table aria-labelledby={labelledBy} aria-busy={teams.isPending}>
          <TableHead>
            <TableRow>
              {COLUMNS.map((column) => (
                <TableCell key={column}>{column}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {teams.isPending ? (
              <TableSkeletonRows columns={COLUMNS.length} />
            ) : (
              teams.data.map((team) => {
                const members = team.memberIds.map(nameOf).sort((a, b) => a.localeCompare(b));
                const rest = members.length - SHOWN_MEMBERS;
                return (
                  <TableRow key={team.id} hover>
                    <TableCell component="th" scope="row">
                      {team.name}
                    </TableCell>
                    <TableCell>{team.leadId ? nameOf(team.leadId) : 'None'}</TableCell>
                    <TableCell>
                      {members.length === 0
                        ? 'No members'
                        : members.slice(0, SHOWN_MEMBERS).join(', ') +
                          (rest > 0 ? ` and ${rest} more` : '')}
                    </TableCell>
                    <TableCell>
                      <Button
                        size="small"
                        onClick={() => onEdit(team)}
                        aria-label={`Edit ${team.name}`}
                      >
                        Edit
                      </Button>
                    </TableCell>
                  </TableRow>
                );
              })
            )}
          </TableBody>
        </Table>
      </TableContainer>
      {teams.hasNextPage ? (
        <Box sx={{ display: 'flex', justifyContent: 'center', p: 2 }}>
          <Button onClick={() => void teams.fetchNextPage()} loading={teams.isFetchingNextPage}>
            Load more teams
          </Button>
        </Box>
      ) : null}
    </>
  );
}
