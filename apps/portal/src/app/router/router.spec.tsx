import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SIGNED_IN, fakeMe, json, problem } from '../../testing/fake-api';
import { renderApp } from '../../testing/render-app';

const meAs = (...roles: Parameters<typeof fakeMe>[0]) => ({
  'GET /api/v1/auth/me': () => json(fakeMe(roles)),
});

describe('routing', () => {
  it('sends a signed-out visitor to the sign-in page, remembering where they were going', async () => {
    const { router } = renderApp({ path: '/audit?from=link' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.state).toEqual({
      from: { pathname: '/audit', search: '?from=link', hash: '' },
    });
  });

  it('opens the first page of the navigation at /', async () => {
    const { router } = renderApp({ path: '/', tokens: SIGNED_IN, api: meAs('requester', 'agent') });
    expect(await screen.findByRole('heading', { level: 1, name: 'Catalog' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/catalog');
  });

  it('shows the no-access page for a page the roles do not reach', async () => {
    renderApp({ path: '/admin', tokens: SIGNED_IN, api: meAs('requester') });
    expect(
      await screen.findByRole('heading', { level: 1, name: "You don't have access to this page" }),
    ).toBeVisible();
    expect(screen.getByText('settings:manage')).toBeVisible();
  });

  it('shows the not-found page inside the shell for an unknown address', async () => {
    renderApp({ path: '/nowhere', tokens: SIGNED_IN, api: meAs('requester') });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
  });

  it('returns to the sign-in page when the session cannot be renewed', async () => {
    const { tokens, requests } = renderApp({
      path: '/catalog',
      tokens: SIGNED_IN,
      api: {
        'GET /api/v1/auth/me': () => problem(401, 'Expired'),
        'POST /api/v1/auth/refresh': () => problem(401, 'The refresh token is invalid'),
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(tokens.get()).toBeNull();
    const refresh = requests.find((r) => r.url.endsWith('/api/v1/auth/refresh'));
    expect(await refresh?.json()).toEqual({ refreshToken: SIGNED_IN.refreshToken });
  });

  it('renews an expired access token once and carries on', async () => {
    const { tokens } = renderApp({
      path: '/catalog',
      tokens: SIGNED_IN,
      api: {
        'GET /api/v1/auth/me': [() => problem(401, 'Expired'), () => json(fakeMe(['requester']))],
        'POST /api/v1/auth/refresh': () =>
          json({
            accessToken: 'access-2',
            refreshToken: 'refresh-2',
            expiresIn: 900,
            tokenType: 'Bearer',
          }),
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Catalog' })).toBeVisible();
    expect(tokens.get()).toEqual({ accessToken: 'access-2', refreshToken: 'refresh-2' });
  });
});
