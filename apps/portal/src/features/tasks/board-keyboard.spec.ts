import type { Active, Over } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { boardAnnouncements } from './board-keyboard';
import type { BoardTask } from './board-state';

const TASKS: Record<string, Pick<BoardTask, 'number' | 'title' | 'status'>> = {
  a: { number: 'TASK-000001', title: 'Create the account', status: 'open' },
  b: { number: 'TASK-000002', title: 'Send the welcome pack', status: 'blocked' },
};
const announce = boardAnnouncements((id) => TASKS[String(id)] as BoardTask | undefined);
const active = (id: string) => ({ id }) as unknown as Active;
const over = (id: string) => ({ id }) as unknown as Over;

describe('board announcements', () => {
  it('names the task and its column when picked up', () => {
    expect(announce.onDragStart({ active: active('a') })).toBe(
      'Picked up TASK-000001, Create the account, in Open.',
    );
  });

  it('says what a drop would do, or why it cannot happen', () => {
    expect(announce.onDragOver({ active: active('a'), over: over('in_progress') })).toBe(
      'TASK-000001 is over In progress: dropping it here will start it.',
    );
    expect(announce.onDragOver({ active: active('b'), over: over('done') })).toBe(
      'TASK-000002 is over Done, where it cannot go: The task waits for its prerequisites.',
    );
    expect(announce.onDragEnd({ active: active('b'), over: over('done') })).toBe(
      'TASK-000002 cannot move to Done: The task waits for its prerequisites. It stays in Blocked.',
    );
    expect(announce.onDragCancel({ active: active('a'), over: null })).toBe(
      'Moving TASK-000001 was cancelled. It stays in Open.',
    );
  });
});
