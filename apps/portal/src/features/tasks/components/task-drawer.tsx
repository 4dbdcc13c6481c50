import Close from '@mui/icons-material/Close';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { requestPath } from '../../../app/router/paths';
import { FactList } from '../../../shared/components/fact-list';
import { QueryErrorAlert } from '../../../shared/components/query-error-alert';
import { formatDateTime } from '../../../shared/format';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import type { BoardAction, BoardTask } from '../board-state';
import type { TaskDetail } from '../hooks/use-task';
import { useTask } from '../hooks/use-task';
import { formatHoursMinutes } from '../../../shared/format';
import { PRIORITY, TASK_STATUS } from '../task-labels';
import { actionLabel, availableActions } from './task-actions-menu';
import { TaskChecklist } from './task-checklist';
import { TaskNotes } from './task-notes';
import { TaskTimeEntries } from './task-time-entries';

function Section({
  title,
  children,
}: {
  title: string;
  children: (headingId: string) => ReactNode;
}) {
  const headingId = useId();
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ py: 2 }}>
      <Typography id={headingId} component="h3" variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        {title}
      </Typography>
      {children(headingId)}
    </Box>
  );
}

function TaskDetails({
  task,
  pending,
  onAction,
}: {
  task: TaskDetail;
  pending: boolean;
  onAction: (task: BoardTask, action: BoardAction) => void;
}) {
  const me = useCurrentUser();
  const facts: [string, ReactNode][] = [
    [
      'Request',
      <Link key="request" component={RouterLink} to={requestPath(task.requestId)}>
        {task.requestNumber}
      </Link>,
    ],
    ['Item', task.itemName],
    ['Priority', PRIORITY[task.priority].label],
    ['Assignee', task.assigneeName ?? 'Unassigned'],
    ['Estimate', task.estimateMinutes !== null ? formatHoursMinutes(task.estimateMinutes) : 'None'],
  ];
  if (task.startedAt) facts.push(['Started', formatDateTime(task.startedAt)]);
  if (task.completedAt) facts.push(['Finished', formatDateTime(task.completedAt)]);
  if (task.skipReason) facts.push(['Skipped because', task.skipReason]);
  const actions = availableActions(task, me.id);
  return (
    <>
      <FactList facts={facts} />
      {task.description ? (
        <Typography sx={{ mt: 2, whiteSpace: 'pre-wrap' }}>{task.description}</Typography>
      ) : null}
      {actions.length > 0 ? (
        <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', mt: 2 }}>
          {actions.map((action) => (
            <Button
              key={action}
              size="small"
              variant={action === 'complete' ? 'contained' : 'outlined'}
              disabled={pending}
              onClick={() => onAction(task, action)}
            >
              {actionLabel(action)}
            </Button>
          ))}
        </Stack>
      ) : null}
      <Divider sx={{ mt: 2 }} />
      <Section title="Checklist">{(id) => <TaskChecklist task={task} headingId={id} />}</Section>
      <Divider />
      <Section title="Time">{() => <TaskTimeEntries task={task} />}</Section>
      <Divider />
      <Section title="Notes">{() => <TaskNotes task={task} />}</Section>
    </>
  );
}

/** One task's details beside the board. */
export function TaskDrawer({
  taskId,
  pending,
  onClose,
  onAction,
}: {
  taskId: string;
  pending: boolean;
  onClose: () => void;
  onAction: (task: BoardTask, action: BoardAction) => void;
}) {
  const headingId = useId();
  const task = useTask(taskId);
  return (
    <Drawer
      anchor="right"
      open
      onClose={onClose}
      // Above the app bar, which the shell lifts over its own (permanent) navigation drawer.
      sx={{ zIndex: (theme) => theme.zIndex.modal }}
      slotProps={{
        paper: {
          role: 'dialog',
          'aria-modal': true,
          'aria-labelledby': headingId,
          sx: { width: { xs: '100%', sm: 480 }, p: 3 },
        },
      }}
    >
      <Stack direction="row" sx={{ alignItems: 'flex-start', gap: 1, mb: 2 }}>
        <Box sx={{ flexGrow: 1, minWidth: 0 }}>
          <Typography variant="caption" color="text.secondary">
            {task.data?.number ?? 'Task'}
          </Typography>
          <Typography id={headingId} component="h2" variant="h5">
            {task.data?.title ?? 'Loading task'}
          </Typography>
          {task.data ? (
            <Chip size="small" sx={{ mt: 1 }} label={TASK_STATUS[task.data.status]} />
          ) : null}
        </Box>
        <IconButton aria-label="Close task details" onClick={onClose}>
          <Close />
        </IconButton>
      </Stack>
      {task.isError ? (
        <QueryErrorAlert
          title="The task could not be loaded"
          error={task.error}
          onRetry={() => void task.refetch()}
        />
      ) : task.data ? (
        <TaskDetails task={task.data} pending={pending} onAction={onAction} />
      ) : (
        <Stack sx={{ gap: 1 }} aria-hidden>
          <Skeleton variant="text" />
          <Skeleton variant="text" />
          <Skeleton variant="rounded" height={120} />
        </Stack>
      )}
    </Drawer>
  );
}
