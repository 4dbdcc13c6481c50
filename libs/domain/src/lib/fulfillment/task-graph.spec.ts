import fc from 'fast-check';
import { findDependencyProblems, topologicalOrder } from './task-graph';
import type { TaskDependencyNode } from './task-template';

const node = (key: string, ...dependsOn: string[]): TaskDependencyNode => ({ key, dependsOn });

/** A random DAG: node i depends only on nodes before it, so no cycle is possible. */
const dagInBuildOrder = fc
  .integer({ min: 1, max: 15 })
  .chain((size) =>
    fc.tuple(
      ...Array.from({ length: size }, (_, i) =>
        fc.subarray(Array.from({ length: i }, (_, d) => d)),
      ),
    ),
  )
  .map((deps) => deps.map((list, i) => node(`t${i}`, ...list.map((d) => `t${d}`))));

const shuffled = <T>(list: readonly T[]) =>
  fc.shuffledSubarray([...list], { minLength: list.length, maxLength: list.length });

/** The same DAG, listed in any order: detection must not rely on the order of the list. */
const dag = dagInBuildOrder.chain(shuffled);

/** Keys each key waits for, directly or not. */
function prerequisites(nodes: readonly TaskDependencyNode[]): Map<string, Set<string>> {
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const result = new Map<string, Set<string>>();
  const visit = (key: string): Set<string> => {
    const known = result.get(key);
    if (known) return known;
    const all = new Set<string>();
    for (const dep of byKey.get(key)?.dependsOn ?? []) {
      all.add(dep);
      for (const further of visit(dep)) all.add(further);
    }
    result.set(key, all);
    return all;
  };
  nodes.forEach((n) => visit(n.key));
  return result;
}

/** Checks a reported cycle is a real loop of dependencies. */
function expectRealCycle(message: string, nodes: readonly TaskDependencyNode[]) {
  const match = /^Dependencies form a cycle: (.+)\.$/.exec(message);
  expect(match).not.toBeNull();
  const keys = (match as RegExpExecArray)[1].split(' -> ');
  expect(keys[0]).toBe(keys[keys.length - 1]);
  expect(new Set(keys.slice(0, -1)).size).toBe(keys.length - 1);
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  for (let i = 0; i + 1 < keys.length; i += 1) {
    expect(byKey.get(keys[i])?.dependsOn).toContain(keys[i + 1]);
  }
}

describe('findDependencyProblems', () => {
  it('accepts every DAG, however its templates are listed', () => {
    fc.assert(fc.property(dag, (nodes) => expect(findDependencyProblems(nodes)).toEqual([])));
  });

  it('rejects every DAG with a back-edge that closes a loop, naming a real cycle', () => {
    fc.assert(
      fc.property(dagInBuildOrder, fc.nat(), fc.nat(), (built, pickWaiter, pickPrereq) => {
        const nodes = built.length > 1 ? built : [...built, node('t1', 't0')];
        if (nodes[1].dependsOn.length === 0) nodes[1] = node('t1', 't0');
        const reach = prerequisites(nodes);
        const waiters = nodes.filter((n) => (reach.get(n.key)?.size ?? 0) > 0);
        const waiter = waiters[pickWaiter % waiters.length];
        const candidates = [...(reach.get(waiter.key) as Set<string>)];
        const prereq = candidates[pickPrereq % candidates.length];
        // `waiter` already waits (perhaps indirectly) for `prereq`; make `prereq` wait for it.
        const looped = nodes.map((n) =>
          n.key === prereq ? node(n.key, ...n.dependsOn, waiter.key) : n,
        );

        const problems = findDependencyProblems(looped);
        expect(problems).toHaveLength(1);
        expectRealCycle(problems[0].message, looped);
        expect(() => topologicalOrder(looped)).toThrow(RangeError);
      }),
    );
  });

  it('reports a cycle as its keys in order, at the dependency that starts it', () => {
    expect(
      findDependencyProblems([node('a', 'b'), node('b', 'c'), node('c', 'a'), node('d', 'a')]),
    ).toEqual([
      {
        path: '/taskTemplates/0/dependsOn/0',
        message: 'Dependencies form a cycle: a -> b -> c -> a.',
      },
    ]);
  });

  it('starts a cycle at its earliest template, wherever the search entered it', () => {
    const problems = findDependencyProblems([node('x', 'c'), node('b', 'c'), node('c', 'b')]);
    expect(problems).toEqual([
      { path: '/taskTemplates/1/dependsOn/0', message: 'Dependencies form a cycle: b -> c -> b.' },
    ]);
  });

  it('reports each separate cycle once', () => {
    const templates = [node('a', 'b'), node('b', 'a'), node('c', 'd'), node('d', 'c', 'a')];
    expect(findDependencyProblems(templates).map((p) => p.message)).toEqual([
      'Dependencies form a cycle: a -> b -> a.',
      'Dependencies form a cycle: c -> d -> c.',
    ]);
  });

  it('points at blank and repeated keys, self-dependencies, unknown and repeated dependencies', () => {
    const templates = [node('a', 'a', 'zz'), node('b', 'a', 'a'), node('a'), node(' ')];
    expect(findDependencyProblems(templates, '/tasks')).toEqual([
      { path: '/tasks/0/dependsOn/0', message: 'A task cannot depend on itself.' },
      { path: '/tasks/0/dependsOn/1', message: 'No task template has the key "zz".' },
      { path: '/tasks/1/dependsOn/1', message: 'Repeats the dependency on "a".' },
      { path: '/tasks/2/key', message: 'Repeats the key of task template 0.' },
      { path: '/tasks/3/key', message: 'The key must not be blank.' },
    ]);
  });
});

describe('topologicalOrder', () => {
  it('puts every task after each task it depends on, and keeps every task', () => {
    fc.assert(
      fc.property(dag, (nodes) => {
        const order = topologicalOrder(nodes);
        expect([...order].sort((x, y) => x.key.localeCompare(y.key))).toEqual(
          [...nodes].sort((x, y) => x.key.localeCompare(y.key)),
        );
        const position = new Map(order.map((n, i) => [n.key, i]));
        for (const n of nodes) {
          for (const dep of n.dependsOn) {
            expect(position.get(dep) as number).toBeLessThan(position.get(n.key) as number);
          }
        }
      }),
    );
  });

  it('keeps the listed order among tasks that are ready together', () => {
    const order = topologicalOrder([node('a', 'c'), node('b'), node('c')]);
    expect(order.map((n) => n.key)).toEqual(['b', 'c', 'a']);
    expect(topologicalOrder([node('x'), node('y'), node('z')]).map((n) => n.key)).toEqual([
      'x',
      'y',
      'z',
    ]);
  });

  it('returns the templates themselves, with their other fields', () => {
    const templates = [
      { key: 'b', title: 'Ship', dependsOn: ['a'] },
      { key: 'a', title: 'Buy', dependsOn: [] },
    ];
    expect(topologicalOrder(templates)).toEqual([templates[1], templates[0]]);
  });

  it('refuses templates with a problem', () => {
    expect(() => topologicalOrder([node('a', 'missing')])).toThrow(
      'Task dependencies are invalid: No task template has the key "missing".',
    );
  });
});
