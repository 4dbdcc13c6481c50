import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import Typography from '@mui/material/Typography';
import { enqueueSnackbar } from 'notistack';
import { useState } from 'react';
import { problemMessage } from '../../../shared/problem-message';
import type { TaskDetail } from '../hooks/use-task';
import { useToggleChecklistItem } from '../hooks/use-task-updates';

type ChecklistItem = TaskDetail['checklist'][number];

/** The task's checklist; ticking shows at once and is undone if the API refuses. */
export function TaskChecklist({ task, headingId }: { task: TaskDetail; headingId: string }) {
  const toggle = useToggleChecklistItem(task.id);
  // The tick as clicked, until the API answers: set in the click's own render, so the box never
  // flickers back while the request is on its way.
  const [ticking, setTicking] = useState<Readonly<Record<string, boolean>>>({});
  const isDone = (item: ChecklistItem) => ticking[item.id] ?? item.done;
  const finished = task.status === 'done' || task.status === 'skipped';
  if (task.checklist.length === 0)
    return <Typography color="text.secondary">This task has no checklist.</Typography>;

  const onToggle = (item: ChecklistItem, done: boolean) => {
    setTicking((current) => ({ ...current, [item.id]: done }));
    toggle.mutate(
      { itemId: item.id, done },
      {
        onSettled: () =>
          setTicking((current) => {
            const next = { ...current };
            delete next[item.id];
            return next;
          }),
        onError: (error) =>
          enqueueSnackbar(`The checklist was not saved: ${problemMessage(error)}`, {
            variant: 'error',
          }),
      },
    );
  };

  return (
    <>
      <Typography variant="body2" color="text.secondary">
        {task.checklist.filter(isDone).length} of {task.checklist.length} done
      </Typography>
      <FormGroup aria-labelledby={headingId}>
        {task.checklist.map((item) => (
          <FormControlLabel
            key={item.id}
            label={item.label}
            disabled={finished}
            control={
              <Checkbox
                checked={isDone(item)}
                onChange={(event) => onToggle(item, event.target.checked)}
              />
            }
          />
        ))}
      </FormGroup>
    </>
  );
}
