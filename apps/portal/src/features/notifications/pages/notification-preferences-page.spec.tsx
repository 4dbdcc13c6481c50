import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SIGNED_IN, fakeMe, json, problem } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';

const PREFERENCES = {
  items: [
    { eventType: 'request.commented', channel: 'in_app', enabled: true },
    { eventType: 'request.commented', channel: 'email', enabled: true },
    { eventType: 'request.approved', channel: 'in_app', enabled: true },
    { eventType: 'request.approved', channel: 'email', enabled: false },
  ],
};

const EMAIL_ON_COMMENT = 'A comment was added to a request: Email';

describe('NotificationPreferencesPage', { timeout: 30_000 }, () => {
  it('shows each event type and channel, and saves one switch at a time', async () => {
    const user = userEvent.setup();
    const { requests } = renderApp({
      path: '/notifications/preferences',
      tokens: SIGNED_IN,
      api: {
        'GET /api/v1/auth/me': () => json(fakeMe(['requester'])),
        'GET /api/v1/notifications/preferences': () => json(PREFERENCES),
        'PUT /api/v1/notifications/preferences': async (request) => {
          const { items } = (await request.clone().json()) as typeof PREFERENCES;
          return json({
            items: PREFERENCES.items.map(
              (p) => items.find((c) => c.eventType === p.eventType && c.channel === p.channel) ?? p,
            ),
          });
        },
      },
    });
    expect(
      await screen.findByRole('switch', { name: 'My request was approved: Email' }),
    ).not.toBeChecked();
    const emailOnComment = screen.getByRole('switch', { name: EMAIL_ON_COMMENT });
    expect(emailOnComment).toBeChecked();

    await user.click(emailOnComment);
    expect(emailOnComment).not.toBeChecked();
    await waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true));
    expect(await requests.find((r) => r.method === 'PUT')!.json()).toEqual({
      items: [{ eventType: 'request.commented', channel: 'email', enabled: false }],
    });
  });

  it('puts the switch back and says so when the change is refused', async () => {
    const user = userEvent.setup();
    renderApp({
      path: '/notifications/preferences',
      tokens: SIGNED_IN,
      api: {
        'GET /api/v1/auth/me': () => json(fakeMe(['requester'])),
        'GET /api/v1/notifications/preferences': () => json(PREFERENCES),
        'PUT /api/v1/notifications/preferences': () => problem(503, 'Try again soon'),
      },
    });
    const emailOnComment = await screen.findByRole('switch', { name: EMAIL_ON_COMMENT });
    await user.click(emailOnComment);
    expect(await screen.findByText('The setting was not saved: Try again soon')).toBeVisible();
    expect(emailOnComment).toBeChecked();
  });
});
