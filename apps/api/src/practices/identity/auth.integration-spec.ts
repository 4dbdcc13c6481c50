import { DEMO_PASSWORD } from '../../seed/demo-seed';
import { decodeJwtPayload, forgeJwt } from '../../testing/jwt-forge';
import type { TestApp } from '../../testing/test-app';
import { createTestApp, TEST_JWT_SECRET, uniqueEmail } from '../../testing/test-app';

describe('authentication', () => {
  let t: TestApp;
  let adminToken: string;

  beforeAll(async () => {
    t = await createTestApp();
    adminToken = (await t.login('admin@acme.test')).accessToken;
  });
  afterAll(() => t.close());

  async function createUser(
    password = 'a-long-password-123',
  ): Promise<{ id: string; email: string; password: string }> {
    const email = uniqueEmail();
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/users',
      token: adminToken,
      payload: { email, name: 'Test Person', password, roles: ['requester'] },
    });
    expect(response.statusCode).toBe(201);
    return { id: response.json().id, email, password };
  }

  const login = (tenant: string, email: string, password: string) =>
    t.request({ method: 'POST', url: '/api/v1/auth/login', payload: { tenant, email, password } });

  describe('login', () => {
    it('issues an access token with issuer, audience, expiry, tenant and roles', async () => {
      const response = await login('acme', 'approver@acme.test', DEMO_PASSWORD);
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.tokenType).toBe('Bearer');
      expect(body.refreshToken).toMatch(/^rt_/);
      const claims = decodeJwtPayload(body.accessToken);
      expect(claims).toMatchObject({
        iss: 'trellis',
        aud: 'trellis-api',
        roles: ['requester', 'approver'],
      });
      expect(Number(claims.exp) - Number(claims.iat)).toBe(900);

      const me = await t.request({
        method: 'GET',
        url: '/api/v1/auth/me',
        token: body.accessToken,
      });
      expect(me.statusCode).toBe(200);
      expect(me.json()).toMatchObject({
        email: 'approver@acme.test',
        tenant: { slug: 'acme' },
        via: 'user',
      });
      expect(me.json().permissions).toContain('approvals:decide');
    });

    it('accepts the email in any case and with surrounding spaces', async () => {
      const response = await login('acme', '  Requester@ACME.test ', DEMO_PASSWORD);
      expect(response.statusCode).toBe(200);
    });

    it('answers a wrong password, an unknown email and an unknown tenant with the same 401', async () => {
      const answers = await Promise.all([
        login('acme', 'requester@acme.test', 'wrong-password'),
        login('acme', 'nobody@acme.test', DEMO_PASSWORD),
        login('no-such-tenant', 'requester@acme.test', DEMO_PASSWORD),
        login('globex', 'requester@acme.test', DEMO_PASSWORD),
      ]);
      for (const response of answers) {
        expect(response.statusCode).toBe(401);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.json()).toMatchObject({
          status: 401,
          detail: 'Email or password is incorrect',
        });
      }
    });

    it('locks the account after five failures, even against the right password, and audits it', async () => {
      const user = await createUser();
      for (let i = 0; i < 5; i += 1) {
        expect((await login('acme', user.email, 'not-the-password')).statusCode).toBe(401);
      }
      const locked = await login('acme', user.email, user.password);
      expect(locked.statusCode).toBe(401);
      expect(locked.json().detail).toMatch(/locked/);

      const audit = await t.request({
        method: 'GET',
        url: `/api/v1/audit-events?entityId=${user.id}`,
        token: adminToken,
      });
      const actions = audit.json().items.map((e: { action: string }) => e.action);
      expect(actions).toEqual(
        expect.arrayContaining(['auth.login_failed', 'auth.locked', 'auth.login_blocked']),
      );

      // An admin can lift the lock.
      const current = await t.request({
        method: 'GET',
        url: `/api/v1/users/${user.id}`,
        token: adminToken,
      });
      expect(current.json().locked).toBe(true);
      const unlocked = await t.request({
        method: 'PATCH',
        url: `/api/v1/users/${user.id}`,
        token: adminToken,
        payload: { version: current.json().version, unlock: true },
      });
      expect(unlocked.statusCode).toBe(200);
      expect((await login('acme', user.email, user.password)).statusCode).toBe(200);
    });

    it('resets the failure count after a successful sign-in', async () => {
      const user = await createUser();
      for (let i = 0; i < 4; i += 1) await login('acme', user.email, 'wrong');
      expect((await login('acme', user.email, user.password)).statusCode).toBe(200);
      for (let i = 0; i < 4; i += 1) await login('acme', user.email, 'wrong');
      expect((await login('acme', user.email, user.password)).statusCode).toBe(200);
    });

    it('refuses a deactivated user', async () => {
      const user = await createUser();
      await t.request({
        method: 'PATCH',
        url: `/api/v1/users/${user.id}`,
        token: adminToken,
        payload: { version: 1, active: false },
      });
      expect((await login('acme', user.email, user.password)).statusCode).toBe(401);
    });

    it('rejects a malformed body with 400 problem details naming each field', async () => {
      const response = await t.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { tenant: 'ACME!', email: 'x' },
      });
      expect(response.statusCode).toBe(400);
      const paths = response.json().errors.map((e: { path: string }) => e.path);
      expect(paths).toEqual(expect.arrayContaining(['/tenant', '/email', '/password']));
    });
  });

  describe('refresh tokens', () => {
    it('rotates: each refresh token works once and yields a new pair', async () => {
      const first = await t.login('agent@acme.test');
      const second = await t.request({
        method: 'POST',
        url: '/api/v1/auth/refresh',
        payload: { refreshToken: first.refreshToken },
      });
      expect(second.statusCode).toBe(200);
      const pair = second.json();
      expect(pair.refreshToken).not.toBe(first.refreshToken);
      const third = await t.request({
        method: 'POST',
        url: '/api/v1/auth/refresh',
        payload: { refreshToken: pair.refreshToken },
      });
      expect(third.statusCode).toBe(200);
    });

    it('revokes the whole family when a used refresh token is presented again', async () => {
      const first = await t.login('agent@acme.test');
      const rotated = (
        await t.request({
          method: 'POST',
          url: '/api/v1/auth/refresh',
          payload: { refreshToken: first.refreshToken },
        })
      ).json();
      const replay = await t.request({
        method: 'POST',
        url: '/api/v1/auth/refresh',
        payload: { refreshToken: first.refreshToken },
      });
      expect(replay.statusCode).toBe(401);
      // The legitimate holder's newer token is dead too: the family is revoked.
      const newer = await t.request({
        method: 'POST',
        url: '/api/v1/auth/refresh',
        payload: { refreshToken: rotated.refreshToken },
      });
      expect(newer.statusCode).toBe(401);
    });

    it('lets only one of two concurrent refreshes with the same token succeed', async () => {
      const { refreshToken } = await t.login('agent@acme.test');
      const results = await Promise.all([
        t.request({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken } }),
        t.request({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken } }),
      ]);
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 401]);
    });

    it('refuses refresh tokens that are tampered with or made up', async () => {
      const { refreshToken } = await t.login('agent@acme.test');
      // A changed character in the middle of the secret, and one in its final character (whose
      // low bits base64url ignores: the non-canonical spelling must be refused too).
      const middle = refreshToken.length - 10;
      const swap = (c: string) => (c === 'A' ? 'B' : 'A');
      const tampered = `${refreshToken.slice(0, middle)}${swap(refreshToken[middle])}${refreshToken.slice(middle + 1)}`;
      const lastBits = `${refreshToken.slice(0, -1)}${swap(refreshToken.slice(-1))}`;
      for (const token of [tampered, lastBits, 'rt_nonsense', 'x'.repeat(100)]) {
        const response = await t.request({
          method: 'POST',
          url: '/api/v1/auth/refresh',
          payload: { refreshToken: token },
        });
        expect(response.statusCode).toBe(401);
      }
    });

    it('ends the sign-in on logout', async () => {
      const { refreshToken } = await t.login('agent@acme.test');
      const out = await t.request({
        method: 'POST',
        url: '/api/v1/auth/logout',
        payload: { refreshToken },
      });
      expect(out.statusCode).toBe(204);
      const after = await t.request({
        method: 'POST',
        url: '/api/v1/auth/refresh',
        payload: { refreshToken },
      });
      expect(after.statusCode).toBe(401);
    });
  });

  describe('access tokens', () => {
    let claims: Record<string, unknown>;
    beforeAll(async () => {
      claims = decodeJwtPayload((await t.login('admin@acme.test')).accessToken);
    });
    const me = (token: string) => t.request({ method: 'GET', url: '/api/v1/auth/me', token });
    const now = () => Math.floor(Date.now() / 1000);

    it('accepts a correctly signed, current token', async () => {
      const token = forgeJwt(
        { alg: 'HS256', typ: 'JWT' },
        { ...claims, iat: now(), exp: now() + 60 },
        TEST_JWT_SECRET,
      );
      expect((await me(token)).statusCode).toBe(200);
    });

    it.each([
      [
        'expired',
        { alg: 'HS256' },
        () => ({ ...claims, iat: now() - 1000, exp: now() - 10 }),
        TEST_JWT_SECRET,
      ],
      [
        'signed with another key',
        { alg: 'HS256' },
        () => ({ ...claims, iat: now(), exp: now() + 60 }),
        'another-secret-another-secret-another-secret',
      ],
      ['alg none', { alg: 'none' }, () => ({ ...claims, iat: now(), exp: now() + 60 }), null],
      [
        'HS512 (not allowed)',
        { alg: 'HS512' },
        () => ({ ...claims, iat: now(), exp: now() + 60 }),
        TEST_JWT_SECRET,
      ],
      [
        'for another audience',
        { alg: 'HS256' },
        () => ({ ...claims, aud: 'someone-else', iat: now(), exp: now() + 60 }),
        TEST_JWT_SECRET,
      ],
      [
        'from another issuer',
        { alg: 'HS256' },
        () => ({ ...claims, iss: 'evil', iat: now(), exp: now() + 60 }),
        TEST_JWT_SECRET,
      ],
      [
        'without expiry',
        { alg: 'HS256' },
        () => ({ ...claims, iat: now(), exp: undefined }),
        TEST_JWT_SECRET,
      ],
      [
        'with a non-uuid tenant',
        { alg: 'HS256' },
        () => ({ ...claims, tid: "x'; drop table users; --", iat: now(), exp: now() + 60 }),
        TEST_JWT_SECRET,
      ],
    ])('refuses a token %s with 401', async (_name, header, payload, secret) => {
      const token = forgeJwt({ typ: 'JWT', ...header }, payload(), secret);
      const response = await me(token);
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
    });

    it('refuses a tampered payload (roles raised) with 401', async () => {
      const real = (await t.login('requester@acme.test')).accessToken;
      const [header, , signature] = real.split('.');
      const payload = Buffer.from(
        JSON.stringify({ ...decodeJwtPayload(real), roles: ['admin'] }),
      ).toString('base64url');
      expect((await me(`${header}.${payload}.${signature}`)).statusCode).toBe(401);
    });
  });

  describe('rate limiting', () => {
    it('answers 429 with Retry-After once the sign-in limit is reached', async () => {
      const limited = await createTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '3' });
      try {
        const codes: number[] = [];
        let last;
        for (let i = 0; i < 4; i += 1) {
          last = await limited.request({
            method: 'POST',
            url: '/api/v1/auth/login',
            payload: { tenant: 'acme', email: 'nobody@acme.test', password: 'x' },
          });
          codes.push(last.statusCode);
        }
        expect(codes).toEqual([401, 401, 401, 429]);
        expect(last?.headers['retry-after']).toBeDefined();
        expect(last?.headers['content-type']).toContain('application/problem+json');
      } finally {
        await limited.close();
      }
    });
  });
});
