import { expectNoSeriousA11yViolations } from './support/axe';
import { attachScreenshot, expect, mainNavigation, test } from './support/fixtures';
import { PERSONAS, storageStatePath } from './support/personas';
import { TrellisApi } from './support/request-api';

// axe is injected into the page, which needs the CSP bypassed.
test.use({ storageState: storageStatePath(PERSONAS.admin), bypassCSP: true });

const suffix = Date.now().toString(36);
const CALENDAR = `Berlin desk ${suffix}`;
const POLICY = `Berlin business hours ${suffix}`;
const NEXT_YEAR = new Date().getFullYear() + 1;

interface SlaCalendar {
  id: string;
  name: string;
  timeZone: string;
  workingHours: Record<string, { start: string; end: string }[]>;
  holidays: { date: string; name?: string }[];
}
interface SlaPolicy {
  name: string;
  calendarId: string;
  isDefault: boolean;
  warningThresholds: number[];
  targets: Record<string, { responseMinutes: number; resolutionMinutes: number }>;
}

test('an admin builds a calendar with a lunch break and German holidays, then a policy on it', async ({
  page,
  request,
}) => {
  // One journey with five axe runs: longer than the default 30 s on two shared cores.
  test.setTimeout(90_000);
  await page.goto('/');
  await mainNavigation(page).getByRole('link', { name: 'Service levels' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Service levels' })).toBeVisible();
  await page.getByRole('link', { name: 'New calendar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New calendar' })).toBeVisible();

  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(CALENDAR);
  await page.getByRole('combobox', { name: 'Time zone' }).fill('Europe/Berl');
  await page.getByRole('option', { name: 'Europe/Berlin', exact: true }).click();

  // Monday 09:00-12:00 and 13:00-17:30, then the same on every weekday.
  const monday = page.getByRole('group', { name: 'Monday' });
  await monday.getByLabel('Monday interval 1 end').fill('12:00');
  await monday.getByRole('button', { name: 'Add interval to Monday' }).click();
  await expect(monday.getByLabel('Monday interval 2 start')).toHaveValue('13:00');
  await monday.getByLabel('Monday interval 2 end').fill('17:30');
  await page.getByRole('button', { name: 'Copy Monday to weekdays' }).click();
  const friday = page.getByRole('group', { name: 'Friday' });
  await expect(friday.getByLabel('Friday interval 1 end')).toHaveValue('12:00');
  await expect(friday.getByLabel('Friday interval 2 end')).toHaveValue('17:30');
  await expect(page.getByRole('switch', { name: 'Saturday open' })).not.toBeChecked();

  // A bad interval is pointed at before anything is sent.
  const tuesday = page.getByRole('group', { name: 'Tuesday' });
  await tuesday.getByLabel('Tuesday interval 2 start').fill('11:00');
  await page.getByRole('button', { name: 'Save calendar' }).click();
  await expect(tuesday.getByText(/Overlaps or comes before the previous interval/)).toBeVisible();
  await tuesday.getByLabel('Tuesday interval 2 start').fill('13:00');
  await expect(tuesday.getByText(/Overlaps/)).toHaveCount(0);

  // Germany's public holidays of next year, previewed, then added.
  await page.getByRole('button', { name: 'Add public holidays' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add public holidays' });
  await dialog.getByRole('combobox', { name: 'Country' }).fill('Germany');
  await page.getByRole('option', { name: 'Germany (DE)' }).click();
  await expect(dialog.getByRole('spinbutton', { name: 'Year' })).toHaveValue(String(NEXT_YEAR));
  await dialog.getByRole('button', { name: 'Preview holidays' }).click();
  const preview = dialog.getByRole('list', { name: 'Holidays to add' });
  await expect(preview.getByText('Tag der Deutschen Einheit')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await attachScreenshot(page, 'admin-sla-holiday-preset.png');
  const presetCount = await preview.getByRole('listitem').count();
  expect(presetCount).toBeGreaterThanOrEqual(9);
  await dialog.getByRole('button', { name: `Add ${presetCount} holidays` }).click();
  await expect(dialog).toBeHidden();
  const holidays = page.getByRole('table', { name: 'Holidays' });
  await expect(holidays.getByRole('textbox', { name: /^Holiday \d+ name$/ })).toHaveCount(
    presetCount,
  );
  await expectNoSeriousA11yViolations(page);
  await attachScreenshot(page, 'admin-sla-calendar-editor.png');

  await page.getByRole('button', { name: 'Save calendar' }).click();
  await expect(page.getByText(`${CALENDAR} is saved.`)).toBeVisible();
  await expect(page).toHaveURL(/\/service-levels\/calendars\/[0-9a-f-]{36}$/);
  const calendarId = page.url().split('/').pop();

  const api = new TrellisApi(request);
  const stored = await api.call<SlaCalendar>(PERSONAS.admin, 'GET', `sla/calendars/${calendarId}`);
  const lunch = [
    { start: '09:00', end: '12:00' },
    { start: '13:00', end: '17:30' },
  ];
  expect(stored.timeZone).toBe('Europe/Berlin');
  for (const day of ['monday', 'tuesday', 'wednesday', 'thursday', 'friday']) {
    expect(stored.workingHours[day]).toEqual(lunch);
  }
  expect(stored.workingHours.saturday).toEqual([]);
  expect(stored.holidays).toHaveLength(presetCount);
  expect(stored.holidays).toContainEqual(
    expect.objectContaining({ date: `${NEXT_YEAR}-10-03`, name: 'Tag der Deutschen Einheit' }),
  );

  // A policy that counts time in that calendar.
  await page.getByRole('link', { name: 'All calendars' }).click();
  await expect(page.getByRole('table', { name: 'Calendars' }).getByText(CALENDAR)).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Service levels' })
    .getByRole('tab', { name: 'Policies' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'SLA policies' })).toBeVisible();
  await page.getByRole('link', { name: 'New policy' }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(POLICY);
  await page.getByRole('combobox', { name: 'Calendar' }).click();
  await page.getByRole('option', { name: `${CALENDAR} (Europe/Berlin)` }).click();
  await expect(page.getByText('A business day here is 7.5 hours.')).toBeVisible();
  await page.getByRole('textbox', { name: 'High priority, response target' }).fill('2h');
  const criticalResolution = page.getByRole('textbox', {
    name: 'Critical priority, resolution target',
  });
  await criticalResolution.fill('1d');
  await expect(criticalResolution).toHaveAccessibleDescription('= 7 h 30 min of business time');
  await page.getByRole('textbox', { name: 'Low priority, response target' }).fill('8');
  await expect(page.getByText(/Add a unit/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Save policy' }).click();
  await expect(page.getByText(/Add a unit/)).toBeVisible();
  await page.getByRole('textbox', { name: 'Low priority, response target' }).fill('8h');
  await page.getByRole('spinbutton', { name: 'Warn at (%)' }).fill('90');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Warning thresholds' })).toHaveText(/50%.*75%.*90%/);
  await expectNoSeriousA11yViolations(page);
  await attachScreenshot(page, 'admin-sla-policy-editor.png');
  await page.getByRole('button', { name: 'Save policy' }).click();
  await expect(page.getByText(`${POLICY} is saved.`)).toBeVisible();
  await expect(page).toHaveURL(/\/service-levels\/policies\/[0-9a-f-]{36}$/);

  const policies = await api.call<{ items: SlaPolicy[] }>(PERSONAS.admin, 'GET', 'sla/policies');
  const policy = policies.items.find((p) => p.name === POLICY);
  expect(policy?.calendarId).toBe(calendarId);
  expect(policy?.isDefault).toBe(false);
  expect(policy?.warningThresholds).toEqual([50, 75, 90]);
  expect(policy?.targets.high.responseMinutes).toBe(120);
  expect(policy?.targets.critical.resolutionMinutes).toBe(450);
  expect(policy?.targets.low.responseMinutes).toBe(480);

  await page.getByRole('link', { name: 'All policies' }).click();
  const row = page
    .getByRole('table', { name: 'SLA policies' })
    .getByRole('row', { name: new RegExp(POLICY) });
  await expect(row).toContainText(CALENDAR);
  await expectNoSeriousA11yViolations(page);
  await attachScreenshot(page, 'admin-sla-policies.png');

  // Dark mode too: the calendar editor with its grid and holidays.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`/service-levels/calendars/${calendarId}`);
  await expect(page.getByRole('heading', { level: 1, name: CALENDAR })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await attachScreenshot(page, 'admin-sla-calendar-dark.png');
});
