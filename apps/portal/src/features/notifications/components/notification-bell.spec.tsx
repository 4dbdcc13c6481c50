import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SIGNED_IN, fakeMe, json } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';
import type { Notification } from '../hooks/use-notifications';

const REQUEST_ID = '0b8f0a52-4b5e-4f43-9a53-7d0b0e3f1c11';

const notification = (overrides: Partial<Notification>): Notification => ({
  id: '11111111-1111-4111-8111-111111111111',
  eventType: 'request.commented',
  title: 'New comment on REQ-000042',
  body: 'A comment was added.',
  link: `/requests/${REQUEST_ID}`,
  createdAt: new Date(Date.now() - 5 * 60_000).toISOString(),
  readAt: null,
  ...overrides,
});

const ITEMS = [
  notification({}),
  notification({
    id: '22222222-2222-4222-8222-222222222222',
    eventType: 'request.approved',
    title: 'REQ-000041 was approved',
    body: 'Work on it starts soon.',
    readAt: new Date().toISOString(),
  }),
];

/** A stream that stays open until the test pushes frames into it. */
function openStream() {
  const encoder = new TextEncoder();
  let push: (text: string) => void = () => undefined;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      push = (text) => controller.enqueue(encoder.encode(text));
    },
  });
  const response = () => new Response(body, { headers: { 'content-type': 'text/event-stream' } });
  return { response, push: (text: string) => push(text) };
}

describe('NotificationBell', { timeout: 30_000 }, () => {
  it('shows the unread count and lists the newest notifications; opening one marks it read and goes to it', async () => {
    const user = userEvent.setup();
    const { requests, router } = renderApp({
      path: '/nowhere',
      tokens: SIGNED_IN,
      api: {
        'GET /api/v1/auth/me': () => json(fakeMe(['requester'])),
        'GET /api/v1/notifications/unread-count': () => json({ count: 1, capped: false }),
        'GET /api/v1/notifications': () => json({ items: ITEMS, nextCursor: null }),
        'POST /api/v1/notifications/11111111-1111-4111-8111-111111111111/read': () =>
          json({ ...ITEMS[0], readAt: new Date().toISOString() }),
      },
    });

    await user.click(await screen.findByRole('button', { name: 'Notifications, 1 unread' }));
    const popover = await screen.findByRole('dialog', { name: 'Notifications' });
    const list = await within(popover).findByRole('list', { name: 'Recent notifications' });
    const items = within(list).getAllByRole('button');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(
        /^Unread: New comment on REQ-000042A comment was added\.5 minutes ago$/,
      ),
      expect.stringMatching(/^REQ-000041 was approvedWork on it starts soon\./),
    ]);
    expect(
      new URL(requests.find((r) => r.url.includes('/notifications?'))!.url).searchParams.get(
        'limit',
      ),
    ).toBe('20');

    await user.click(items[0]);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/requests/${REQUEST_ID}`));
    await waitFor(() =>
      expect(requests.some((r) => r.method === 'POST' && r.url.endsWith('/read'))).toBe(true),
    );
  });

  it('says what to do when there is nothing, and shows 1,000+ when the count is capped', async () => {
    const user = userEvent.setup();
    renderApp({
      path: '/nowhere',
      tokens: SIGNED_IN,
      api: {
        'GET /api/v1/auth/me': () => json(fakeMe(['requester'])),
        'GET /api/v1/notifications/unread-count': () => json({ count: 1000, capped: true }),
        'GET /api/v1/notifications': () => json({ items: [], nextCursor: null }),
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Notifications, 1,000+ unread' }));
    expect(await screen.findByRole('heading', { name: "You're all caught up" })).toBeVisible();
  });

  it('refreshes the count live when the stream delivers a notification', async () => {
    const stream = openStream();
    const { requests } = renderApp({
      path: '/nowhere',
      tokens: SIGNED_IN,
      api: {
        'GET /api/v1/auth/me': () => json(fakeMe(['requester'])),
        'GET /api/v1/notifications/unread-count': [
          () => json({ count: 0, capped: false }),
          () => json({ count: 1, capped: false }),
        ],
        'GET /api/v1/notifications/stream': stream.response,
      },
    });
    expect(await screen.findByRole('button', { name: 'Notifications' })).toBeVisible();
    await waitFor(() =>
      expect(requests.some((r) => r.url.endsWith('/notifications/stream'))).toBe(true),
    );
    const streamRequest = requests.find((r) => r.url.endsWith('/notifications/stream'))!;
    expect(streamRequest.headers.get('authorization')).toBe(`Bearer ${SIGNED_IN.accessToken}`);

    stream.push('retry: 5000\n: connected\n\n: heartbeat\n\n');
    stream.push(`id: 1\nevent: notification\ndata: ${JSON.stringify(ITEMS[0])}\n\n`);
    expect(await screen.findByRole('button', { name: 'Notifications, 1 unread' })).toBeVisible();
  });
});
