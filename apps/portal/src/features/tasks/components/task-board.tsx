import Box from '@mui/material/Box';
import type {
  CollisionDetection,
  DragEndEvent,
  DragOverEvent,
  DragStartEvent,
} from '@dnd-kit/core';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { enqueueSnackbar } from 'notistack';
import { useMemo, useState } from 'react';
import type { BoardAction, BoardTask, ColumnId, Overlays } from '../board-state';
import { BOARD_COLUMNS, decideDrop, groupByColumn } from '../board-state';
import {
  SCREEN_READER_INSTRUCTIONS,
  boardAnnouncements,
  columnKeyboardCoordinates,
} from '../board-keyboard';
import type { DropHint } from './board-column';
import { BoardColumn } from './board-column';
import { TaskCard, TaskCardPreview } from './task-card';

export interface ColumnPaging {
  loading: boolean;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
}

// A pointer drops where it is; the keyboard moves the card's rectangle, which lands in a column.
const collisionDetection: CollisionDetection = (args) =>
  args.pointerCoordinates ? pointerWithin(args) : rectIntersection(args);

/** The four columns with drag and drop between them, by pointer or keyboard. */
export function TaskBoard({
  tasks,
  overlays,
  paging,
  onOpen,
  onAction,
}: {
  tasks: readonly BoardTask[];
  overlays: Overlays;
  paging: Record<ColumnId, ColumnPaging>;
  onOpen: (task: BoardTask) => void;
  onAction: (task: BoardTask, action: BoardAction) => void;
}) {
  const columns = useMemo(() => groupByColumn(tasks), [tasks]);
  const byId = useMemo(() => new Map(tasks.map((task) => [task.id, task])), [tasks]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [overId, setOverId] = useState<ColumnId | null>(null);
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so clicks on the card's buttons stay clicks.
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates }),
  );
  const announcements = useMemo(() => boardAnnouncements((id) => byId.get(String(id))), [byId]);
  const active = activeId ? byId.get(activeId) : undefined;

  const hintFor = (column: ColumnId): DropHint => {
    if (!active || overId !== column) return null;
    const decision = decideDrop(active, column);
    return decision.ok === false ? 'refused' : decision.ok === true ? 'allowed' : null;
  };

  const reset = () => {
    setActiveId(null);
    setOverId(null);
  };

  const onDragEnd = ({ active: dragged, over }: DragEndEvent) => {
    reset();
    const task = byId.get(String(dragged.id));
    if (!task || !over) return;
    const decision = decideDrop(task, over.id as ColumnId);
    if (decision.ok === 'same') return;
    if (decision.ok) {
      onAction(task, decision.action);
      return;
    }
    // The card snaps back (nothing changed); say why.
    enqueueSnackbar(`${task.number} can’t move there: ${decision.reason}.`, { variant: 'warning' });
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      accessibility={{ announcements, screenReaderInstructions: SCREEN_READER_INSTRUCTIONS }}
      onDragStart={({ active: dragged }: DragStartEvent) => setActiveId(String(dragged.id))}
      onDragOver={({ over }: DragOverEvent) => setOverId(over ? (over.id as ColumnId) : null)}
      onDragEnd={onDragEnd}
      onDragCancel={reset}
    >
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: {
            xs: '1fr',
            sm: 'repeat(2, minmax(0, 1fr))',
            lg: 'repeat(4, minmax(0, 1fr))',
          },
          alignItems: 'start',
        }}
      >
        {BOARD_COLUMNS.map((column) => (
          <BoardColumn
            key={column.id}
            id={column.id}
            label={column.label}
            count={columns[column.id].length}
            loading={paging[column.id].loading}
            hasMore={paging[column.id].hasMore}
            loadingMore={paging[column.id].loadingMore}
            onLoadMore={paging[column.id].loadMore}
            hint={hintFor(column.id)}
            tasks={columns[column.id]}
            renderTask={(task) => (
              <TaskCard
                task={task}
                pending={overlays[task.id]?.pending ?? false}
                onOpen={() => onOpen(task)}
                onAction={(action) => onAction(task, action)}
              />
            )}
          />
        ))}
      </Box>
      <DragOverlay>{active ? <TaskCardPreview task={active} /> : null}</DragOverlay>
    </DndContext>
  );
}
