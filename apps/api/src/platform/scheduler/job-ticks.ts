import { Inject, Injectable, Logger } from '@nestjs/common';
import type { OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config';

/**
 * SCHEDULER_TICK_SECONDS: the cron jobs fire every N seconds instead of on their schedules, so a
 * benchmark sees a hundred ticks in minutes (bench/cluster.mjs). In that mode app.module.ts starts
 * ScheduleModule without cron jobs and each scheduler's tick, registered here, runs on an interval
 * instead. The intervals go into the SchedulerRegistry, which clears them at shutdown. Unset (the
 * production default), this does nothing and the `@Cron` schedules apply.
 */
@Injectable()
export class JobTicks implements OnApplicationBootstrap {
  private readonly logger = new Logger('JobTicks');
  private readonly jobs = new Map<string, () => Promise<unknown>>();

  constructor(
    private readonly registry: SchedulerRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Called by each scheduler (onModuleInit) with its cron job's name and tick. */
  register(name: string, tick: () => Promise<unknown>): void {
    this.jobs.set(name, tick);
  }

  onApplicationBootstrap(): void {
    const seconds = this.config.SCHEDULER_TICK_SECONDS;
    if (!seconds || !this.config.SCHEDULER_ENABLED) return;
    for (const [name, tick] of this.jobs) {
      // Like the cron jobs, a tick still running when the next one is due is not overlapped in
      // this process; other processes tick on their own (the job runner's locks keep them apart).
      let running = false;
      const interval = setInterval(() => {
        if (running) return;
        running = true;
        tick()
          .catch((error: unknown) =>
            this.logger.error({ err: error, job: name }, 'Scheduled job failed'),
          )
          .finally(() => (running = false));
      }, seconds * 1000);
      this.registry.addInterval(`${name}-every-${seconds}s`, interval);
    }
    this.logger.log(
      { seconds, jobs: [...this.jobs.keys()] },
      'Cron jobs fire every SCHEDULER_TICK_SECONDS, not on their schedules',
    );
  }
}
