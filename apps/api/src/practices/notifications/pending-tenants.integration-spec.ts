import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { APP_DB_ROLE } from '../../platform/config/app-config';
import { migrate } from '../../platform/database/migrate';
import {
  adminDatabaseUrl,
  createTestDatabase,
  dropTestDatabase,
  withDatabase,
} from '../../testing/test-database';
import { TEST_APP_DB_PASSWORD } from '../../testing/global-setup';

async function asAdmin(sql: string): Promise<void> {
  const client = new Client({ connectionString: adminDatabaseUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function urlAs(database: string, user: string, password: string): string {
  const url = new URL(withDatabase(adminDatabaseUrl(), database));
  url.username = user;
  url.password = password;
  return url.toString();
}

/**
 * The dispatcher's way past row-level security, checked where it matters: a migration owner that
 * is not a superuser (so FORCE ROW LEVEL SECURITY applies to it too) and the API role, which sees
 * no outbox row without a tenant.
 */
describe('notification_pending_tenants()', () => {
  const role = `trellis_owner_${randomBytes(4).toString('hex')}`;
  const password = `pw-${randomBytes(12).toString('hex')}`;
  let db: { name: string; url: string };

  beforeAll(async () => {
    await asAdmin(
      `CREATE ROLE ${role} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD '${password}'`,
    );
    db = await createTestDatabase('trellis_pending');
    await asAdmin(`ALTER DATABASE "${db.name}" OWNER TO ${role}`);
    const client = new Client({ connectionString: db.url });
    await client.connect();
    await client.query(`ALTER SCHEMA public OWNER TO ${role}`);
    await client.end();
    // The API role already exists (global setup created it, with its password).
    await migrate({ ownerUrl: urlAs(db.name, role, password) });
  });

  afterAll(async () => {
    await dropTestDatabase(db.name);
    await asAdmin(`DROP ROLE IF EXISTS ${role}`);
  });

  it('names the tenants with due work to the API role, which cannot read the rows', async () => {
    const owner = new Client({ connectionString: urlAs(db.name, role, password) });
    await owner.connect();
    const tenants: string[] = [];
    for (const slug of ['busy', 'idle', 'later']) {
      const { rows } = await owner.query<{ id: string }>(
        `INSERT INTO tenants (slug, name) VALUES ($1, $1) RETURNING id`,
        [slug],
      );
      tenants.push(rows[0].id);
    }
    const emit = async (tenant: string, dueIn: string) => {
      await owner.query('BEGIN');
      await owner.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenant]);
      await owner.query(
        `INSERT INTO outbox_events (tenant_id, event_type, aggregate_type, aggregate_id, payload, next_attempt_at)
         VALUES ($1, 'probe.pending', 'probe', gen_random_uuid(), '{}', now() + $2::interval)`,
        [tenant, dueIn],
      );
      await owner.query('COMMIT');
    };
    await emit(tenants[0], '0 seconds');
    await emit(tenants[0], '0 seconds');
    await emit(tenants[2], '1 hour');
    await owner.end();

    const app = new Client({ connectionString: urlAs(db.name, APP_DB_ROLE, TEST_APP_DB_PASSWORD) });
    await app.connect();
    try {
      expect((await app.query(`SELECT count(*)::int AS n FROM outbox_events`)).rows).toEqual([
        { n: 0 },
      ]);
      const due = await app.query(`SELECT tenant_id FROM notification_pending_tenants(now(), 10)`);
      expect(due.rows).toEqual([{ tenant_id: tenants[0] }]);
      const later = await app.query(
        `SELECT tenant_id FROM notification_pending_tenants(now() + interval '2 hours', 10)`,
      );
      expect(later.rows.map((r: { tenant_id: string }) => r.tenant_id).sort()).toEqual(
        [tenants[0], tenants[2]].sort(),
      );
    } finally {
      await app.end();
    }
  });
});
