import { Inject, Injectable, Logger } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import type { AppConfig } from '../../platform/config/app-config';
import { APP_CONFIG } from '../../platform/config/app-config';
import { OutboxDispatcher } from './delivery/outbox-dispatcher';

/**
 * Every few seconds: deliver the outbox. Every replica runs it; SKIP LOCKED shares the work
 * between them, so no cluster lock is needed. Within a process ticks never overlap.
 */
@Injectable()
export class NotificationsScheduler {
  private readonly logger = new Logger('NotificationsScheduler');
  private running = false;

  constructor(
    private readonly dispatcher: OutboxDispatcher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Interval('outbox-dispatch', 3_000)
  async tick(): Promise<void> {
    if (!this.config.SCHEDULER_ENABLED || this.running) return;
    this.running = true;
    try {
      const report = await this.dispatcher.runOnce(new Date());
      // One line per pass and process: bench/cluster.mjs counts them.
      this.logger.debug({ ...report }, 'Outbox dispatcher ran');
    } catch (error) {
      this.logger.error({ err: error }, 'Outbox dispatch failed');
    } finally {
      this.running = false;
    }
  }
}
