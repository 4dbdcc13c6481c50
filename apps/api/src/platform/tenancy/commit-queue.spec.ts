import { CommitQueue } from './commit-queue';

describe('CommitQueue', () => {
  const recorder = () => {
    const calls: [string, unknown[]][] = [];
    const flushFor =
      (key: string) =>
      (items: unknown[]): Promise<void> => {
        calls.push([key, [...items]]);
        return Promise.resolve();
      };
    return { calls, flushFor };
  };

  it('flushes each key once with its items in order, keys in the order first used', async () => {
    const queue = new CommitQueue();
    const { calls, flushFor } = recorder();
    queue.add('budget', 1, flushFor('budget'));
    queue.add('search', 'a', flushFor('search'));
    queue.add('budget', 2, flushFor('budget'));
    await queue.flush();
    expect(calls).toEqual([
      ['budget', [1, 2]],
      ['search', ['a']],
    ]);
    await queue.flush();
    expect(calls).toHaveLength(2);
  });

  it('flushes in the same pass what a flush adds, after what was already queued', async () => {
    const queue = new CommitQueue();
    const { calls, flushFor } = recorder();
    queue.add('budget', 1, (items) => {
      calls.push(['budget', items]);
      queue.add('outbox', 'threshold', flushFor('outbox'));
      queue.add('budget', 2, flushFor('budget'));
      return Promise.resolve();
    });
    queue.add('outbox', 'approved', flushFor('outbox'));
    await queue.flush();
    expect(calls).toEqual([
      ['budget', [1]],
      ['outbox', ['approved', 'threshold']],
      ['budget', [2]],
    ]);
  });

  it('forgets what was added after a mark it is rolled back to', async () => {
    const queue = new CommitQueue();
    const { calls, flushFor } = recorder();
    queue.add('budget', 1, flushFor('budget'));
    const mark = queue.mark();
    queue.add('budget', 2, flushFor('budget'));
    queue.add('outbox', 'x', flushFor('outbox'));
    queue.rollbackTo(mark);
    queue.add('budget', 3, flushFor('budget'));
    await queue.flush();
    expect(calls).toEqual([['budget', [1, 3]]]);
  });

  it('stops at the first flush that throws and passes its error on', async () => {
    const queue = new CommitQueue();
    const { calls, flushFor } = recorder();
    queue.add('budget', 1, () => Promise.reject(new Error('cannot release')));
    queue.add('outbox', 'x', flushFor('outbox'));
    await expect(queue.flush()).rejects.toThrow('cannot release');
    expect(calls).toEqual([]);
  });
});
