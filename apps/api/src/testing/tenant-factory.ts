import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { createDataSource } from '../platform/database/data-source';
import { inTenantTransaction } from '../platform/tenancy/tenant-transaction';
import { PasswordHasher } from '../practices/identity/password-hasher';
import { DEMO_PASSWORD, seedTenant } from '../seed/demo-seed';
import type { TestApp } from './test-app';

/**
 * A tenant of the test's own, seeded like the demo tenants (the same six people, catalog and
 * policies) but holding nothing any other test wrote: for assertions over a whole tenant, such
 * as counts on a dashboard.
 */
export interface FreshTenant {
  id: string;
  slug: string;
  domain: string;
  /** Signs in `<local>@<domain>` (requester, approver, agent, admin, changes, auditor). */
  login(t: TestApp, local: string): Promise<string>;
  /** Runs SQL as the database owner inside this tenant (row-level security still applies). */
  asOwner<T>(work: (m: EntityManager) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function createFreshTenant(prefix = 't'): Promise<FreshTenant> {
  const url = process.env.TRELLIS_TEST_DB_URL;
  if (!url) throw new Error('TRELLIS_TEST_DB_URL is not set: run through the api jest config');
  const owner: DataSource = createDataSource(url, 2);
  await owner.initialize();
  const slug = `${prefix}${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const domain = `${slug}.test`;
  const [{ id }]: { id: string }[] = await owner.query(
    `INSERT INTO tenants (slug, name) VALUES ($1, $2) RETURNING id`,
    [slug, `Test tenant ${slug}`],
  );
  const passwordHash = await new PasswordHasher().hash(DEMO_PASSWORD);
  await inTenantTransaction(owner, id, (m) => seedTenant(m, id, domain, passwordHash));
  return {
    id,
    slug,
    domain,
    async login(t, local) {
      return (await t.login(`${local}@${domain}`, slug)).accessToken;
    },
    asOwner: (work) => inTenantTransaction(owner, id, work),
    close: () => owner.destroy(),
  };
}
