import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useDroppable } from '@dnd-kit/core';
import type { ReactNode } from 'react';
import { useId } from 'react';
import type { BoardTask, ColumnId } from '../board-state';

export type DropHint = 'allowed' | 'refused' | null;

const EMPTY_TEXT: Record<ColumnId, string> = {
  blocked: 'Nothing waits on prerequisites.',
  open: 'No open tasks: new ones arrive when requests are approved.',
  in_progress: 'Nothing in progress. Drag an open task here to start it.',
  done: 'Finished tasks land here.',
};

/** One column of the board: a drop target with its cards. */
export function BoardColumn({
  id,
  label,
  count,
  loading,
  hint,
  hasMore,
  loadingMore,
  onLoadMore,
  tasks,
  renderTask,
}: {
  id: ColumnId;
  label: string;
  count: number;
  loading: boolean;
  hint: DropHint;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  tasks: readonly BoardTask[];
  renderTask: (task: BoardTask) => ReactNode;
}) {
  const headingId = useId();
  const { setNodeRef, isOver } = useDroppable({ id });
  const outline =
    isOver && hint === 'allowed'
      ? 'primary.main'
      : isOver && hint === 'refused'
        ? 'error.main'
        : 'divider';
  return (
    <Paper
      ref={setNodeRef}
      component="section"
      aria-labelledby={headingId}
      variant="outlined"
      sx={{
        p: 1.5,
        minHeight: 200,
        bgcolor: 'action.hover',
        borderColor: outline,
        borderWidth: 2,
        transition: 'border-color 120ms',
      }}
    >
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, mb: 1.5 }}>
        <Typography id={headingId} component="h2" variant="h6" sx={{ flexGrow: 1 }}>
          {label}
        </Typography>
        <Chip
          size="small"
          label={hasMore ? `${count}+` : count}
          aria-label={`${count}${hasMore ? ' or more' : ''} tasks`}
        />
      </Stack>
      {isOver && hint === 'refused' ? (
        <Typography variant="body2" color="error" sx={{ mb: 1 }}>
          Can’t move here
        </Typography>
      ) : null}
      {loading ? (
        <Stack sx={{ gap: 1 }} aria-hidden>
          <Skeleton variant="rounded" height={96} />
          <Skeleton variant="rounded" height={96} />
        </Stack>
      ) : tasks.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ py: 2, textAlign: 'center' }}>
          {EMPTY_TEXT[id]}
        </Typography>
      ) : (
        <Stack
          component="ul"
          sx={{ listStyle: 'none', p: 0, m: 0, gap: 1 }}
          aria-labelledby={headingId}
        >
          {tasks.map((task) => (
            <Box component="li" key={task.id}>
              {renderTask(task)}
            </Box>
          ))}
        </Stack>
      )}
      {hasMore ? (
        <Box sx={{ display: 'flex', justifyContent: 'center', pt: 1 }}>
          <Button size="small" onClick={onLoadMore} loading={loadingMore}>
            Load more
          </Button>
        </Box>
      ) : null}
    </Paper>
  );
}
