import type { Announcements, KeyboardCoordinateGetter, UniqueIdentifier } from '@dnd-kit/core';
import type { BoardTask, ColumnId } from './board-state';
import { BOARD_COLUMNS, columnLabel, columnOf, decideDrop } from './board-state';

const FORWARD = new Set(['ArrowRight', 'ArrowDown']);
const BACKWARD = new Set(['ArrowLeft', 'ArrowUp']);
const ORDER: readonly string[] = BOARD_COLUMNS.map((column) => column.id);

function isColumn(id: UniqueIdentifier | undefined): id is ColumnId {
  return typeof id === 'string' && ORDER.includes(id);
}

/**
 * Arrow keys move a picked-up card a whole column at a time (right/down forward, left/up back;
 * the columns stack on a phone), instead of dnd-kit's default of a few pixels per press.
 */
export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const step = FORWARD.has(event.code) ? 1 : BACKWARD.has(event.code) ? -1 : 0;
  if (step === 0) return undefined;
  event.preventDefault();
  const { active, over, collisionRect, droppableRects } = context;
  if (!active || !collisionRect) return undefined;
  const task = active.data.current?.task as BoardTask | undefined;
  const from = isColumn(over?.id) ? over.id : task ? columnOf(task.status) : undefined;
  if (!from) return undefined;
  const target = ORDER[Math.min(ORDER.length - 1, Math.max(0, ORDER.indexOf(from) + step))];
  const rect = target ? droppableRects.get(target) : undefined;
  if (!rect) return undefined;
  return {
    x: rect.left + Math.max(0, (rect.width - collisionRect.width) / 2),
    y: rect.top + Math.min(56, Math.max(0, rect.height - collisionRect.height)),
  };
};

export const SCREEN_READER_INSTRUCTIONS = {
  draggable:
    'To move this task, press space or enter, use the arrow keys to choose a column, then press space or enter to drop it there, or escape to cancel.',
};

const ACTION_WORD = { start: 'start', complete: 'complete' } as const;

/** What a screen reader hears while a card moves, naming the task and the columns. */
export function boardAnnouncements(
  find: (id: UniqueIdentifier) => BoardTask | undefined,
): Announcements {
  const name = (id: UniqueIdentifier) => find(id)?.number ?? 'The task';
  const home = (id: UniqueIdentifier) => {
    const task = find(id);
    return task ? columnLabel(columnOf(task.status)) : 'its column';
  };
  const verdict = (
    id: UniqueIdentifier,
    overId: UniqueIdentifier | undefined,
    dropped: boolean,
  ) => {
    const task = find(id);
    if (!task || !isColumn(overId)) return `${name(id)} is not over a column.`;
    const decision = decideDrop(task, overId);
    const label = columnLabel(overId);
    if (decision.ok === 'same') return `${task.number} is in its own column, ${label}.`;
    if (decision.ok)
      return dropped
        ? `${task.number} dropped on ${label}.`
        : `${task.number} is over ${label}: dropping it here will ${ACTION_WORD[decision.action]} it.`;
    return dropped
      ? `${task.number} cannot move to ${label}: ${decision.reason}. It stays in ${home(id)}.`
      : `${task.number} is over ${label}, where it cannot go: ${decision.reason}.`;
  };
  return {
    onDragStart: ({ active }) => {
      const task = find(active.id);
      return task
        ? `Picked up ${task.number}, ${task.title}, in ${home(active.id)}.`
        : 'Picked up a task.';
    },
    onDragOver: ({ active, over }) => verdict(active.id, over?.id, false),
    onDragEnd: ({ active, over }) => verdict(active.id, over?.id, true),
    onDragCancel: ({ active }) =>
      `Moving ${name(active.id)} was cancelled. It stays in ${home(active.id)}.`,
  };
}
