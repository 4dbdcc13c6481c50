import { Client } from 'pg';

/** A direct connection as the database owner, past the API and row-level security. */
export async function asOwner<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env.TRELLIS_TEST_DB_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Runs SQL as the database owner, past the API and row-level security: for arranging and checking. */
export function ownerQuery<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  return asOwner(async (client) => (await client.query(sql, params)).rows as T[]);
}
