import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClsService } from 'nestjs-cls';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
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

  /** For work outside a request (scheduled jobs, login): an explicit tenant and transaction. */
  forTenant<T>(tenantId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTenantTransaction(this.dataSource, tenantId, work);
  }
}
