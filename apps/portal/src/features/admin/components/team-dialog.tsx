import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { enqueueSnackbar } from 'notistack';
import { useId, useState } from 'react';
import type { Team, TeamFields } from '../hooks/use-teams';
import { useSaveTeam } from '../hooks/use-teams';
import { saveErrors } from '../save-errors';
import { UserPicker, UsersPicker } from './user-picker';

/** Creates a team, or edits one's name, lead and members. */
export function TeamDialog({ team, onClose }: { team: Team | null; onClose: () => void }) {
  const titleId = useId();
  const save = useSaveTeam();
  const [attempt] = useState(() => crypto.randomUUID());
  const [fields, setFields] = useState<TeamFields>({
    name: team?.name ?? '',
    description: team?.description ?? '',
    leadId: team?.leadId ?? null,
    memberIds: team?.memberIds ?? [],
  });
  const [touched, setTouched] = useState(false);
  const errors = saveErrors(save.error);
  const nameMissing = touched && fields.name.trim() === '';
  const set = (changes: Partial<TeamFields>) =>
    setFields((current) => ({ ...current, ...changes }));
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          if (fields.name.trim() === '') return;
          save.mutate(
            { team, fields: { ...fields, name: fields.name.trim() }, idempotencyKey: attempt },
            {
              onSuccess: (saved) => {
                enqueueSnackbar(`Team ${saved.name} ${team ? 'saved' : 'created'}`, {
                  variant: 'success',
                });
                onClose();
              },
            },
          );
        }}
      >
        <DialogTitle id={titleId}>{team ? `Edit ${team.name}` : 'New team'}</DialogTitle>
        <DialogContent>
          {errors.summary ? (
            <Alert severity="error" sx={{ mb: 1 }}>
              {errors.summary}
            </Alert>
          ) : null}
          <TextField
            autoFocus
            required
            fullWidth
            margin="dense"
            label="Name"
            value={fields.name}
            onChange={(event) => set({ name: event.target.value })}
            error={nameMissing || Boolean(errors.fields.name)}
            helperText={nameMissing ? 'Give the team a name' : errors.fields.name}
            slotProps={{ htmlInput: { maxLength: 120 } }}
          />
          <TextField
            fullWidth
            multiline
            margin="dense"
            label="Description"
            value={fields.description}
            onChange={(event) => set({ description: event.target.value })}
            slotProps={{ htmlInput: { maxLength: 2000 } }}
          />
          <UserPicker
            label="Lead"
            value={fields.leadId}
            onChange={(leadId) => set({ leadId })}
            error={errors.fields.leadId}
            helperText="Hears about the team's breached service levels"
          />
          <UsersPicker
            label="Members"
            value={fields.memberIds}
            onChange={(memberIds) => set({ memberIds })}
            error={errors.fields.memberIds}
            helperText="New tasks go to the member with the fewest open tasks"
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" loading={save.isPending}>
            {team ? 'Save team' : 'Create team'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
