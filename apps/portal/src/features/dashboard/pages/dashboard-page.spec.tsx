import type { Schemas } from '@trellis/api-client';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { SIGNED_IN, fakeMe, json, problem } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';

// The charts size themselves with ResizeObserver, which jsdom lacks.
beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

const WINDOW = { from: '2026-02-01T00:00:00.000Z', to: '2026-03-03T00:00:00.000Z' };

function dashboard(overrides: Partial<Schemas['DashboardMetricsDto']> = {}) {
  return {
    window: WINDOW,
    totalRequests: 1234,
    pendingApprovals: 7,
    inProgress: 12,
    fulfilledToday: 3,
    activeCatalogItems: 5,
    successRatePercent: 91.5,
    slaCompliancePercent: 87.5,
    averageFulfilmentMinutes: 210,
    averageApprovalMinutes: 45,
    satisfaction: { averageRating: 4.25, ratings: 8 },
    topItems: [{ itemId: 'i1', itemName: 'Laptop Request', requests: 9 }],
    ...overrides,
  };
}

const EMPTY_SERIES = {
  window: WINDOW,
  interval: 'day',
  buckets: [
    { bucket: '2026-03-01T00:00:00.000Z', created: 0, fulfilled: 0, breached: 0 },
    { bucket: '2026-03-02T00:00:00.000Z', created: 0, fulfilled: 0, breached: 0 },
  ],
};

const routes = (overrides: Record<string, () => Response> = {}) => ({
  'GET /api/v1/auth/me': () => json(fakeMe(['requester', 'agent'])),
  'GET /api/v1/metrics/dashboard': () => json(dashboard()),
  'GET /api/v1/metrics/requests/timeseries': () =>
    json({
      ...EMPTY_SERIES,
      buckets: [{ bucket: '2026-03-01T00:00:00.000Z', created: 4, fulfilled: 2, breached: 1 }],
    }),
  'GET /api/v1/metrics/sla': () =>
    json({
      window: WINDOW,
      compliancePercent: 87.5,
      byPolicy: [
        {
          policyId: 'p1',
          policyName: 'Standard',
          priority: 'high',
          met: 7,
          breached: 1,
          open: 2,
          compliancePercent: 87.5,
        },
      ],
      breaches: { breached: 1, averageOverdueMinutes: 30, byKind: [], byItem: [] },
    }),
  ...overrides,
});

