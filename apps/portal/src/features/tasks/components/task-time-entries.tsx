import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { enqueueSnackbar } from 'notistack';
import { useState } from 'react';
import { problemMessage } from '../../../shared/problem-message';
import type { TaskDetail } from '../hooks/use-task';
import { useAddTimeEntry } from '../hooks/use-task-updates';
import { formatHoursMinutes } from '../../../shared/format';

/** Time logged against the estimate, and a form to log more. */
export function TaskTimeEntries({ task }: { task: TaskDetail }) {
  const add = useAddTimeEntry(task.id);
  const [minutes, setMinutes] = useState('');
  const [note, setNote] = useState('');
  const [attempt, setAttempt] = useState(() => crypto.randomUUID());
  const value = Number(minutes);
  const valid = Number.isInteger(value) && value >= 1 && value <= 1440;
  const total = task.timeEntries.reduce((sum, entry) => sum + entry.minutes, 0);
  const estimate = task.estimateMinutes;
  const percent = estimate ? Math.min(100, Math.round((total / estimate) * 100)) : 0;
  return (
    <>
      <Typography>
        {estimate !== null
          ? `${formatHoursMinutes(total)} logged of ${formatHoursMinutes(estimate)} estimated`
          : `${formatHoursMinutes(total)} logged (no estimate)`}
      </Typography>
      {estimate ? (
        <LinearProgress
          variant="determinate"
          value={percent}
          color={total > estimate ? 'error' : 'primary'}
          aria-label="Time logged against the estimate"
          sx={{ my: 1 }}
        />
      ) : null}
      {task.timeEntries.length > 0 ? (
        <List dense>
          {task.timeEntries.map((entry) => (
            <ListItem key={entry.id} disableGutters>
              <ListItemText
                primary={`${formatHoursMinutes(entry.minutes)} on ${entry.spentOn}`}
                secondary={entry.note || null}
              />
            </ListItem>
          ))}
        </List>
      ) : null}
      <Stack
        component="form"
        noValidate
        direction={{ xs: 'column', sm: 'row' }}
        sx={{ gap: 1, mt: 1, alignItems: { sm: 'flex-start' } }}
        onSubmit={(event) => {
          event.preventDefault();
          if (!valid) return;
          add.mutate(
            { minutes: value, note: note.trim(), idempotencyKey: attempt },
            {
              onSuccess: () => {
                setMinutes('');
                setNote('');
                setAttempt(crypto.randomUUID());
                enqueueSnackbar(`${formatHoursMinutes(value)} logged`, { variant: 'success' });
              },
              onError: (error) =>
                enqueueSnackbar(`The time was not logged: ${problemMessage(error)}`, {
                  variant: 'error',
                }),
            },
          );
        }}
      >
        <TextField
          size="small"
          label="Minutes"
          type="number"
          value={minutes}
          onChange={(event) => setMinutes(event.target.value)}
          error={minutes !== '' && !valid}
          helperText={minutes !== '' && !valid ? '1 to 1440' : undefined}
          slotProps={{ htmlInput: { min: 1, max: 1440, step: 1 } }}
          sx={{ width: { sm: 110 } }}
        />
        <TextField
          size="small"
          label="Time note"
          value={note}
          onChange={(event) => setNote(event.target.value)}
          slotProps={{ htmlInput: { maxLength: 2000 } }}
          sx={{ flexGrow: 1 }}
        />
        <Button
          type="submit"
          variant="outlined"
          disabled={!valid}
          loading={add.isPending}
          sx={{ flexShrink: 0, whiteSpace: 'nowrap' }}
        >
          Log time
        </Button>
      </Stack>
    </>
  );
}
