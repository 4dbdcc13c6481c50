import type { TestApp } from '../../testing/test-app';
import { uniqueName } from '../../testing/catalog-factory';

/** Every day, all day, in UTC: business minutes are wall-clock minutes, which keeps expectations plain. */
export const ALWAYS_OPEN_HOURS = Object.fromEntries(
  ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((day) => [
    day,
    [{ start: '00:00', end: '24:00' }],
  ]),
);

export const TEST_TARGETS = {
  low: { responseMinutes: 240, resolutionMinutes: 960, taskMinutes: 480 },
  medium: { responseMinutes: 60, resolutionMinutes: 240, taskMinutes: 120 },
  high: { responseMinutes: 30, resolutionMinutes: 120, taskMinutes: 60 },
  critical: { responseMinutes: 15, resolutionMinutes: 60, taskMinutes: null },
};

export interface SlaTimerJson {
  id: string;
  kind: 'response' | 'resolution' | 'task';
  taskId: string | null;
  priority: string;
  stage: string;
  targetMinutes: number;
  elapsedMinutes: number;
  remainingMinutes: number;
  pausedMinutes: number;
  startedAt: string;
  dueAt: string;
  breachedAt: string | null;
  stoppedAt: string | null;
}

/** A 24x7 calendar and a policy on it, created through the API as the admin. */
export async function createSlaPolicy(
  t: TestApp,
  adminToken: string,
  overrides: Record<string, unknown> = {},
): Promise<{ calendarId: string; policyId: string }> {
  const calendar = await t.request({
    method: 'POST',
    url: '/api/v1/sla/calendars',
    token: adminToken,
    payload: { name: uniqueName('Always open'), timeZone: 'UTC', workingHours: ALWAYS_OPEN_HOURS },
  });
  if (calendar.statusCode !== 201) throw new Error(`create calendar: ${calendar.body}`);
  const calendarId = calendar.json<{ id: string }>().id;
  const policy = await t.request({
    method: 'POST',
    url: '/api/v1/sla/policies',
    token: adminToken,
    payload: {
      name: uniqueName('Test SLA'),
      calendarId,
      targets: TEST_TARGETS,
      warningThresholds: [50, 75],
      ...overrides,
    },
  });
  if (policy.statusCode !== 201) throw new Error(`create policy: ${policy.body}`);
  return { calendarId, policyId: policy.json<{ id: string }>().id };
}
