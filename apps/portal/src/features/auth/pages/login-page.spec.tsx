import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeMe, json, problem } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';

const TOKEN_PAIR = { accessToken: 'a', refreshToken: 'r', expiresIn: 900, tokenType: 'Bearer' };

async function signIn(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText(/Email/), email);
  await user.type(screen.getByLabelText(/Password/), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('LoginPage', () => {
  it('offers the acme tenant until another one is used', async () => {
    renderApp({ path: '/login' });
    expect(await screen.findByLabelText(/Tenant/)).toHaveValue('acme');
  });

  it("shows the API's problem detail when sign-in fails and stays put", async () => {
    const { router, tokens } = renderApp({
      path: '/login',
      api: { 'POST /api/v1/auth/login': () => problem(401, 'Email or password is incorrect') },
    });
    await signIn('riley@acme.test', 'wrong');
    expect(await screen.findByRole('alert')).toHaveTextContent('Email or password is incorrect');
    expect(router.state.location.pathname).toBe('/login');
    expect(tokens.get()).toBeNull();
  });

  it('says so when the API cannot be reached', async () => {
    renderApp({
      path: '/login',
      api: {
        'POST /api/v1/auth/login': () => {
          throw new TypeError('Failed to fetch');
        },
      },
    });
    await signIn('riley@acme.test', 'secret');
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be reached');
  });

  it('signs in with the typed tenant, remembers it, and goes where the person was headed', async () => {
    const { router, tokens, requests } = renderApp({
      path: '/requests',
      api: {
        'POST /api/v1/auth/login': () => json(TOKEN_PAIR),
        'GET /api/v1/auth/me': () => json(fakeMe(['requester'])),
      },
    });
    const user = userEvent.setup();
    const tenant = await screen.findByLabelText(/Tenant/);
    await user.clear(tenant);
    await user.type(tenant, ' Globex ');
    await signIn('riley@globex.test', 'Trellis-demo-1');

    expect(await screen.findByRole('heading', { level: 1, name: 'My requests' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/requests');
    expect(tokens.get()).toEqual({ accessToken: 'a', refreshToken: 'r' });
    const login = requests.find((r) => r.url.endsWith('/api/v1/auth/login'));
    expect(await login?.json()).toEqual({
      tenant: 'globex',
      email: 'riley@globex.test',
      password: 'Trellis-demo-1',
    });
    expect(window.localStorage.getItem('trellis.tenant')).toBe('globex');
  });
});
