import type { TestApp } from '../../testing/test-app';
import { createTestApp } from '../../testing/test-app';
import { uniqueName } from '../../testing/catalog-factory';
import { ownerQuery } from '../../testing/owner-query';
import { ALWAYS_OPEN_HOURS, TEST_TARGETS, createSlaPolicy } from './sla-test-kit';

const LUNCH_BREAK = [
  { start: '09:00', end: '12:00' },
  { start: '13:00', end: '17:30' },
];
const OFFICE_HOURS = {
  monday: LUNCH_BREAK,
  tuesday: LUNCH_BREAK,
  wednesday: LUNCH_BREAK,
  thursday: LUNCH_BREAK,
  friday: LUNCH_BREAK,
  saturday: [],
  sunday: [],
};

const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Trellis test//EN',
  'BEGIN:VEVENT',
  'UID:christmas@test',
  'DTSTART;VALUE=DATE:20261224',
  'DTEND;VALUE=DATE:20261227',
  'SUMMARY:Christmas closure',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:founders@test',
  'DTSTART;VALUE=DATE:20260612',
  'DTEND;VALUE=DATE:20260613',
  'RRULE:FREQ=YEARLY',
  'SUMMARY:Founders day',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

describe('SLA calendars and policies (admin)', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const api = (who: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    t.request({ method, url: `/api/v1/${url}`, token: tokens[who], payload });
  const errorPaths = (response: { json: () => { errors?: { path: string }[] } }) =>
    (response.json().errors ?? []).map((e) => e.path);

  beforeAll(async () => {
    t = await createTestApp();
    for (const who of ['requester', 'agent', 'admin'])
      tokens[who] = (await t.login(`${who}@acme.test`)).accessToken;
    tokens.globexAdmin = (await t.login('admin@globex.test')).accessToken;
  });
  afterAll(() => t.close());

  it('creates a business-hours calendar with a lunch break and holidays, audited', async () => {
    const created = await api('admin', 'POST', 'sla/calendars', {
      name: uniqueName('Berlin office'),
      timeZone: 'Europe/Berlin',
      workingHours: OFFICE_HOURS,
      holidays: [{ date: '2026-12-25', name: 'Christmas Day', recurring: true }],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      timeZone: 'Europe/Berlin',
      workingHours: { monday: LUNCH_BREAK, saturday: [] },
      holidays: [{ date: '2026-12-25', name: 'Christmas Day', recurring: true }],
      version: 1,
    });
    const audit = await ownerQuery(
      `SELECT 1 FROM audit_events WHERE action = 'sla_calendar.created' AND entity_id = $1`,
      [created.json().id],
    );
    expect(audit).toHaveLength(1);
  });

  it('refuses an unknown zone, overlapping intervals, a closed week and bad dates with their paths, changing nothing', async () => {
    const name = uniqueName('Broken');
    const response = await api('admin', 'POST', 'sla/calendars', {
      name,
      timeZone: 'Europe/Atlantis',
      workingHours: {
        ...OFFICE_HOURS,
        monday: [
          { start: '09:00', end: '12:00' },
          { start: '11:00', end: '13:00' },
        ],
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(errorPaths(response)).toEqual(['/timeZone', '/workingHours/monday/1/start']);
    const shape = await api('admin', 'POST', 'sla/calendars', {
      name,
      timeZone: 'UTC',
      workingHours: { ...OFFICE_HOURS, friday: [{ start: '9am', end: '25:00' }] },
      holidays: [{ date: '26-12-2026' }],
    });
    expect(shape.statusCode).toBe(400);
    expect(errorPaths(shape).sort()).toEqual([
      '/holidays/0/date',
      '/workingHours/friday/0/end',
      '/workingHours/friday/0/start',
    ]);
    const missingDay = await api('admin', 'POST', 'sla/calendars', {
      name,
      timeZone: 'UTC',
      workingHours: { monday: LUNCH_BREAK },
    });
    expect(missingDay.statusCode).toBe(400);
    expect(await ownerQuery(`SELECT 1 FROM sla_calendars WHERE name = $1`, [name])).toEqual([]);
  });

  it('offers country holiday presets from date-holidays and refuses an unknown country', async () => {
    const germany = await api('admin', 'GET', 'sla/holiday-presets?country=DE&year=2027');
    expect(germany.statusCode).toBe(200);
    const dates = (germany.json().items as { date: string }[]).map((h) => h.date);
    expect(dates).toEqual(expect.arrayContaining(['2027-01-01', '2027-10-03', '2027-12-25']));
    const bavaria = await api('admin', 'GET', 'sla/holiday-presets?country=DE&state=BY&year=2027');
    // Epiphany is a public holiday in Bavaria, not in Germany as a whole.
    expect((bavaria.json().items as { date: string }[]).map((h) => h.date)).toContain('2027-01-06');
    expect(dates).not.toContain('2027-01-06');
    const unknown = await api('admin', 'GET', 'sla/holiday-presets?country=QQ&year=2027');
    expect(unknown.statusCode).toBe(400);
    expect(errorPaths(unknown)).toEqual(['/country']);
    const countries = await api('admin', 'GET', 'sla/holiday-presets/countries');
    expect(countries.json().items).toEqual(
      expect.arrayContaining([{ code: 'US', name: 'United States of America' }]),
    );
  });

  it('imports holidays from an ICS file: multi-day events day by day, yearly events as recurring', async () => {
    const created = (
      await api('admin', 'POST', 'sla/calendars', {
        name: uniqueName('ICS'),
        timeZone: 'Europe/Berlin',
        workingHours: OFFICE_HOURS,
      })
    ).json();
    const imported = await api('admin', 'POST', `sla/calendars/${created.id}/holidays/import`, {
      version: created.version,
      ics: ICS,
    });
    expect(imported.statusCode).toBe(200);
    expect(imported.json().holidays).toEqual([
      { date: '2026-06-12', name: 'Founders day', recurring: true },
      { date: '2026-12-24', name: 'Christmas closure', recurring: false },
      { date: '2026-12-25', name: 'Christmas closure', recurring: false },
      { date: '2026-12-26', name: 'Christmas closure', recurring: false },
    ]);
    const garbage = await api('admin', 'POST', `sla/calendars/${created.id}/holidays/import`, {
      version: imported.json().version,
      ics: 'this is not a calendar',
    });
    expect(garbage.statusCode).toBe(400);
    const stale = await api('admin', 'POST', `sla/calendars/${created.id}/holidays/import`, {
      version: created.version,
      ics: ICS,
    });
    expect(stale.statusCode).toBe(409);
  });

  it('creates policies with targets per priority and keeps a single default', async () => {
    const list = async () =>
      (await api('admin', 'GET', 'sla/policies')).json().items as {
        id: string;
        isDefault: boolean;
        version: number;
      }[];
    const seeded = (await list()).find((p) => p.isDefault);
    const first = await createSlaPolicy(t, tokens.admin, { isDefault: true });
    const second = await createSlaPolicy(t, tokens.admin, { isDefault: true });
    const policies = await list();
    expect(policies.filter((p) => p.isDefault).map((p) => p.id)).toEqual([second.policyId]);
    expect(policies.find((p) => p.id === first.policyId)?.isDefault).toBe(false);
    // Give the default back to the demo policy, for the other suites.
    if (seeded) {
      const current = (await list()).find((p) => p.id === seeded.id)!;
      const restored = await api('admin', 'PATCH', `sla/policies/${seeded.id}`, {
        version: current.version,
        isDefault: true,
      });
      expect(restored.statusCode).toBe(200);
      expect((await list()).filter((p) => p.isDefault).map((p) => p.id)).toEqual([seeded.id]);
    }
  });

  it('refuses a policy without every priority, with thresholds out of order or a foreign calendar', async () => {
    const { calendarId } = await createSlaPolicy(t, tokens.admin);
    const { critical: _critical, ...partial } = TEST_TARGETS;
    const bad = await api('admin', 'POST', 'sla/policies', {
      name: uniqueName('Bad'),
      calendarId,
      targets: { ...partial, high: { responseMinutes: 0, resolutionMinutes: 60 } },
      warningThresholds: [75, 50],
      pauseStates: ['in_progress'],
    });
    expect(bad.statusCode).toBe(400);
    expect(errorPaths(bad)).toEqual([
      '/targets/high/responseMinutes',
      '/targets/critical',
      '/warningThresholds/1',
      '/pauseStates/0',
    ]);
    const foreign = await api('globexAdmin', 'POST', 'sla/policies', {
      name: uniqueName('Foreign'),
      calendarId,
      targets: TEST_TARGETS,
    });
    expect(foreign.statusCode).toBe(400);
    expect(errorPaths(foreign)).toEqual(['/calendarId']);
  });

  it('answers another tenant’s calendar with 404 and a requester or agent with 403', async () => {
    const { calendarId, policyId } = await createSlaPolicy(t, tokens.admin);
    expect((await api('globexAdmin', 'GET', `sla/calendars/${calendarId}`)).statusCode).toBe(404);
    expect((await api('globexAdmin', 'GET', `sla/policies/${policyId}`)).statusCode).toBe(404);
    expect((await api('requester', 'GET', 'sla/calendars')).statusCode).toBe(403);
    expect(
      (
        await api('agent', 'POST', 'sla/calendars', {
          name: 'x',
          timeZone: 'UTC',
          workingHours: ALWAYS_OPEN_HOURS,
        })
      ).statusCode,
    ).toBe(403);
  });
});
