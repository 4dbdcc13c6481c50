import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SIGNED_IN, fakeMe, json } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';
import type { SlaCalendar } from '../hooks/use-sla-calendars';
import { copyToWeekdays, standardWeek } from '../weekly-hours';

const CALENDAR: SlaCalendar = {
  id: '00000000-0000-4000-8000-0000000000c1',
  name: 'Berlin office',
  timeZone: 'Europe/Berlin',
  // 09:00-12:00 and 13:00-17:30: a business day of 7.5 hours.
  workingHours: copyToWeekdays({
    ...standardWeek(),
    monday: [
      { start: '09:00', end: '12:00' },
      { start: '13:00', end: '17:30' },
    ],
  }),
  holidays: [],
  updatedAt: '2026-11-20T10:00:00.000Z',
  version: 1,
};

describe('SlaPolicyEditorPage', { timeout: 30_000 }, () => {
  it('stores targets typed as hours and business days as minutes', async () => {
    const user = userEvent.setup();
    const { requests } = renderApp({
      path: '/service-levels/policies/new',
      tokens: SIGNED_IN,
      api: {
        'GET /api/v1/auth/me': () => json(fakeMe(['requester', 'admin'])),
        'GET /api/v1/sla/calendars': () => json({ items: [CALENDAR] }),
        'POST /api/v1/sla/policies': async (request) =>
          json(
            {
              ...((await request.clone().json()) as object),
              id: '00000000-0000-4000-8000-0000000000d1',
              active: true,
              updatedAt: '2026-11-21T10:00:00.000Z',
              version: 1,
            },
            201,
          ),
      },
    });
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Office hours');
    expect(screen.getByText('A business day here is 7.5 hours.')).toBeVisible();
    const criticalResolution = screen.getByRole('textbox', {
      name: 'Critical priority, resolution target',
    });
    await user.clear(criticalResolution);
    await user.type(criticalResolution, '1d');
    expect(criticalResolution).toHaveAccessibleDescription('= 7 h 30 min of business time');
    const highTask = screen.getByRole('textbox', { name: 'High priority, each task target' });
    await user.clear(highTask);
    await user.click(screen.getByRole('button', { name: 'Save policy' }));

    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    const body = (await requests.find((r) => r.method === 'POST')!.json()) as {
      calendarId: string;
      targets: Record<
        string,
        { responseMinutes: number; resolutionMinutes: number; taskMinutes: number | null }
      >;
      warningThresholds: number[];
      pauseStates: string[];
      isDefault: boolean;
    };
    expect(body.calendarId).toBe(CALENDAR.id);
    expect(body.targets.critical.resolutionMinutes).toBe(450);
    expect(body.targets.high.taskMinutes).toBeNull();
    expect(body.warningThresholds).toEqual([50, 75]);
    expect(body.pauseStates).toEqual(['on_hold']);
    expect(body.isDefault).toBe(false);
    expect(await screen.findByText('Office hours is saved.')).toBeVisible();
  });

  it('asks for a calendar first when there is none', async () => {
    renderApp({
      path: '/service-levels/policies/new',
      tokens: SIGNED_IN,
      api: {
        'GET /api/v1/auth/me': () => json(fakeMe(['requester', 'admin'])),
        'GET /api/v1/sla/calendars': () => json({ items: [] }),
      },
    });
    expect(await screen.findByRole('heading', { name: 'Create a calendar first' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'New calendar' })).toHaveAttribute(
      'href',
      '/service-levels/calendars/new',
    );
  });
});
