import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClsService } from 'nestjs-cls';
import { DataSource } from 'typeorm';
import { systemPrincipal } from '../tenancy/request-context';
import { inTenantTransaction } from '../tenancy/tenant-transaction';

export interface JobReport {
  tenants: number;
  /** Tenants another process was already working on for this job (its lock was taken). */
  skipped: number;
  failed: number;
}

/**
 * Runs a scheduled job once per tenant, as the system, each tenant in its own transaction that
 * first takes a transaction-scoped advisory lock on (job, tenant). Any number of API replicas may
 * fire the same cron: for each tenant exactly one gets the lock and does the work; the others skip
 * it. The lock ends with the transaction, so a crashed process never leaves it held. Jobs make
 * their own effects idempotent (a handled row no longer matches), so a later tick repeats nothing.
 */
@Injectable()
export class TenantJobRunner {
  private readonly logger = new Logger('Jobs');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cls: ClsService,
  ) {}

  async forEachTenant(job: string, work: (tenantId: string) => Promise<void>): Promise<JobReport> {
    const tenants: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM tenants WHERE active ORDER BY id`,
    );
    const report: JobReport = { tenants: tenants.length, skipped: 0, failed: 0 };
    for (const { id } of tenants) {
      try {
        await this.cls.run(() =>
          inTenantTransaction(this.dataSource, id, async (manager) => {
            const [{ locked }]: { locked: boolean }[] = await manager.query(
              `SELECT pg_try_advisory_xact_lock(hashtext($1), hashtext($2)) AS locked`,
              [job, id],
            );
            if (!locked) {
              report.skipped += 1;
              return;
            }
            this.cls.set('manager', manager);
            this.cls.set('principal', systemPrincipal(id));
            await work(id);
          }),
        );
      } catch (error) {
        // One tenant's failure must not starve the others; the next tick retries it.
        report.failed += 1;
        this.logger.error({ err: error, job, tenantId: id }, 'Scheduled job failed for a tenant');
      }
    }
    // One line per tick and process: bench/cluster.mjs counts them to show every replica fires.
    this.logger.debug({ job, ...report }, 'Scheduled job ran');
    return report;
  }
}
