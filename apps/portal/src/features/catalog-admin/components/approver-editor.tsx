import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { APPROVER_TYPES, ROLES } from '@trellis/domain';
import { ROLE_LABELS } from '../../../shared/role-labels';
import { APPROVER_TYPE_LABELS } from '../approval-text';
import { useTeamOptions } from '../hooks/use-directory';
import type { ApproverDraft } from '../policy-draft';
import { UserPicker } from './user-picker';

/** One approver spec: its kind, and the person, team or role it names. */
export function ApproverEditor({
  approver,
  label,
  problem,
  onChange,
  onRemove,
}: {
  approver: ApproverDraft;
  label: string;
  problem: string | undefined;
  onChange: (approver: ApproverDraft) => void;
  onRemove: () => void;
}) {
  const teams = useTeamOptions();
  return (
    <Stack
      direction={{ xs: 'column', sm: 'row' }}
      sx={{ gap: 1, alignItems: { sm: 'flex-start' } }}
    >
      <TextField
        select
        size="small"
        label={`${label} type`}
        value={approver.type}
        onChange={(event) =>
          onChange({ ...approver, type: event.target.value as ApproverDraft['type'] })
        }
        sx={{ minWidth: 240 }}
        error={
          Boolean(problem) &&
          approver.type !== 'user' &&
          approver.type !== 'team' &&
          approver.type !== 'role'
        }
      >
        {APPROVER_TYPES.map((type) => (
          <MenuItem key={type} value={type}>
            {APPROVER_TYPE_LABELS[type]}
          </MenuItem>
        ))}
      </TextField>
      {approver.type === 'user' ? (
        <UserPicker
          label={`${label} person`}
          value={approver.userId}
          error={Boolean(problem)}
          helperText={problem}
          onChange={(userId) => onChange({ ...approver, userId })}
        />
      ) : approver.type === 'team' ? (
        <TextField
          select
          size="small"
          label={`${label} team`}
          value={teams.data ? approver.teamId : ''}
          error={Boolean(problem)}
          helperText={problem}
          onChange={(event) => onChange({ ...approver, teamId: event.target.value })}
          sx={{ minWidth: 240 }}
        >
          {(teams.data ?? []).map((team) => (
            <MenuItem key={team.id} value={team.id}>
              {team.name}
            </MenuItem>
          ))}
        </TextField>
      ) : approver.type === 'role' ? (
        <TextField
          select
          size="small"
          label={`${label} role`}
          value={approver.role}
          error={Boolean(problem)}
          helperText={problem}
          onChange={(event) =>
            onChange({ ...approver, role: event.target.value as ApproverDraft['role'] })
          }
          sx={{ minWidth: 240 }}
        >
          {ROLES.map((role) => (
            <MenuItem key={role} value={role}>
              {ROLE_LABELS[role]}
            </MenuItem>
          ))}
        </TextField>
      ) : problem ? (
        <TextField size="small" disabled label="Problem" value={problem} error />
      ) : null}
      <IconButton aria-label={`Remove ${label.toLowerCase()}`} onClick={onRemove}>
        <DeleteOutlined />
      </IconButton>
    </Stack>
  );
}
