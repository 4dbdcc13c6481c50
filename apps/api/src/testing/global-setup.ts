import 'reflect-metadata';
import { createDataSource } from '../platform/database/data-source';
import { migrate } from '../platform/database/migrate';
import { seedDemo } from '../seed/demo-seed';
import { createTestDatabase } from './test-database';

export const TEST_APP_DB_PASSWORD = 'trellis-app-test-only';

/** One database per run: created, migrated and seeded here, dropped by global-teardown. */
export default async function globalSetup(): Promise<void> {
  const { name, url } = await createTestDatabase('trellis_test');
  process.env.TRELLIS_TEST_DB_NAME = name;
  process.env.TRELLIS_TEST_DB_URL = url;
  await migrate({ ownerUrl: url, appRolePassword: TEST_APP_DB_PASSWORD });
  const owner = createDataSource(url, 2);
  await owner.initialize();
  try {
    await seedDemo(owner);
  } finally {
    await owner.destroy();
  }
}
