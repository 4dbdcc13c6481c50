import type { TaskDependencyNode } from './task-template';

/**
 * The dependencies of `key` that are not yet done or skipped, in the order listed: what the task
 * waits for, for the portal to show. A dependency on a key that is not among the tasks never
 * completes, so it keeps the task blocked rather than being ignored; items with such a
 * dependency are refused when saved. Throws a RangeError for an unknown `key`.
 */
export function blockedBy(
  key: string,
  tasks: readonly TaskDependencyNode[],
  doneOrSkipped: ReadonlySet<string>,
): string[] {
  const task = tasks.find((candidate) => candidate.key === key);
  if (!task) throw new RangeError(`No task has the key "${key}".`);
  return task.dependsOn.filter((dependency) => !doneOrSkipped.has(dependency));
}

/** Whether the task with `key` still waits for a prerequisite (the task state `blocked`). */
export function isBlocked(
  key: string,
  tasks: readonly TaskDependencyNode[],
  doneOrSkipped: ReadonlySet<string>,
): boolean {
  return blockedBy(key, tasks, doneOrSkipped).length > 0;
}

/**
 * Keys of the tasks that can be worked now: not yet done or skipped, with every dependency done
 * or skipped. In task order. Comparing the result before and after a task finishes gives the
 * tasks to move from `blocked` to `open`.
 */
export function readyKeys(
  tasks: readonly TaskDependencyNode[],
  doneOrSkipped: ReadonlySet<string>,
): string[] {
  return tasks
    .filter((task) => !doneOrSkipped.has(task.key))
    .filter((task) => task.dependsOn.every((dependency) => doneOrSkipped.has(dependency)))
    .map((task) => task.key);
}