describe('DashboardPage', () => {
  it('shows each key figure with its number', async () => {
    renderApp({ path: '/dashboard', tokens: SIGNED_IN, api: routes() });
    const figures = await screen.findByRole('list', { name: 'Key figures' });
    const card = (label: string) =>
      within(figures).getByRole('listitem', { name: new RegExp(`^${label}:`) });
    expect(card('Requests')).toHaveTextContent('1,234');
    expect(card('Pending approval')).toHaveTextContent('7');
    expect(card('Success rate')).toHaveTextContent('91.5%');
    expect(card('SLA compliance')).toHaveTextContent('87.5%');
    expect(card('Avg. fulfilment time')).toHaveTextContent('3.5 h');
    expect(card('Avg. approval time')).toHaveTextContent('45 min');
    expect(card('Satisfaction')).toHaveTextContent('4.3 / 5');
    expect(card('Satisfaction')).toHaveTextContent('8 ratings');
    expect(screen.getByRole('region', { name: 'SLA compliance' })).toHaveTextContent(
      '87.5% of stopped timers met their target',
    );
    expect(screen.getByRole('figure', { name: 'Requests over time' })).toBeVisible();
  });

  it('asks for the period picked, from the hour, with weekly buckets for 90 days', async () => {
    const { requests } = renderApp({ path: '/dashboard', tokens: SIGNED_IN, api: routes() });
    await screen.findByRole('list', { name: 'Key figures' });
    await userEvent.click(screen.getByRole('button', { name: 'Last 90 days' }));
    await screen.findByRole('list', { name: 'Key figures' });
    const series = requests
      .map((r) => new URL(r.url))
      .filter((u) => u.pathname === '/api/v1/metrics/requests/timeseries');
    expect(series.map((u) => u.searchParams.get('interval'))).toEqual(['day', 'week']);
    const from = new Date(series[1].searchParams.get('from')!);
    expect(from.getUTCMinutes()).toBe(0);
    expect(Math.round((Date.now() - from.getTime()) / 86_400_000)).toBe(90);
  });

  it('says what to do when the period holds nothing', async () => {
    renderApp({
      path: '/dashboard',
      tokens: SIGNED_IN,
      api: routes({
        'GET /api/v1/metrics/dashboard': () =>
          json(
            dashboard({
              totalRequests: 0,
              successRatePercent: null,
              slaCompliancePercent: null,
              averageApprovalMinutes: null,
              averageFulfilmentMinutes: null,
              satisfaction: { averageRating: null, ratings: 0 },
              topItems: [],
            }),
          ),
        'GET /api/v1/metrics/requests/timeseries': () => json(EMPTY_SERIES),
        'GET /api/v1/metrics/sla': () =>
          json({
            window: WINDOW,
            compliancePercent: null,
            byPolicy: [],
            breaches: { breached: 0, averageOverdueMinutes: null, byKind: [], byItem: [] },
          }),
      }),
    });
    expect(
      await screen.findAllByRole('heading', { name: 'No requests in this period' }),
    ).toHaveLength(2);
    expect(screen.getByRole('heading', { name: 'No SLA timers in this period' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'No ratings yet' })).toBeVisible();
    const figures = screen.getByRole('list', { name: 'Key figures' });
    expect(within(figures).getByRole('listitem', { name: /^SLA compliance:/ })).toHaveTextContent(
      '—',
    );
  });

  it('explains a failed load and loads again on retry', async () => {
    let calls = 0;
    renderApp({
      path: '/dashboard',
      tokens: SIGNED_IN,
      api: routes({
        'GET /api/v1/metrics/dashboard': () => {
          calls += 1;
          return calls === 1 ? problem(503, 'The database is restarting') : json(dashboard());
        },
      }),
    });
    const alert = await screen.findByText('Could not load the key figures');
    expect(screen.getAllByText('The database is restarting').length).toBeGreaterThan(0);
    await userEvent.click(
      within(alert.closest('[role="alert"]') as HTMLElement).getByRole('button', { name: 'Retry' }),
    );
    expect(await screen.findByRole('list', { name: 'Key figures' })).toBeVisible();
  });

  it('downloads the requests of the period as CSV', async () => {
    const createObjectURL = vi.fn(() => 'blob:requests');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const { requests } = renderApp({
      path: '/dashboard',
      tokens: SIGNED_IN,
      api: routes({
        'GET /api/v1/reports/requests.csv': () =>
          new Response('\uFEFFNumber,Item\r\n', {
            headers: { 'content-type': 'text/csv; charset=utf-8', 'x-export-truncated': 'false' },
          }),
      }),
    });
    await screen.findByRole('list', { name: 'Key figures' });
    await userEvent.click(screen.getByRole('button', { name: 'Export requests (CSV)' }));
    expect(await screen.findByText('Requests exported.')).toBeVisible();
    const exported = requests.find((r) => r.url.includes('/reports/requests.csv'))!;
    const from = new URL(exported.url).searchParams.get('from');
    const series = requests.find((r) => r.url.includes('/metrics/dashboard'))!;
    expect(from).toBe(new URL(series.url).searchParams.get('from'));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
  });

  it('offers no export to a change manager, who may read metrics but not every request', async () => {
    renderApp({
      path: '/dashboard',
      tokens: SIGNED_IN,
      api: routes({ 'GET /api/v1/auth/me': () => json(fakeMe(['requester', 'change_manager'])) }),
    });
    await screen.findByRole('list', { name: 'Key figures' });
    expect(screen.queryByRole('button', { name: 'Export requests (CSV)' })).toBeNull();
  });
});
