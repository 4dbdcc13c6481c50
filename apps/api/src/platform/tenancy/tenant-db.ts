import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClsService } from 'nestjs-cls';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import { commitQueueOf, inSavepoint } from './commit-queue';
import type { Principal } from './request-context';
import { inTenantTransaction } from './tenant-transaction';

/**
 * The one way practices reach the database inside a request: the request's tenant transaction.
 * Throws rather than silently using a connection with no tenant set.
 */
@Injectable()
export class TenantDb {
  constructor(
    private readonly cls: ClsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  get manager(): EntityManager {
    const manager = this.cls.get<EntityManager | undefined>('manager');
    if (!manager) throw new Error('No tenant transaction in this context');
    return manager;
  }

  get principal(): Principal {
    const principal = this.cls.get<Principal | undefined>('principal');
    if (!principal) throw new Error('No authenticated principal in this context');
    return principal;
  }

  get tenantId(): string {
    return this.principal.tenantId;
  }

  /**
   * Queues `item` for `flush`, which runs once just before this transaction commits, with every
   * item queued under `key` (see CommitQueue: for rows many transactions update).
   */
  atCommit<T>(key: string, item: T, flush: (items: T[]) => Promise<void>): void {
    commitQueueOf(this.manager).add(key, item, flush);
  }

  /**
   * Runs `work` in a savepoint: if it throws, what it wrote is rolled back (and what it queued
   * for the commit forgotten) and the error rethrown; the transaction itself goes on.
   */
  savepoint<T>(name: string, work: () => Promise<T>): Promise<T> {
    return inSavepoint(this.manager, name, work);
  }

  /** For work outside a request (scheduled jobs, login): an explicit tenant and transaction. */
  forTenant<T>(tenantId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTenantTransaction(this.dataSource, tenantId, work);
  }
}
