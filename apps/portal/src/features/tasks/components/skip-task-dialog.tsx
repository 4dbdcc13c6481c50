import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useId, useState } from 'react';
import type { BoardTask } from '../board-state';

const MIN_REASON = 3;

/** Skipping needs a reason (the API asks for one): it tells the requester why. */
export function SkipTaskDialog({
  task,
  onCancel,
  onSkip,
}: {
  task: BoardTask;
  onCancel: () => void;
  onSkip: (reason: string) => void;
}) {
  const titleId = useId();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const tooShort = reason.trim().length < MIN_REASON;
  return (
    <Dialog open onClose={onCancel} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          if (!tooShort) onSkip(reason.trim());
        }}
      >
        <DialogTitle id={titleId}>Skip {task.number}?</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            “{task.title}” will count as finished without being done. Say why it is not needed.
          </DialogContentText>
          <TextField
            autoFocus
            required
            fullWidth
            multiline
            minRows={2}
            label="Reason"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            onBlur={() => setTouched(true)}
            error={touched && tooShort}
            helperText={
              touched && tooShort ? `Give a reason of at least ${MIN_REASON} characters` : ' '
            }
            slotProps={{ htmlInput: { maxLength: 2000 } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onCancel}>Cancel</Button>
          <Button type="submit" variant="contained">
            Skip task
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
