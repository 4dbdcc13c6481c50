import type { EntityManager, QueryRunner } from 'typeorm';

type Flush<T> = (items: T[]) => Promise<void>;

interface Batch {
  items: unknown[];
  flush: Flush<unknown>;
}

/** How many items each batch held when a savepoint was taken. */
export type CommitQueueMark = ReadonlyMap<string, number>;

/**
 * Writes a transaction makes last, just before COMMIT, for rows that many transactions share.
 *
 * An UPDATE keeps its row locked until the transaction ends. A cost centre's committed amount is
 * one row that every approval charged to it updates: written in the middle of an approval, it
 * stays locked through everything the approval does afterwards (tasks, timers, timeline), and
 * approvals for the same cost centre run one after another. Written last, the lock is held only
 * for the write and the commit.
 *
 * Items are grouped by key; each key's flush gets its items in the order they were added, once,
 * with every key flushed in the order it was first used. A flush may add items (to any key); they
 * are flushed in the same pass. A savepoint rolled back drops what was added after it.
 */
export class CommitQueue {
  private readonly batches = new Map<string, Batch>();

  add<T>(key: string, item: T, flush: Flush<T>): void {
    const batch = this.batches.get(key);
    if (batch) batch.items.push(item);
    else this.batches.set(key, { items: [item], flush: flush as Flush<unknown> });
  }

  mark(): CommitQueueMark {
    return new Map([...this.batches].map(([key, batch]) => [key, batch.items.length]));
  }

  rollbackTo(mark: CommitQueueMark): void {
    for (const [key, batch] of this.batches) {
      const kept = mark.get(key) ?? 0;
      if (kept === 0) this.batches.delete(key);
      else batch.items.length = kept;
    }
  }

  async flush(): Promise<void> {
    for (;;) {
      const next = this.batches.entries().next();
      if (next.done) return;
      const [key, batch] = next.value;
      this.batches.delete(key);
      await batch.flush(batch.items);
    }
  }
}

interface RunnerData {
  commitQueue?: CommitQueue;
}

/** Gives the transaction being opened on `runner` its queue (beginTenantTransaction does). */
export function openCommitQueue(runner: QueryRunner): void {
  (runner.data as RunnerData).commitQueue = new CommitQueue();
}

/** The queue of the tenant transaction `manager` works in, if it works in one. */
export function commitQueueIfAny(manager: EntityManager): CommitQueue | undefined {
  return manager.queryRunner ? (manager.queryRunner.data as RunnerData).commitQueue : undefined;
}

/**
 * The queue of the tenant transaction `manager` works in. Only transactions opened by
 * beginTenantTransaction have one, and only their commit (commitWithQueue) flushes it: work
 * queued anywhere else would never run, so asking elsewhere is a programming error.
 */
export function commitQueueOf(manager: EntityManager): CommitQueue {
  const queue = commitQueueIfAny(manager);
  if (!queue) throw new Error('No commit queue: not inside a tenant transaction');
  return queue;
}

/** Flushes the commit queue, then commits; a flush that throws leaves the transaction to roll back. */
export async function commitWithQueue(runner: QueryRunner): Promise<void> {
  await commitQueueOf(runner.manager).flush();
  await runner.commitTransaction();
}

/**
 * Runs `work` in a savepoint of the tenant transaction on `manager`: if it throws, what it wrote
 * is rolled back, what it queued for the commit forgotten, and the error rethrown; the
 * transaction goes on.
 */
export async function inSavepoint<T>(
  manager: EntityManager,
  name: string,
  work: () => Promise<T>,
): Promise<T> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Not a savepoint name: ${name}`);
  const queue = commitQueueOf(manager);
  const mark = queue.mark();
  await manager.query(`SAVEPOINT ${name}`);
  try {
    const result = await work();
    await manager.query(`RELEASE SAVEPOINT ${name}`);
    return result;
  } catch (error) {
    await manager.query(`ROLLBACK TO SAVEPOINT ${name}`);
    queue.rollbackTo(mark);
    throw error;
  }
}
