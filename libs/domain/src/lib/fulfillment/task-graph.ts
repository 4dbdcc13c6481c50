import type { ValidationProblem } from '../approvals/validation-problem';
import type { TaskDependencyNode } from './task-template';

/**
 * The dependency graph over the first template with each key; later duplicates are reported by
 * `findDependencyProblems` and left out. Edges to unknown keys and to the task itself are left
 * out too (also reported), so that the cycle search sees only real cycles of two or more tasks.
 */
function buildGraph(nodes: readonly TaskDependencyNode[]) {
  const indexOf = new Map<string, number>();
  nodes.forEach((node, index) => {
    if (!indexOf.has(node.key)) indexOf.set(node.key, index);
  });
  const dependencies = nodes.map((node, index) =>
    indexOf.get(node.key) !== index
      ? []
      : [...new Set(node.dependsOn)]
          .map((key) => indexOf.get(key))
          .filter((dep): dep is number => dep !== undefined && dep !== index),
  );
  const dependents: number[][] = nodes.map(() => []);
  dependencies.forEach((deps, index) => deps.forEach((dep) => dependents[dep].push(index)));
  const included = nodes.map((node, index) => indexOf.get(node.key) === index);
  return { indexOf, dependencies, dependents, included };
}

type Graph = ReturnType<typeof buildGraph>;

/**
 * Kahn's algorithm: settles every node whose dependencies are all settled, earliest position
 * first among those ready, so the order is stable. Nodes left unsettled lie on a cycle or wait
 * on one. `settled` and `waiting` are updated in place so cycle reporting can resume from them.
 */
function settle(graph: Graph, settled: boolean[], waiting: number[], order: number[]): void {
  const ready = waiting.flatMap((count, index) =>
    count === 0 && !settled[index] && graph.included[index] ? [index] : [],
  );
  while (ready.length > 0) {
    const index = ready.shift() as number;
    if (settled[index]) continue;
    settled[index] = true;
    order.push(index);
    for (const dependent of graph.dependents[index]) {
      waiting[dependent] -= 1;
      if (waiting[dependent] === 0) insertSorted(ready, dependent);
    }
  }
}

function insertSorted(sorted: number[], value: number): void {
  let at = 0;
  while (at < sorted.length && sorted[at] < value) at += 1;
  sorted.splice(at, 0, value);
}

/**
 * Every cycle left after settling, one per group: walk from the earliest unsettled node along
 * unsettled dependencies (each has one, or it would have settled) until a node repeats; that
 * loop is a cycle. Settling its nodes as if done then frees what only waited on it, and the
 * next walk finds a different cycle, until none is left.
 */
function findCycles(graph: Graph, settled: boolean[], waiting: number[]): number[][] {
  const cycles: number[][] = [];
  for (;;) {
    const start = settled.findIndex((done, index) => !done && graph.included[index]);
    if (start === -1) return cycles;
    const path: number[] = [];
    const seenAt = new Map<number, number>();
    let current = start;
    while (!seenAt.has(current)) {
      seenAt.set(current, path.length);
      path.push(current);
      current = graph.dependencies[current].find((dep) => !settled[dep]) as number;
    }
    const loop = path.slice(seenAt.get(current));
    // Start the cycle at its earliest task, so the same templates always give the same message.
    const first = loop.indexOf(Math.min(...loop));
    const cycle = [...loop.slice(first), ...loop.slice(0, first)];
    cycles.push(cycle);
    for (const index of cycle) {
      settled[index] = true;
      for (const dependent of graph.dependents[index]) waiting[dependent] -= 1;
    }
    settle(graph, settled, waiting, []);
  }
}

function analyse(nodes: readonly TaskDependencyNode[]) {
  const graph = buildGraph(nodes);
  const settled = nodes.map(() => false);
  const waiting = graph.dependencies.map((deps) => deps.length);
  const order: number[] = [];
  settle(graph, settled, waiting, order);
  return { graph, order, cycles: findCycles(graph, settled, waiting) };
}

/**
 * Every problem with an item's task templates, for a 400 response when the item is saved: blank
 * and duplicate keys, dependencies on unknown keys or on the task itself, repeated
 * dependencies, and cycles. A cycle reads `a -> b -> c -> a`, where `x -> y` means "x waits for
 * y", and points at the dependency of its first task that starts the loop. Paths are JSON
 * Pointers under `basePath`.
 */
export function findDependencyProblems(
  templates: readonly TaskDependencyNode[],
  basePath = '/taskTemplates',
): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const report = (path: string, message: string) =>
    problems.push({ path: `${basePath}/${path}`, message });
  const { graph, cycles } = analyse(templates);

  templates.forEach((template, index) => {
    const first = graph.indexOf.get(template.key) as number;
    if (template.key.trim() === '') report(`${index}/key`, 'The key must not be blank.');
    else if (first !== index) report(`${index}/key`, `Repeats the key of task template ${first}.`);
    const seen = new Set<string>();
    template.dependsOn.forEach((key, at) => {
      const path = `${index}/dependsOn/${at}`;
      if (seen.has(key)) report(path, `Repeats the dependency on "${key}".`);
      else if (key === template.key) report(path, 'A task cannot depend on itself.');
      else if (!graph.indexOf.has(key)) report(path, `No task template has the key "${key}".`);
      seen.add(key);
    });
  });

  for (const cycle of cycles) {
    const keys = [...cycle, cycle[0]].map((index) => templates[index].key);
    const at = templates[cycle[0]].dependsOn.indexOf(keys[1]);
    report(`${cycle[0]}/dependsOn/${at}`, `Dependencies form a cycle: ${keys.join(' -> ')}.`);
  }
  return problems;
}

/**
 * The templates with every task after the tasks it depends on; among tasks whose dependencies
 * are met, the original order is kept, so the result is stable. Throws a RangeError when the
 * templates have a problem `findDependencyProblems` reports: items are validated when saved, so
 * that is a bug, and a partial order would create tasks that can never start.
 */
export function topologicalOrder<T extends TaskDependencyNode>(templates: readonly T[]): T[] {
  const problems = findDependencyProblems(templates);
  if (problems.length > 0) {
    throw new RangeError(`Task dependencies are invalid: ${problems[0].message}`);
  }
  return analyse(templates).order.map((index) => templates[index]);
}
