import type { DataSource } from 'typeorm';
import { createDataSource } from './data-source';
import { APP_DB_ROLE } from '../config/app-config';

/** Arbitrary constant: serialises migrations when several replicas start at once. */
const MIGRATION_LOCK_KEY = 7_254_113_001;

export interface MigrateOptions {
  /** Owner connection string. */
  ownerUrl: string;
  /** When set, the API role is created (or its password updated) before migrating. */
  appRolePassword?: string;
}

/**
 * Applies pending migrations as the owner role under a session advisory lock, so concurrent
 * starters wait for one another instead of racing. Returns the names of the migrations applied.
 */
export async function migrate(options: MigrateOptions): Promise<string[]> {
  const dataSource = createDataSource(options.ownerUrl, 2);
  await dataSource.initialize();
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    if (options.appRolePassword !== undefined) {
      await ensureAppRole(dataSource, options.appRolePassword);
    }
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    return applied.map((m) => m.name);
  } finally {
    await runner.release();
    await dataSource.destroy();
  }
}

/**
 * The API's role: can log in, owns nothing, cannot bypass row-level security. Roles are
 * cluster-wide, so this is idempotent and tolerant of a concurrent creator.
 */
async function ensureAppRole(dataSource: DataSource, password: string): Promise<void> {
  const quotedPassword = `'${password.replace(/'/g, "''")}'`;
  await dataSource.query(`
    DO $$
    BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${APP_DB_ROLE}') THEN
        BEGIN
          CREATE ROLE ${APP_DB_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
      END IF;
    END $$`);
  await dataSource.query(
    `ALTER ROLE ${APP_DB_ROLE} WITH LOGIN NOBYPASSRLS PASSWORD ${quotedPassword}`,
  );
  const [{ db }]: { db: string }[] = await dataSource.query('SELECT current_database() AS db');
  await dataSource.query(`GRANT CONNECT ON DATABASE "${db}" TO ${APP_DB_ROLE}`);
  await dataSource.query(`GRANT USAGE ON SCHEMA public TO ${APP_DB_ROLE}`);
}
