import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SIGNED_IN, fakeMe, json, problem } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';

const ME = fakeMe(['requester', 'auditor'], { name: 'Quinn Auditor' });

async function signOut() {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Quinn Auditor' }));
  const account = await screen.findByRole('dialog', { name: 'Your account' });
  expect(account).toHaveTextContent('Acme Corporation');
  expect(account).toHaveTextContent('Auditor');
  await user.click(screen.getByRole('menuitem', { name: 'Sign out' }));
}

describe('signing out', () => {
  it('revokes the refresh token, forgets the session and shows the sign-in page', async () => {
    const { tokens, requests, router } = renderApp({
      path: '/catalog',
      tokens: SIGNED_IN,
      api: {
        'GET /api/v1/auth/me': () => json(ME),
        'POST /api/v1/auth/logout': () => new Response(null, { status: 204 }),
      },
    });
    await signOut();
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/login');
    expect(tokens.get()).toBeNull();
    const logout = requests.find((r) => r.url.endsWith('/api/v1/auth/logout'));
    expect(await logout?.json()).toEqual({ refreshToken: SIGNED_IN.refreshToken });
  });

  it('still signs out locally when the API refuses', async () => {
    const { tokens } = renderApp({
      path: '/catalog',
      tokens: SIGNED_IN,
      api: {
        'GET /api/v1/auth/me': () => json(ME),
        'POST /api/v1/auth/logout': () => problem(503, 'Unavailable'),
      },
    });
    await signOut();
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(tokens.get()).toBeNull();
  });
});
