import { Inject, Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import type { AppConfig } from '../../platform/config/app-config';
import { APP_CONFIG } from '../../platform/config/app-config';
import { JobTicks } from '../../platform/scheduler/job-ticks';
import { TenantJobRunner } from '../../platform/scheduler/tenant-job-runner';
import { RequestAutoCloseService } from './request-auto-close.service';

/** Every 10 minutes: fulfilled requests past their close-by date close themselves. */
@Injectable()
export class RequestsScheduler implements OnModuleInit {
  constructor(
    private readonly runner: TenantJobRunner,
    private readonly autoClose: RequestAutoCloseService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly ticks: JobTicks,
  ) {}

  onModuleInit(): void {
    this.ticks.register('request-auto-close', () => this.tick());
  }

  @Cron(CronExpression.EVERY_10_MINUTES, { name: 'request-auto-close' })
  async tick(): Promise<void> {
    if (!this.config.SCHEDULER_ENABLED) return;
    await this.runOnce(new Date());
  }

  runOnce(now: Date) {
    return this.runner.forEachTenant('request-auto-close', async () => {
      await this.autoClose.run(now);
    });
  }
}
