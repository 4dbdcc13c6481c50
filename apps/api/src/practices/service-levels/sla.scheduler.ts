import { Inject, Injectable, Logger } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import type { AppConfig } from '../../platform/config/app-config';
import { APP_CONFIG } from '../../platform/config/app-config';
import { JobTicks } from '../../platform/scheduler/job-ticks';
import { TenantJobRunner } from '../../platform/scheduler/tenant-job-runner';
import { SlaSweepService } from './sla-sweep.service';

/** Every minute: SLA warnings and breaches, once per tenant across all replicas. */
@Injectable()
export class SlaScheduler implements OnModuleInit {
  private readonly logger = new Logger('SlaScheduler');

  constructor(
    private readonly runner: TenantJobRunner,
    private readonly sweep: SlaSweepService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly ticks: JobTicks,
  ) {}

  onModuleInit(): void {
    this.ticks.register('sla-sweep', () => this.tick());
  }

  @Cron(CronExpression.EVERY_MINUTE, { name: 'sla-sweep' })
  async tick(): Promise<void> {
    if (!this.config.SCHEDULER_ENABLED) return;
    await this.runOnce(new Date());
  }

  /** One pass at `now`; tests call this with the clock they need. */
  async runOnce(now: Date) {
    return this.runner.forEachTenant('sla-sweep', async (tenantId) => {
      const result = await this.sweep.run(now);
      if (result.breached + result.warned > 0)
        this.logger.log({ tenantId, ...result }, 'SLA warnings and breaches recorded');
    });
  }
}
