import { Logger } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import type { AppConfig } from '../config/app-config';
import { JobTicks } from './job-ticks';

/** A job whose ticks finish only when the test says so. */
function slowJob() {
  const pending: (() => void)[] = [];
  const job = {
    runs: 0,
    tick() {
      job.runs += 1;
      return new Promise<void>((resolve) => pending.push(resolve));
    },
  };
  return { job, finish: () => pending.splice(0).forEach((resolve) => resolve()) };
}

function ticks(config: Partial<AppConfig>) {
  const registry = new SchedulerRegistry();
  const jobTicks = new JobTicks(registry, { SCHEDULER_ENABLED: true, ...config } as AppConfig);
  return { registry, jobTicks };
}

describe('job ticks (SCHEDULER_TICK_SECONDS)', () => {
  beforeAll(() => Logger.overrideLogger(false));
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('leaves the cron schedules alone when SCHEDULER_TICK_SECONDS is unset', () => {
    const { registry, jobTicks } = ticks({});
    const { job } = slowJob();
    jobTicks.register('sla-sweep', () => job.tick());
    jobTicks.onApplicationBootstrap();
    expect(registry.getIntervals()).toEqual([]);
  });

  it('runs nothing when the scheduler is disabled', () => {
    const { registry, jobTicks } = ticks({ SCHEDULER_ENABLED: false, SCHEDULER_TICK_SECONDS: 1 });
    jobTicks.register('sla-sweep', () => slowJob().job.tick());
    jobTicks.onApplicationBootstrap();
    expect(registry.getIntervals()).toEqual([]);
  });

  it('fires each registered job every N seconds and never overlaps its own ticks', async () => {
    const { registry, jobTicks } = ticks({ SCHEDULER_TICK_SECONDS: 2 });
    const sweep = slowJob();
    const close = slowJob();
    jobTicks.register('sla-sweep', () => sweep.job.tick());
    jobTicks.register('request-auto-close', () => close.job.tick());
    jobTicks.onApplicationBootstrap();
    expect(registry.getIntervals()).toEqual(['sla-sweep-every-2s', 'request-auto-close-every-2s']);

    await jest.advanceTimersByTimeAsync(2_000);
    expect([sweep.job.runs, close.job.runs]).toEqual([1, 1]);
    // The sweep is still running at the next tick: skipped; the finished auto-close runs again.
    close.finish();
    await jest.advanceTimersByTimeAsync(2_000);
    expect([sweep.job.runs, close.job.runs]).toEqual([1, 2]);
    sweep.finish();
    await jest.advanceTimersByTimeAsync(2_000);
    expect(sweep.job.runs).toBe(2);

    registry.getIntervals().forEach((name) => registry.deleteInterval(name));
  });
});
