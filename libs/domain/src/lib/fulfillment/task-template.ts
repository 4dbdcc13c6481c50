/**
 * What the dependency functions need of a task or a task template: a key unique within its
 * catalog item, and the keys it waits for. Generic, so the same functions serve templates when
 * an item is saved and the tasks made from them (which keep their template's key) afterwards.
 */
export interface TaskDependencyNode {
  readonly key: string;
  readonly dependsOn: readonly string[];
}

/** A catalog item's task template (DESIGN.md section 4, "Fulfilment"). */
export interface TaskTemplate extends TaskDependencyNode {
  readonly title: string;
  /** The team the task is assigned to; its member with the fewest open tasks may be picked. */
  readonly teamId?: string;
  readonly estimateMinutes?: number;
  readonly checklist?: readonly string[];
}
