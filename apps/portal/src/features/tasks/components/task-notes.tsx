import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { enqueueSnackbar } from 'notistack';
import { useState } from 'react';
import { formatDateTime } from '../../../shared/format';
import { problemMessage } from '../../../shared/problem-message';
import type { TaskDetail } from '../hooks/use-task';
import { useAddTaskNote } from '../hooks/use-task-updates';

/** Internal notes on the task, oldest first, and a box to add one. */
export function TaskNotes({ task }: { task: TaskDetail }) {
  const add = useAddTaskNote(task.id);
  const [body, setBody] = useState('');
  const [attempt, setAttempt] = useState(() => crypto.randomUUID());
  return (
    <>
      {task.notes.length === 0 ? (
        <Typography color="text.secondary">No notes yet.</Typography>
      ) : (
        <List dense>
          {task.notes.map((note) => (
            <ListItem key={note.id} disableGutters alignItems="flex-start">
              <ListItemText
                primary={note.body}
                secondary={`${note.authorName} · ${formatDateTime(note.createdAt)}`}
                slotProps={{ primary: { sx: { whiteSpace: 'pre-wrap' } } }}
              />
            </ListItem>
          ))}
        </List>
      )}
      <Stack
        component="form"
        noValidate
        sx={{ gap: 1, mt: 1 }}
        onSubmit={(event) => {
          event.preventDefault();
          const text = body.trim();
          if (!text) return;
          add.mutate(
            { body: text, idempotencyKey: attempt },
            {
              onSuccess: () => {
                setBody('');
                setAttempt(crypto.randomUUID());
              },
              onError: (error) =>
                enqueueSnackbar(`The note was not added: ${problemMessage(error)}`, {
                  variant: 'error',
                }),
            },
          );
        }}
      >
        <TextField
          multiline
          minRows={2}
          label="New note"
          value={body}
          onChange={(event) => setBody(event.target.value)}
          slotProps={{ htmlInput: { maxLength: 10_000 } }}
        />
        <Button
          type="submit"
          variant="outlined"
          disabled={!body.trim()}
          loading={add.isPending}
          sx={{ alignSelf: 'flex-start' }}
        >
          Add note
        </Button>
      </Stack>
    </>
  );
}
