import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Schemas } from '@trellis/api-client';
import { useId } from 'react';
import type { ServiceRequest } from '../hooks/use-request';

type TaskStatus = Schemas['TaskSummaryDto']['status'];
type ChipColor = 'default' | 'primary' | 'secondary' | 'success';

const TASK_STATUS: Readonly<Record<TaskStatus, { label: string; color: ChipColor }>> = {
  blocked: { label: 'Waiting on another task', color: 'default' },
  open: { label: 'Open', color: 'secondary' },
  in_progress: { label: 'In progress', color: 'primary' },
  done: { label: 'Done', color: 'success' },
  skipped: { label: 'Skipped', color: 'default' },
};

/** The fulfilment tasks, how far along they are, and who has each. */
export function RequestTasks({ request }: { request: ServiceRequest }) {
  const progressId = useId();
  const { tasks } = request;
  if (tasks.length === 0) {
    return (
      <Typography color="text.secondary">
        Tasks are created once the request is approved.
      </Typography>
    );
  }
  const finished = tasks.filter((t) => t.status === 'done' || t.status === 'skipped').length;
  return (
    <>
      <Typography id={progressId} variant="body2" gutterBottom>
        {`${finished} of ${tasks.length} tasks finished`}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={Math.round((finished / tasks.length) * 100)}
        aria-labelledby={progressId}
        sx={{ height: 8, borderRadius: 4, mb: 1 }}
      />
      <List dense disablePadding aria-label="Tasks">
        {tasks.map((task) => {
          const status = TASK_STATUS[task.status];
          return (
            <ListItem key={task.id} disableGutters divider>
              <Stack
                direction="row"
                sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap', width: '100%' }}
              >
                <Typography sx={{ flexGrow: 1, minWidth: '12ch' }}>
                  {task.title}
                  <Typography component="span" variant="body2" color="text.secondary">
                    {` · ${task.number}`}
                  </Typography>
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {task.assigneeName ?? 'Unassigned'}
                </Typography>
                <Chip size="small" color={status.color} label={status.label} />
              </Stack>
            </ListItem>
          );
        })}
      </List>
    </>
  );
}
