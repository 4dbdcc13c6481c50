import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import type { BoardFilter } from '../hooks/use-board-tasks';
import { useTeamOptions } from '../hooks/use-team-options';

/** "Only mine" and a team: what the board shows. */
export function BoardFilters({
  filter,
  onChange,
}: {
  filter: BoardFilter;
  onChange: (filter: BoardFilter) => void;
}) {
  const teams = useTeamOptions();
  return (
    <Stack direction="row" sx={{ gap: 2, alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
      <FormControlLabel
        label="Only my tasks"
        control={
          <Switch
            checked={filter.mine}
            onChange={(event) => onChange({ ...filter, mine: event.target.checked })}
          />
        }
      />
      <TextField
        select
        size="small"
        label="Team"
        value={filter.teamId ?? 'all'}
        onChange={(event) =>
          onChange({ ...filter, teamId: event.target.value === 'all' ? null : event.target.value })
        }
        helperText={teams.isError ? 'Teams could not be loaded' : undefined}
        sx={{ minWidth: 220 }}
      >
        <MenuItem value="all">All teams</MenuItem>
        {(teams.data ?? []).map((team) => (
          <MenuItem key={team.id} value={team.id}>
            {team.name}
          </MenuItem>
        ))}
        {/* A team in the address that the list does not hold (yet) still needs an option. */}
        {filter.teamId && !teams.data?.some((team) => team.id === filter.teamId) ? (
          <MenuItem value={filter.teamId}>Selected team</MenuItem>
        ) : null}
      </TextField>
    </Stack>
  );
}
