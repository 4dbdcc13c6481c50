import { ownerQuery } from '../../testing/owner-query';
import type { TestApp } from '../../testing/test-app';
import { createTestApp } from '../../testing/test-app';
import { TenantJobRunner } from '../scheduler/tenant-job-runner';
import { TenantDb } from './tenant-db';

/** TenantDb.atCommit and savepoint inside a real tenant transaction (a scheduled job's). */
describe('work queued for the commit', () => {
  let t: TestApp;
  let db: TenantDb;
  let acme: string;
  let centre: { id: string; name: string };

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(TenantDb);
    [{ id: acme }] = await ownerQuery<{ id: string }>(`SELECT id FROM tenants WHERE slug = 'acme'`);
    // A cost centre of its own: other test files read the demo ones.
    [centre] = await ownerQuery<{ id: string; name: string }>(
      `INSERT INTO cost_centers (tenant_id, code, name, owner_id, budget_amount, currency, period_start, period_end)
       SELECT tenant_id, 'CQ' || floor(random() * 1e9)::text, 'Commit queue test', id, 1000, 'EUR', '2026-01-01', '2026-12-31'
         FROM users WHERE tenant_id = $1 AND email = 'admin@acme.test'
       RETURNING id, name`,
      [acme],
    );
  });
  afterAll(() => t.close());

  /** Runs `work` in acme's tenant transaction, as the scheduler would; resolves to whether it failed. */
  const inAcme = async (job: string, work: () => Promise<void>): Promise<boolean> => {
    const report = await t.app
      .get(TenantJobRunner)
      .forEachTenant(job, async (tenantId) => (tenantId === acme ? work() : undefined));
    return report.failed > 0;
  };
  const nameNow = async () =>
    (
      await ownerQuery<{ name: string }>(`SELECT name FROM cost_centers WHERE id = $1`, [centre.id])
    )[0].name;
  const rename = (name: string) =>
    db.manager.query(`UPDATE cost_centers SET name = $3 WHERE tenant_id = $1 AND id = $2`, [
      acme,
      centre.id,
      name,
    ]);

  it('runs after the rest of the transaction, so the row it writes is not locked before then', async () => {
    const seen: string[] = [];
    const failed = await inAcme('commit-queue-order', async () => {
      db.atCommit('rename', `${centre.name} (queued)`, async ([name]) => {
        seen.push('flush');
        await rename(name);
      });
      // The transaction is open and its queued UPDATE has not run: another connection can still
      // take the row's lock at once.
      const [locked] = await ownerQuery<{ id: string }>(
        `SELECT id FROM cost_centers WHERE id = $1 FOR UPDATE NOWAIT`,
        [centre.id],
      );
      expect(locked.id).toBe(centre.id);
      seen.push('handler done');
    });
    expect(failed).toBe(false);
    expect(seen).toEqual(['handler done', 'flush']);
    expect(await nameNow()).toBe(`${centre.name} (queued)`);
    await ownerQuery(`UPDATE cost_centers SET name = $2 WHERE id = $1`, [centre.id, centre.name]);
  });

  it('forgets what a savepoint queued when the savepoint is rolled back', async () => {
    const flushed: string[][] = [];
    const flush = (items: string[]) => {
      flushed.push(items);
      return Promise.resolve();
    };
    await inAcme('commit-queue-savepoint', async () => {
      db.atCommit('names', 'before', flush);
      await expect(
        db.savepoint('doomed', async () => {
          db.atCommit('names', 'inside', flush);
          await rename('never committed');
          throw new Error('this item fails');
        }),
      ).rejects.toThrow('this item fails');
      db.atCommit('names', 'after', flush);
    });
    expect(flushed).toEqual([['before', 'after']]);
    expect(await nameNow()).toBe(centre.name);
  });

  it('rolls the whole transaction back when queued work fails', async () => {
    const failed = await inAcme('commit-queue-failure', async () => {
      await rename('written before the failure');
      db.atCommit('fails', null, () => Promise.reject(new Error('cannot release')));
    });
    expect(failed).toBe(true);
    expect(await nameNow()).toBe(centre.name);
  });
});
