import type { EntityManager } from 'typeorm';
import type { Holiday, SlaTargets } from '@trellis/domain';
import { holidayPreset } from '../practices/service-levels/holiday-sources';

const LUNCH_BREAK = [
  { start: 9 * 60, end: 12 * 60 },
  { start: 13 * 60, end: 17 * 60 + 30 },
];
const WEEKDAYS_WITH_LUNCH = {
  monday: LUNCH_BREAK,
  tuesday: LUNCH_BREAK,
  wednesday: LUNCH_BREAK,
  thursday: LUNCH_BREAK,
  friday: LUNCH_BREAK,
  saturday: [],
  sunday: [],
};
const ALL_DAY = [{ start: 0, end: 24 * 60 }];
const ALWAYS = Object.fromEntries(
  ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((d) => [
    d,
    ALL_DAY,
  ]),
);

/** Where each demo tenant's office is: its zone and whose national holidays it keeps. */
export const DEMO_OFFICES: Record<string, { timeZone: string; country: string }> = {
  'acme.test': { timeZone: 'America/New_York', country: 'US' },
  'globex.test': { timeZone: 'Europe/Berlin', country: 'DE' },
};

const target = (response: number, resolution: number, task: number | null) => ({
  responseMinutes: response,
  resolutionMinutes: resolution,
  taskMinutes: task,
});

/** A working day of the office calendar is 7.5 hours. */
const DAY = 450;

const DEMO_SLA_POLICIES: {
  name: string;
  description: string;
  calendar: 'Office hours' | '24x7';
  isDefault: boolean;
  targets: SlaTargets;
  items: string[];
}[] = [
  {
    name: 'Standard service',
    description: 'Office hours; the policy of every item that names no other.',
    calendar: 'Office hours',
    isDefault: true,
    targets: {
      low: target(DAY, 10 * DAY, 2 * DAY),
      medium: target(240, 5 * DAY, DAY),
      high: target(60, 2 * DAY, 240),
      critical: target(30, DAY, 120),
    },
    items: ['Software License', 'Cloud Resources'],
  },
  {
    name: 'Access around the clock',
    description: 'People cannot work without access: measured 24x7.',
    calendar: '24x7',
    isDefault: false,
    targets: {
      low: target(240, 1440, 480),
      medium: target(120, 720, 240),
      high: target(30, 240, 60),
      critical: target(15, 120, 30),
    },
    items: ['New User Account', 'VPN Access'],
  },
  {
    name: 'Hardware delivery',
    description: 'Office hours, allowing for ordering and shipping.',
    calendar: 'Office hours',
    isDefault: false,
    targets: {
      low: target(DAY, 20 * DAY, 5 * DAY),
      medium: target(DAY, 15 * DAY, 3 * DAY),
      high: target(240, 10 * DAY, 2 * DAY),
      critical: target(60, 5 * DAY, DAY),
    },
    items: ['Laptop Request'],
  },
];

/** National public holidays of this year and the next, from the date-holidays presets. */
function nationalHolidays(country: string): Holiday[] {
  const year = new Date().getUTCFullYear();
  return [
    ...holidayPreset(country, undefined, year),
    ...holidayPreset(country, undefined, year + 1),
  ];
}

/**
 * Business-hours calendars (office hours with a lunch break and national holidays; 24x7) and SLA
 * policies per item. Idempotent: what exists is left alone, items that name a policy keep it.
 */
export async function seedServiceLevels(
  m: EntityManager,
  tenantId: string,
  domain: string,
): Promise<void> {
  const office = DEMO_OFFICES[domain] ?? { timeZone: 'UTC', country: 'US' };
  const calendars = [
    {
      name: 'Office hours',
      timeZone: office.timeZone,
      hours: WEEKDAYS_WITH_LUNCH,
      holidays: nationalHolidays(office.country),
    },
    { name: '24x7', timeZone: 'UTC', hours: ALWAYS, holidays: [] },
  ];
  for (const c of calendars) {
    await m.query(
      `INSERT INTO sla_calendars (tenant_id, name, time_zone, working_hours, holidays) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (tenant_id, name) DO NOTHING`,
      [tenantId, c.name, c.timeZone, JSON.stringify(c.hours), JSON.stringify(c.holidays)],
    );
  }
  for (const p of DEMO_SLA_POLICIES) {
    await m.query(
      `INSERT INTO sla_policies (tenant_id, name, description, calendar_id, targets, is_default)
       SELECT $1, $2, $3, c.id, $5, $6 FROM sla_calendars c WHERE c.tenant_id = $1 AND c.name = $4
           AND NOT EXISTS (SELECT 1 FROM sla_policies d WHERE d.tenant_id = $1 AND d.is_default AND $6)
       ON CONFLICT (tenant_id, name) DO NOTHING`,
      [tenantId, p.name, p.description, p.calendar, JSON.stringify(p.targets), p.isDefault],
    );
    await m.query(
      `UPDATE catalog_items SET sla_policy_id = p.id FROM sla_policies p
        WHERE catalog_items.tenant_id = $1 AND catalog_items.name = ANY($2::text[]) AND catalog_items.sla_policy_id IS NULL
          AND p.tenant_id = $1 AND p.name = $3`,
      [tenantId, p.items, p.name],
    );
  }
}
