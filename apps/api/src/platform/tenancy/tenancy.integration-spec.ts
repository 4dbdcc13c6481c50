import { Client } from 'pg';
import { APP_DB_ROLE } from '../config/app-config';
import type { TestApp } from '../../testing/test-app';
import { asOwner } from '../../testing/owner-query';
import { createTestApp, testConfig } from '../../testing/test-app';
import { appDatabaseUrl } from '../config/app-config';

/** A direct connection as the API's database role, to prove the database itself enforces the rules. */
async function asApiRole<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: appDatabaseUrl(testConfig()) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe('tenant isolation', () => {
  let t: TestApp;
  let acmeAdmin: string;
  let globexAdmin: string;
  let acmeRequesterId: string;
  let acmeTenantId: string;

  beforeAll(async () => {
    t = await createTestApp();
    acmeAdmin = (await t.login('admin@acme.test')).accessToken;
    globexAdmin = (await t.login('admin@globex.test')).accessToken;
    const users = await t.request({
      method: 'GET',
      url: '/api/v1/users?q=requester',
      token: acmeAdmin,
    });
    acmeRequesterId = users.json().items[0].id;
    acmeTenantId = (
      await t.request({ method: 'GET', url: '/api/v1/auth/me', token: acmeAdmin })
    ).json().tenant.id;
  });
  afterAll(() => t.close());

  it("answers another tenant's user with 404, exactly like a missing one", async () => {
    const foreign = await t.request({
      method: 'GET',
      url: `/api/v1/users/${acmeRequesterId}`,
      token: globexAdmin,
    });
    const missing = await t.request({
      method: 'GET',
      url: '/api/v1/users/00000000-0000-4000-8000-000000000000',
      token: globexAdmin,
    });
    expect(foreign.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect(foreign.json().detail).toBe(missing.json().detail);
  });

  it("cannot change another tenant's user", async () => {
    const response = await t.request({
      method: 'PATCH',
      url: `/api/v1/users/${acmeRequesterId}`,
      token: globexAdmin,
      payload: { version: 1, name: 'Hijacked' },
    });
    expect(response.statusCode).toBe(404);
    const still = await t.request({
      method: 'GET',
      url: `/api/v1/users/${acmeRequesterId}`,
      token: acmeAdmin,
    });
    expect(still.json().name).not.toBe('Hijacked');
  });

  it("lists only the caller's tenant", async () => {
    const response = await t.request({
      method: 'GET',
      url: '/api/v1/users?limit=200',
      token: globexAdmin,
    });
    const emails: string[] = response.json().items.map((u: { email: string }) => u.email);
    expect(emails.length).toBeGreaterThanOrEqual(6);
    expect(emails.every((e) => e.endsWith('@globex.test'))).toBe(true);
  });

  it("cannot name another tenant's user as a manager or team member", async () => {
    const me = await t.request({ method: 'GET', url: '/api/v1/users?q=agent', token: globexAdmin });
    const agent = me.json().items[0];
    const response = await t.request({
      method: 'PATCH',
      url: `/api/v1/users/${agent.id}`,
      token: globexAdmin,
      payload: { version: agent.version, managerId: acmeRequesterId },
    });
    expect(response.statusCode).toBe(400);
    const team = await t.request({
      method: 'POST',
      url: '/api/v1/teams',
      token: globexAdmin,
      payload: { name: 'Cross-tenant', memberIds: [acmeRequesterId] },
    });
    expect(team.statusCode).toBe(400);
  });

  describe('in the database, as the API role', () => {
    it('sees no rows of any tenant table when no tenant is set', async () => {
      await asApiRole(async (client) => {
        for (const table of [
          'users',
          'teams',
          'team_members',
          'refresh_tokens',
          'api_tokens',
          'audit_events',
        ]) {
          const { rows } = await client.query(`SELECT count(*)::int AS n FROM ${table}`);
          expect({ table, n: rows[0].n }).toEqual({ table, n: 0 });
        }
      });
    });

    it('sees no rows after a transaction that set a tenant has ended', async () => {
      await asApiRole(async (client) => {
        await client.query(`BEGIN; SELECT set_config('app.tenant_id', '${acmeTenantId}', true)`);
        const inside = await client.query('SELECT count(*)::int AS n FROM users');
        await client.query('COMMIT');
        const after = await client.query('SELECT count(*)::int AS n FROM users');
        expect(inside.rows[0].n).toBeGreaterThan(0);
        expect(after.rows[0].n).toBe(0);
      });
    });

    it("cannot insert a row into another tenant's slice", async () => {
      await asApiRole(async (client) => {
        const [{ id: globexId }] = (
          await client.query(`SELECT id FROM tenants WHERE slug = 'globex'`)
        ).rows;
        await client.query(`BEGIN; SELECT set_config('app.tenant_id', '${acmeTenantId}', true)`);
        await expect(
          client.query(
            `INSERT INTO users (tenant_id, email, name) VALUES ($1, 'x@globex.test', 'X')`,
            [globexId],
          ),
        ).rejects.toThrow(/row-level security/);
        await client.query('ROLLBACK');
      });
    });

    it('cannot update or delete audit events, even within its own tenant', async () => {
      await asApiRole(async (client) => {
        await client.query(`BEGIN; SELECT set_config('app.tenant_id', '${acmeTenantId}', true)`);
        const { rows } = await client.query('SELECT count(*)::int AS n FROM audit_events');
        expect(rows[0].n).toBeGreaterThan(0);
        await expect(client.query(`UPDATE audit_events SET action = 'forged'`)).rejects.toThrow(
          /permission denied/,
        );
        await client.query('ROLLBACK');
        await client.query(`BEGIN; SELECT set_config('app.tenant_id', '${acmeTenantId}', true)`);
        await expect(client.query('DELETE FROM audit_events')).rejects.toThrow(/permission denied/);
        await client.query('ROLLBACK');
        await expect(client.query('TRUNCATE audit_events')).rejects.toThrow(/permission denied/);
      });
    });

    it('owns nothing and cannot bypass row-level security', async () => {
      await asOwner(async (client) => {
        const role = await client.query(
          `SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1`,
          [APP_DB_ROLE],
        );
        expect(role.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
        const owned = await client.query(
          `SELECT count(*)::int AS n FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner
            WHERE r.rolname = $1`,
          [APP_DB_ROLE],
        );
        expect(owned.rows[0].n).toBe(0);
      });
    });
  });

  it('forces row-level security on every table with a tenant_id, and tenant_id leads its primary key', async () => {
    await asOwner(async (client) => {
      const { rows } = await client.query(`
        SELECT c.relname AS table, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced,
               (SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
                 WHERE i.indrelid = c.oid AND i.indisprimary) AS pk_first
          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = 'public' AND c.relkind = 'r'
           AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id')`);
      expect(rows.length).toBeGreaterThanOrEqual(6);
      for (const row of rows)
        expect(row).toEqual({ table: row.table, rls: true, forced: true, pk_first: 'tenant_id' });
    });
  });

  it('leads every index and foreign key of a tenant table with tenant_id', async () => {
    await asOwner(async (client) => {
      const indexes = await client.query(`
        SELECT i.indexrelid::regclass::text AS name, a.attname AS first
          FROM pg_index i
          JOIN pg_class c ON c.oid = i.indrelid
          JOIN pg_namespace n ON n.oid = c.relnamespace
          JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = i.indkey[0]
         WHERE n.nspname = 'public'
           AND EXISTS (SELECT 1 FROM pg_attribute t WHERE t.attrelid = c.oid AND t.attname = 'tenant_id')`);
      for (const row of indexes.rows) expect(row).toEqual({ name: row.name, first: 'tenant_id' });
      const fks = await client.query(`
        SELECT con.conname AS name, a.attname AS first
          FROM pg_constraint con
          JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1]
         WHERE con.contype = 'f' AND con.connamespace = 'public'::regnamespace`);
      expect(fks.rows.length).toBeGreaterThan(0);
      for (const row of fks.rows) expect(row).toEqual({ name: row.name, first: 'tenant_id' });
    });
  });
});
