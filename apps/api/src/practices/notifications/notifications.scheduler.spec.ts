import type { AppConfig } from '../../platform/config/app-config';
import type { OutboxDispatcher } from './delivery/outbox-dispatcher';
import { NotificationsScheduler } from './notifications.scheduler';

/** A dispatcher whose passes finish only when the test says so. */
function slowDispatcher() {
  const pending: (() => void)[] = [];
  const dispatcher = {
    runs: 0,
    runOnce() {
      dispatcher.runs += 1;
      return new Promise<void>((resolve) => pending.push(resolve));
    },
  };
  return { dispatcher, finish: () => pending.splice(0).forEach((resolve) => resolve()) };
}

const scheduler = (enabled: boolean, dispatcher: object) =>
  new NotificationsScheduler(
    dispatcher as OutboxDispatcher,
    { SCHEDULER_ENABLED: enabled } as AppConfig,
  );

describe('notifications scheduler', () => {
  it('does nothing when SCHEDULER_ENABLED is false', async () => {
    const { dispatcher } = slowDispatcher();
    await scheduler(false, dispatcher).tick();
    expect(dispatcher.runs).toBe(0);
  });

  it('never overlaps its own ticks in one process', async () => {
    const { dispatcher, finish } = slowDispatcher();
    const s = scheduler(true, dispatcher);
    const first = s.tick();
    await s.tick();
    expect(dispatcher.runs).toBe(1);
    finish();
    await first;
    const next = s.tick();
    expect(dispatcher.runs).toBe(2);
    finish();
    await next;
  });
});
