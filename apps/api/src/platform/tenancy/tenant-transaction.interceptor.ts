import { Injectable } from '@nestjs/common';
import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClsService } from 'nestjs-cls';
import { defer, from, lastValueFrom, Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import type { Principal } from './request-context';
import { commitWithQueue } from './commit-queue';
import { beginTenantTransaction } from './tenant-transaction';
import { NO_TRANSACTION } from './no-transaction.decorator';

/**
 * One transaction per authenticated request, scoped to the caller's tenant: everything a handler
 * writes (the change, its audit event, later its outbox rows) commits together or not at all.
 * The response is sent only after COMMIT, so nothing acknowledged can be lost.
 */
@Injectable()
export class TenantTransactionInterceptor implements NestInterceptor {
  constructor(
    private readonly cls: ClsService,
    private readonly reflector: Reflector,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const principal = this.cls.get<Principal | undefined>('principal');
    const skip = this.reflector.getAllAndOverride<boolean>(NO_TRANSACTION, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!principal || skip) return next.handle();

    return defer(() => from(this.run(principal.tenantId, next)));
  }

  private async run(tenantId: string, next: CallHandler): Promise<unknown> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await beginTenantTransaction(runner, tenantId);
      this.cls.set('manager', runner.manager);
      try {
        const result: unknown = await lastValueFrom(next.handle(), { defaultValue: undefined });
        await commitWithQueue(runner);
        return result;
      } catch (error) {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        throw error;
      }
    } finally {
      this.cls.set('manager', undefined);
      await runner.release();
    }
  }
}
