import type { DataSource } from 'typeorm';

/**
 * Composite foreign keys that share `tenant_id` with the key cannot be expressed as TypeORM
 * relations without TypeORM writing `tenant_id` twice, so they are declared in migrations only
 * (named `fk_*`) and TypeORM's wish to drop them is not drift.
 */
const MIGRATION_ONLY_CONSTRAINT = /DROP CONSTRAINT "fk_[a-z0-9_]+"/;

/** The SQL TypeORM would run to bring the database in line with the entities (empty = no drift). */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((q) => q.query).filter((q) => !MIGRATION_ONLY_CONSTRAINT.test(q));
}
