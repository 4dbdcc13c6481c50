import { createDataSource } from './data-source';
import { pendingSchemaChanges } from './schema-diff';
import { createTestDatabase, dropTestDatabase } from '../../testing/test-database';
import { migrate } from './migrate';

describe('migrations and entities', () => {
  it('agree: after migrating an empty database, TypeORM has nothing left to change', async () => {
    const db = await createTestDatabase('trellis_drift');
    try {
      await migrate({ ownerUrl: db.url });
      const dataSource = createDataSource(db.url, 2);
      await dataSource.initialize();
      try {
        expect(await pendingSchemaChanges(dataSource)).toEqual([]);
      } finally {
        await dataSource.destroy();
      }
    } finally {
      await dropTestDatabase(db.name);
    }
  });

  it('apply twice without error (the second run applies nothing)', async () => {
    const db = await createTestDatabase('trellis_remigrate');
    try {
      expect((await migrate({ ownerUrl: db.url })).length).toBeGreaterThan(0);
      expect(await migrate({ ownerUrl: db.url })).toEqual([]);
    } finally {
      await dropTestDatabase(db.name);
    }
  });
});
