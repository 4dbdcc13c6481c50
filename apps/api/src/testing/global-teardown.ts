import { dropTestDatabase } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const name = process.env.TRELLIS_TEST_DB_NAME;
  if (name && !process.env.KEEP_TEST_DB) await dropTestDatabase(name);
}
