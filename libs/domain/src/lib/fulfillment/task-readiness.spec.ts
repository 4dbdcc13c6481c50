import fc from 'fast-check';
import { blockedBy, isBlocked, readyKeys } from './task-readiness';
import type { TaskDependencyNode } from './task-template';

const node = (key: string, ...dependsOn: string[]): TaskDependencyNode => ({ key, dependsOn });

const dag = fc
  .integer({ min: 1, max: 15 })
  .chain((size) =>
    fc.tuple(
      ...Array.from({ length: size }, (_, i) =>
        fc.subarray(Array.from({ length: i }, (_, d) => d)),
      ),
    ),
  )
  .map((deps) => deps.map((list, i) => node(`t${i}`, ...list.map((d) => `t${d}`))));

describe('task readiness', () => {
  const tasks = [
    node('order'),
    node('receive', 'order'),
    node('image'),
    node('deliver', 'receive', 'image'),
  ];

  it('makes ready the tasks whose prerequisites are all done or skipped', () => {
    expect(readyKeys(tasks, new Set())).toEqual(['order', 'image']);
    expect(readyKeys(tasks, new Set(['order']))).toEqual(['receive', 'image']);
    expect(readyKeys(tasks, new Set(['order', 'receive', 'image']))).toEqual(['deliver']);
    expect(readyKeys(tasks, new Set(tasks.map((t) => t.key)))).toEqual([]);
  });

  it('says what a blocked task waits for', () => {
    expect(blockedBy('deliver', tasks, new Set(['order', 'image']))).toEqual(['receive']);
    expect(isBlocked('deliver', tasks, new Set(['order', 'image']))).toBe(true);
    expect(isBlocked('deliver', tasks, new Set(['receive', 'image']))).toBe(false);
    expect(isBlocked('order', tasks, new Set())).toBe(false);
  });

  it('keeps a task blocked by a dependency on a task that does not exist', () => {
    expect(isBlocked('a', [node('a', 'ghost')], new Set())).toBe(true);
    expect(readyKeys([node('a', 'ghost')], new Set())).toEqual([]);
  });

  it('refuses to answer for a task that does not exist', () => {
    expect(() => isBlocked('nope', tasks, new Set())).toThrow(RangeError);
  });

  it('finishes every task of a DAG by working only ready tasks, never one still blocked', () => {
    fc.assert(
      fc.property(dag, fc.array(fc.nat()), (nodes, picks) => {
        const done = new Set<string>();
        for (let step = 0; done.size < nodes.length; step += 1) {
          const ready = readyKeys(nodes, done);
          expect(ready.length).toBeGreaterThan(0);
          for (const key of ready) expect(isBlocked(key, nodes, done)).toBe(false);
          done.add(ready[(picks[step] ?? 0) % ready.length]);
        }
        expect(readyKeys(nodes, done)).toEqual([]);
      }),
    );
  });
});
