import { Inject, Injectable, Logger } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import type { AppConfig } from '../../platform/config/app-config';
import { APP_CONFIG } from '../../platform/config/app-config';
import { JobTicks } from '../../platform/scheduler/job-ticks';
import { TenantJobRunner } from '../../platform/scheduler/tenant-job-runner';
import { ApprovalTimeoutsService } from './approval-timeouts.service';

/** Every minute: approval reminders and timeout actions, once per tenant across all replicas. */
@Injectable()
export class ApprovalsScheduler implements OnModuleInit {
  private readonly logger = new Logger('ApprovalsScheduler');

  constructor(
    private readonly runner: TenantJobRunner,
    private readonly timeouts: ApprovalTimeoutsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly ticks: JobTicks,
  ) {}

  onModuleInit(): void {
    this.ticks.register('approval-timeouts', () => this.tick());
  }

  @Cron(CronExpression.EVERY_MINUTE, { name: 'approval-timeouts' })
  async tick(): Promise<void> {
    if (!this.config.SCHEDULER_ENABLED) return;
    await this.runOnce(new Date());
  }

  /** One pass at `now`; tests call this with the clock they need. */
  async runOnce(now: Date) {
    const report = await this.runner.forEachTenant('approval-timeouts', async () => {
      const result = await this.timeouts.run(now);
      if (result.reminded + result.approved + result.rejected + result.escalated > 0) {
        this.logger.log({ ...result }, 'Approval reminders and timeouts handled');
      }
    });
    return report;
  }
}
