import { Client } from 'pg';

/** Runs SQL as the database owner, past the API and row-level security: for arranging and checking. */
export async function ownerQuery<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: process.env.TRELLIS_TEST_DB_URL });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}
