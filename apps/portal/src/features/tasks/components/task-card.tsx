import DragIndicator from '@mui/icons-material/DragIndicator';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useDraggable } from '@dnd-kit/core';
import type { KeyboardEventHandler, PointerEventHandler } from 'react';
import { useId } from 'react';
import type { BoardAction, BoardTask } from '../board-state';
import { slaLabel } from '../sla-label';
import { formatHoursMinutes } from '../../../shared/format';
import { PRIORITY } from '../task-labels';
import { TaskActionsMenu } from './task-actions-menu';

interface TaskCardProps {
  task: BoardTask;
  /** An action on it is in flight: no second one until it settles. */
  pending: boolean;
  onOpen: () => void;
  onAction: (action: BoardAction) => void;
}

function CardBody({
  task,
  titleId,
  onOpen,
}: {
  task: BoardTask;
  titleId?: string;
  onOpen?: () => void;
}) {
  const sla = task.status === 'done' || task.status === 'skipped' ? null : slaLabel(task);
  const time =
    task.estimateMinutes !== null
      ? `${formatHoursMinutes(task.spentMinutes)} of ${formatHoursMinutes(task.estimateMinutes)}`
      : formatHoursMinutes(task.spentMinutes);
  return (
    <>
      <Typography
        id={titleId}
        component="h3"
        variant="subtitle1"
        sx={{ fontWeight: 600, lineHeight: 1.3 }}
      >
        {onOpen ? (
          <Link
            component="button"
            type="button"
            onClick={onOpen}
            sx={{ textAlign: 'left' }}
            underline="hover"
          >
            {task.title}
          </Link>
        ) : (
          task.title
        )}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {task.requestNumber} · {task.itemName}
      </Typography>
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center', mt: 1 }}>
        <Chip
          size="small"
          label={PRIORITY[task.priority].label}
          color={PRIORITY[task.priority].color}
        />
        {task.status === 'skipped' ? (
          <Chip size="small" variant="outlined" label="Skipped" />
        ) : null}
        {sla ? <Chip size="small" variant="outlined" label={sla.label} color={sla.tone} /> : null}
        <Typography variant="body2" color="text.secondary">
          {task.assigneeName ?? 'Unassigned'}
        </Typography>
      </Stack>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5 }}>
        {task.checklistTotal > 0 ? `Checklist ${task.checklistDone}/${task.checklistTotal} · ` : ''}
        Time {time}
      </Typography>
    </>
  );
}

/** A task on the board: drag it by its handle (or anywhere with a pointer), or use its menu. */
export function TaskCard({ task, pending, onOpen, onAction }: TaskCardProps) {
  const titleId = useId();
  const finished = task.status === 'done' || task.status === 'skipped';
  const { setNodeRef, setActivatorNodeRef, listeners, attributes, isDragging } = useDraggable({
    id: task.id,
    data: { task },
    disabled: pending || finished,
  });
  // dnd-kit types its listeners loosely (`Function`); they are React event handlers.
  const onPointerDown = listeners?.onPointerDown as PointerEventHandler | undefined;
  const onKeyDown = listeners?.onKeyDown as KeyboardEventHandler | undefined;
  return (
    <Paper
      ref={setNodeRef}
      component="article"
      variant="outlined"
      aria-labelledby={titleId}
      aria-busy={pending}
      // A pointer may grab the card anywhere; the keyboard uses the handle (a real button).
      onPointerDown={onPointerDown}
      sx={{
        p: 1.5,
        opacity: isDragging ? 0.4 : pending ? 0.7 : 1,
        cursor: finished ? 'default' : 'grab',
        touchAction: 'manipulation',
      }}
    >
      <Stack direction="row" sx={{ alignItems: 'center', gap: 0.5, mb: 0.5 }}>
        {finished ? null : (
          <IconButton
            ref={setActivatorNodeRef}
            size="small"
            {...attributes}
            onKeyDown={onKeyDown}
            aria-label={`Move ${task.number}`}
            sx={{ ml: -0.5 }}
          >
            <DragIndicator fontSize="small" />
          </IconButton>
        )}
        <Typography variant="caption" sx={{ fontWeight: 600 }}>
          {task.number}
        </Typography>
        <Box sx={{ flexGrow: 1 }} />
        <TaskActionsMenu task={task} disabled={pending} onOpen={onOpen} onAction={onAction} />
      </Stack>
      <CardBody task={task} titleId={titleId} onOpen={onOpen} />
    </Paper>
  );
}

/** The card as it follows the pointer while dragged. */
export function TaskCardPreview({ task }: { task: BoardTask }) {
  return (
    <Paper variant="outlined" sx={{ p: 1.5, boxShadow: 6, cursor: 'grabbing' }}>
      <Typography variant="caption" sx={{ fontWeight: 600 }}>
        {task.number}
      </Typography>
      <CardBody task={task} />
    </Paper>
  );
}
