import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useId, useState } from 'react';
import type { Assignee, BoardTask } from '../board-state';
import { useWorkers } from '../hooks/use-workers';

/** Hands the task to an agent or admin. */
export function AssignTaskDialog({
  task,
  onCancel,
  onAssign,
}: {
  task: BoardTask;
  onCancel: () => void;
  onAssign: (assignee: Assignee) => void;
}) {
  const titleId = useId();
  const workers = useWorkers(true);
  const [chosen, setChosen] = useState<Assignee | null>(null);
  return (
    <Dialog open onClose={onCancel} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (chosen) onAssign(chosen);
        }}
      >
        <DialogTitle id={titleId}>Assign {task.number}</DialogTitle>
        <DialogContent>
          <Autocomplete
            options={(workers.data ?? []).map((user) => ({ id: user.id, name: user.name }))}
            loading={workers.isPending}
            value={chosen}
            onChange={(_, value) => setChosen(value)}
            getOptionLabel={(option) => option.name}
            isOptionEqualToValue={(a, b) => a.id === b.id}
            renderInput={(params) => (
              <TextField
                {...params}
                autoFocus
                label="Assignee"
                margin="dense"
                helperText={workers.isError ? 'People could not be loaded' : 'Agents and admins'}
              />
            )}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onCancel}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={!chosen}>
            Assign
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
