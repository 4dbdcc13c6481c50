import { screen, waitFor, within } from '@testing-library/react';
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
  workingHours: standardWeek(),
  holidays: [],
  updatedAt: '2026-11-20T10:00:00.000Z',
  version: 3,
};

const admin = { 'GET /api/v1/auth/me': () => json(fakeMe(['requester', 'admin'])) };

describe('SlaCalendarEditorPage', { timeout: 30_000 }, () => {
  it('saves a lunch break copied to every weekday with the version read', async () => {
    const user = userEvent.setup();
    const { requests } = renderApp({
      path: `/service-levels/calendars/${CALENDAR.id}`,
      tokens: SIGNED_IN,
      api: {
        ...admin,
        [`GET /api/v1/sla/calendars/${CALENDAR.id}`]: () => json(CALENDAR),
        [`PATCH /api/v1/sla/calendars/${CALENDAR.id}`]: async (request) =>
          json({ ...CALENDAR, ...((await request.clone().json()) as object), version: 4 }),
      },
    });
    const monday = await screen.findByRole('group', { name: 'Monday' });
    const end = within(monday).getByLabelText('Monday interval 1 end');
    await user.clear(end);
    await user.type(end, '12:00');
    await user.click(within(monday).getByRole('button', { name: 'Add interval to Monday' }));
    expect(within(monday).getByLabelText('Monday interval 2 start')).toHaveValue('13:00');
    const secondEnd = within(monday).getByLabelText('Monday interval 2 end');
    await user.clear(secondEnd);
    await user.type(secondEnd, '17:30');
    await user.click(screen.getByRole('button', { name: 'Copy Monday to weekdays' }));
    await user.click(screen.getByRole('button', { name: 'Save calendar' }));

    await waitFor(() => expect(requests.some((r) => r.method === 'PATCH')).toBe(true));
    const body = (await requests.find((r) => r.method === 'PATCH')!.json()) as {
      version: number;
      workingHours: SlaCalendar['workingHours'];
    };
    expect(body.version).toBe(3);
    const lunch = [
      { start: '09:00', end: '12:00' },
      { start: '13:00', end: '17:30' },
    ];
    expect(body.workingHours).toEqual(copyToWeekdays({ ...standardWeek(), monday: lunch }));
    expect(await screen.findByText('Berlin office is saved.')).toBeVisible();
  });

  it('shows the API’s problems beside their fields, and explains a conflict', async () => {
    const user = userEvent.setup();
    renderApp({
      path: `/service-levels/calendars/${CALENDAR.id}`,
      tokens: SIGNED_IN,
      api: {
        ...admin,
        [`GET /api/v1/sla/calendars/${CALENDAR.id}`]: () => json(CALENDAR),
        [`PATCH /api/v1/sla/calendars/${CALENDAR.id}`]: [
          () =>
            json(
              {
                type: 'https://trellis.dev/problems/validation',
                title: 'Validation failed',
                status: 400,
                errors: [{ path: '/name', message: 'a calendar with this name already exists' }],
              },
              400,
            ),
          () =>
            json(
              {
                type: 'about:blank',
                title: 'Conflict',
                status: 409,
                detail: 'Calendar was changed by someone else; reload it and try again',
              },
              409,
            ),
        ],
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Save calendar' }));
    const name = screen.getByRole('textbox', { name: 'Name' });
    await waitFor(() =>
      expect(name).toHaveAccessibleDescription('a calendar with this name already exists'),
    );
    expect(screen.getByText('Name: a calendar with this name already exists')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Save calendar' }));
    expect(await screen.findByText('Changed by someone else')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeVisible();
  });

  it('imports an ICS file read in the browser into the saved calendar', async () => {
    const user = userEvent.setup();
    const ics = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20271224',
      'DTEND;VALUE=DATE:20271225',
      'SUMMARY:Office closed',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const { requests } = renderApp({
      path: `/service-levels/calendars/${CALENDAR.id}`,
      tokens: SIGNED_IN,
      api: {
        ...admin,
        [`GET /api/v1/sla/calendars/${CALENDAR.id}`]: () => json(CALENDAR),
        [`POST /api/v1/sla/calendars/${CALENDAR.id}/holidays/import`]: () =>
          json({
            ...CALENDAR,
            holidays: [{ date: '2027-12-24', name: 'Office closed', recurring: false }],
            version: 4,
          }),
      },
    });
    await screen.findByRole('group', { name: 'Monday' });
    await user.upload(
      screen.getByLabelText('ICS file'),
      new File([ics], 'closures.ics', { type: 'text/calendar' }),
    );
    expect(await screen.findByText('Imported 1 holiday.')).toBeVisible();
    const sent = requests.find((r) => r.url.endsWith('/holidays/import'))!;
    expect(await sent.json()).toEqual({ version: 3, ics });
  });
});
