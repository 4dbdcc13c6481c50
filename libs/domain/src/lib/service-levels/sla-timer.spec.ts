import fc from 'fast-check';
import type { BusinessCalendar, WeeklySchedule } from './business-calendar';
import { ALWAYS_OPEN_CALENDAR, workingInterval } from './business-calendar';
import { isWorkingTime } from './business-time';
import {
  elapsedSlaMinutes,
  nextSlaCheck,
  pausedSlaMinutes,
  slaSchedule,
  slaStage,
  thresholdMinutes,
} from './sla-timer';

const lunchBreak = [workingInterval('09:00', '12:00'), workingInterval('13:00', '17:30')];
const weekdays: WeeklySchedule = {
  monday: lunchBreak,
  tuesday: lunchBreak,
  wednesday: lunchBreak,
  thursday: lunchBreak,
  friday: lunchBreak,
  saturday: [],
  sunday: [],
};
const BERLIN: BusinessCalendar = {
  timeZone: 'Europe/Berlin',
  workingHours: weekdays,
  holidays: [{ date: '2026-12-25', recurring: true }, { date: '2026-04-03' }],
};
const NEW_YORK: BusinessCalendar = { ...BERLIN, timeZone: 'America/New_York', holidays: [] };

const calendars = fc.constantFrom(BERLIN, NEW_YORK, ALWAYS_OPEN_CALENDAR);
// Instants in 2026, whole minutes, spanning both DST changes of both zones.
const instants = fc
  .integer({ min: Date.UTC(2026, 0, 1) / 60_000, max: Date.UTC(2026, 11, 31) / 60_000 })
  .map((minute) => new Date(minute * 60_000));
const targets = fc.integer({ min: 1, max: 5 * 24 * 60 });
const thresholds = fc
  .uniqueArray(fc.integer({ min: 1, max: 99 }), { maxLength: 4 })
  .map((list) => [...list].sort((a, b) => a - b));

describe('slaSchedule', () => {
  it('falls due exactly when the target of business minutes has elapsed, pauses left out', () => {
    fc.assert(
      fc.property(
        calendars,
        instants,
        targets,
        fc.nat({ max: 3000 }),
        (calendar, startedAt, target, paused) => {
          const clock = { startedAt, targetMinutes: target, pausedMinutes: paused };
          const { dueAt } = slaSchedule(calendar, clock, []);
          expect(elapsedSlaMinutes(calendar, clock, dueAt)).toBe(target);
          // One minute earlier, the target has not been used up yet.
          expect(
            elapsedSlaMinutes(calendar, clock, new Date(dueAt.getTime() - 60_000)),
          ).toBeLessThan(target);
        },
      ),
    );
  });

  it('puts warnings in threshold order, at their share of the target, never after the due instant', () => {
    fc.assert(
      fc.property(
        calendars,
        instants,
        targets,
        thresholds,
        (calendar, startedAt, target, percents) => {
          const clock = { startedAt, targetMinutes: target, pausedMinutes: 0 };
          const schedule = slaSchedule(calendar, clock, percents);
          expect(schedule.warnings.map((w) => w.percent)).toEqual(percents);
          schedule.warnings.forEach((warning, i) => {
            expect(warning.at.getTime()).toBeLessThanOrEqual(schedule.dueAt.getTime());
            if (i > 0) expect(warning.at >= schedule.warnings[i - 1].at).toBe(true);
            expect(elapsedSlaMinutes(calendar, clock, warning.at)).toBe(
              thresholdMinutes(target, warning.percent),
            );
          });
        },
      ),
    );
  });

  it('moves the due instant by exactly the business time of a pause', () => {
    fc.assert(
      fc.property(
        calendars,
        instants,
        targets,
        fc.nat({ max: 7 * 24 * 60 }),
        fc.nat({ max: 7 * 24 * 60 }),
        (calendar, startedAt, target, pauseAfter, pauseLength) => {
          const pausedAt = new Date(startedAt.getTime() + pauseAfter * 60_000);
          const resumedAt = new Date(pausedAt.getTime() + pauseLength * 60_000);
          const paused = pausedSlaMinutes(calendar, pausedAt, resumedAt);
          const clock = { startedAt, targetMinutes: target, pausedMinutes: paused };
          const before = elapsedSlaMinutes(calendar, { ...clock, pausedMinutes: 0 }, pausedAt);
          // Resuming neither adds nor loses counted time.
          expect(elapsedSlaMinutes(calendar, clock, resumedAt)).toBe(before);
          const { dueAt } = slaSchedule(calendar, clock, []);
          if (before < target) expect(dueAt >= resumedAt).toBe(true);
        },
      ),
    );
  });

  it('lands on working time or at the end of a working interval', () => {
    fc.assert(
      fc.property(calendars, instants, targets, (calendar, startedAt, target) => {
        const { dueAt } = slaSchedule(
          calendar,
          { startedAt, targetMinutes: target, pausedMinutes: 0 },
          [],
        );
        // The last counted minute is working time.
        expect(isWorkingTime(calendar, new Date(dueAt.getTime() - 60_000))).toBe(true);
      }),
    );
  });

  it('counts a Friday holiday before a weekend as closed: Thursday 17:00 + 60 min is Monday 09:30', () => {
    const calendar: BusinessCalendar = { ...BERLIN, holidays: [{ date: '2026-04-03' }] };
    // Thursday 2 April 2026, 17:00 in Berlin (CEST, UTC+2); Good Friday 3 April is a holiday.
    const startedAt = new Date('2026-04-02T15:00:00Z');
    const { dueAt } = slaSchedule(calendar, { startedAt, targetMinutes: 60, pausedMinutes: 0 }, []);
    // 30 minutes on Thursday, the other 30 on Monday 6 April from 09:00.
    expect(dueAt.toISOString()).toBe('2026-04-06T07:30:00.000Z');
  });
});

describe('nextSlaCheck', () => {
  const schedule = {
    dueAt: new Date('2026-05-01T12:00:00Z'),
    warnings: [
      { percent: 50, at: new Date('2026-05-01T10:00:00Z') },
      { percent: 75, at: new Date('2026-05-01T11:00:00Z') },
    ],
  };

  it('is the first threshold not yet warned about, then the due instant, then nothing', () => {
    expect(nextSlaCheck(schedule, null, false)).toEqual(schedule.warnings[0].at);
    expect(nextSlaCheck(schedule, 50, false)).toEqual(schedule.warnings[1].at);
    expect(nextSlaCheck(schedule, 75, false)).toEqual(schedule.dueAt);
    expect(nextSlaCheck(schedule, 75, true)).toBeNull();
  });
});

describe('slaStage', () => {
  const breachedAt = new Date();
  it.each([
    ['running', null, 'running'],
    ['running', breachedAt, 'breached'],
    ['paused', null, 'paused'],
    ['paused', breachedAt, 'breached'],
    ['stopped', null, 'met'],
    ['stopped', breachedAt, 'breached'],
    ['cancelled', breachedAt, 'cancelled'],
  ] as const)('shows a %s timer breached at %s as %s', (state, at, stage) => {
    expect(slaStage(state, at)).toBe(stage);
  });
});
