import { APP_DB_ROLE } from '../../config/app-config';

/**
 * Row-level security for a tenant-owned table: forced (so even the owner is filtered), and keyed
 * on the transaction-local `app.tenant_id`. NULLIF makes "no tenant set" match nothing instead of
 * failing on ''::uuid, which is what the setting reads as after a transaction that set it ends.
 */
export function tenantTableSecurity(
  table: string,
  privileges: 'read-write' | 'append-only' = 'read-write',
): string[] {
  const grant = privileges === 'read-write' ? 'SELECT, INSERT, UPDATE, DELETE' : 'SELECT, INSERT';
  return [
    `ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`,
    `ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`,
    `CREATE POLICY tenant_isolation ON "${table}"
       USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
       WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)`,
    `GRANT ${grant} ON "${table}" TO ${APP_DB_ROLE}`,
  ];
}

/** The API role must exist before GRANTs name it; start-up gives it LOGIN and a password. */
export const CREATE_APP_ROLE = `
  DO $$
  BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${APP_DB_ROLE}') THEN
      CREATE ROLE ${APP_DB_ROLE} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
    END IF;
  EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
  END $$`;
