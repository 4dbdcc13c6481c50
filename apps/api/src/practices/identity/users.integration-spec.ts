import type { TestApp } from '../../testing/test-app';
import { createTestApp, uniqueEmail } from '../../testing/test-app';

describe('users and teams administration', () => {
  let t: TestApp;
  let admin: string;
  let requester: string;
  let auditor: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = (await t.login('admin@acme.test')).accessToken;
    requester = (await t.login('requester@acme.test')).accessToken;
    auditor = (await t.login('auditor@acme.test')).accessToken;
  });
  afterAll(() => t.close());

  const countUsers = async () =>
    (await t.request({ method: 'GET', url: '/api/v1/users?limit=200', token: admin })).json().items
      .length;

  it('creates a user, audits it and never returns the password hash', async () => {
    const email = uniqueEmail();
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/users',
      token: admin,
      payload: { email, name: 'Pat Newcomer', roles: ['agent'], password: 'correct-horse-battery' },
    });
    expect(created.statusCode).toBe(201);
    const user = created.json();
    expect(user).toMatchObject({
      email,
      roles: ['requester', 'agent'],
      active: true,
      hasPassword: true,
      version: 1,
    });
    expect(JSON.stringify(user)).not.toMatch(/argon2|passwordHash/);

    const audit = await t.request({
      method: 'GET',
      url: `/api/v1/audit-events?entityId=${user.id}&action=user.created`,
      token: auditor,
    });
    expect(audit.statusCode).toBe(200);
    const [event] = audit.json().items;
    expect(event).toMatchObject({ actorType: 'user', entityType: 'user', action: 'user.created' });
    expect(event.requestId).toBeTruthy();
    expect(JSON.stringify(event)).not.toMatch(/correct-horse|argon2/);
  });

  it.each([
    ['an unknown field', { email: 'a@acme.test', name: 'A', isAdmin: true }, '/isAdmin'],
    ['a bad email', { email: 'not-an-email', name: 'A' }, '/email'],
    ['an unknown role', { email: 'b@acme.test', name: 'B', roles: ['god'] }, '/roles'],
    ['a short password', { email: 'c@acme.test', name: 'C', password: 'short' }, '/password'],
    ['a wrongly typed name', { email: 'd@acme.test', name: 42 }, '/name'],
  ])('rejects %s with 400 problem details and creates nothing', async (_case, payload, path) => {
    const before = await countUsers();
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/users',
      token: admin,
      payload,
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(await countUsers()).toBe(before);
  });

  it('rejects malformed JSON and a non-object body with 400 problem details', async () => {
    const malformed = await t.request({
      method: 'POST',
      url: '/api/v1/users',
      token: admin,
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.headers['content-type']).toContain('application/problem+json');
    const array = await t.request({
      method: 'POST',
      url: '/api/v1/users',
      token: admin,
      payload: [1, 2],
    });
    expect(array.statusCode).toBe(400);
  });

  it('refuses a body over the size limit with 413 and an unsupported media type with 415', async () => {
    const big = await t.request({
      method: 'POST',
      url: '/api/v1/users',
      token: admin,
      payload: { email: uniqueEmail(), name: 'x'.repeat(2 * 1024 * 1024) },
    });
    expect(big.statusCode).toBe(413);
    const xml = await t.request({
      method: 'POST',
      url: '/api/v1/users',
      token: admin,
      headers: { 'content-type': 'application/xml' },
      payload: '<user/>',
    });
    expect(xml.statusCode).toBe(415);
    expect(xml.headers['content-type']).toContain('application/problem+json');
  });

  it('rejects a duplicate email in the same tenant with 400 naming the field', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/users',
      token: admin,
      payload: { email: 'agent@acme.test', name: 'Dup' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe('/email');
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const email = uniqueEmail();
    const user = (
      await t.request({
        method: 'POST',
        url: '/api/v1/users',
        token: admin,
        payload: { email, name: 'Versioned' },
      })
    ).json();
    const first = await t.request({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      token: admin,
      payload: { version: 1, name: 'First' },
    });
    expect(first.json().version).toBe(2);
    const stale = await t.request({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      token: admin,
      payload: { version: 1, name: 'Second' },
    });
    expect(stale.statusCode).toBe(409);
    const now = await t.request({ method: 'GET', url: `/api/v1/users/${user.id}`, token: admin });
    expect(now.json()).toMatchObject({ name: 'First', version: 2 });
  });

  it('refuses a reporting loop', async () => {
    const a = (
      await t.request({
        method: 'POST',
        url: '/api/v1/users',
        token: admin,
        payload: { email: uniqueEmail(), name: 'Loop A' },
      })
    ).json();
    const b = (
      await t.request({
        method: 'POST',
        url: '/api/v1/users',
        token: admin,
        payload: { email: uniqueEmail(), name: 'Loop B', managerId: a.id },
      })
    ).json();
    const loop = await t.request({
      method: 'PATCH',
      url: `/api/v1/users/${a.id}`,
      token: admin,
      payload: { version: a.version, managerId: b.id },
    });
    expect(loop.statusCode).toBe(400);
    expect(loop.json().errors[0]).toMatchObject({ path: '/managerId' });
  });

  it('forbids a requester from administering users with 403, and lets the auditor read but not write', async () => {
    const denied = await t.request({
      method: 'POST',
      url: '/api/v1/users',
      token: requester,
      payload: { email: uniqueEmail(), name: 'No' },
    });
    expect(denied.statusCode).toBe(403);
    expect(denied.headers['content-type']).toContain('application/problem+json');
    expect(
      (await t.request({ method: 'GET', url: '/api/v1/users', token: requester })).statusCode,
    ).toBe(403);
    expect(
      (await t.request({ method: 'GET', url: '/api/v1/users', token: auditor })).statusCode,
    ).toBe(200);
    expect(
      (
        await t.request({
          method: 'POST',
          url: '/api/v1/teams',
          token: auditor,
          payload: { name: 'Nope' },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('pages through users with keyset cursors, without repeats or gaps', async () => {
    const all = (await t.request({ method: 'GET', url: '/api/v1/users?limit=200', token: admin }))
      .json()
      .items.map((u: { id: string }) => u.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/users?limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await t.request({ method: 'GET', url, token: admin })).json();
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((u: { id: string }) => u.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
    const bad = await t.request({
      method: 'GET',
      url: '/api/v1/users?cursor=garbage',
      token: admin,
    });
    expect(bad.statusCode).toBe(400);
    const tooMany = await t.request({
      method: 'GET',
      url: '/api/v1/users?limit=201',
      token: admin,
    });
    expect(tooMany.statusCode).toBe(400);
  });

  it('creates and updates teams with a lead and members', async () => {
    const users = (
      await t.request({ method: 'GET', url: '/api/v1/users?limit=200', token: admin })
    ).json().items;
    const [lead, member] = users;
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/teams',
      token: admin,
      payload: { name: `Network ${Date.now()}`, leadId: lead.id, memberIds: [lead.id, member.id] },
    });
    expect(created.statusCode).toBe(201);
    const team = created.json();
    expect(team.memberIds.sort()).toEqual([lead.id, member.id].sort());
    const updated = await t.request({
      method: 'PATCH',
      url: `/api/v1/teams/${team.id}`,
      token: admin,
      payload: {
        version: team.version,
        memberIds: [member.id],
        description: 'Routers and switches',
      },
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({
      memberIds: [member.id],
      description: 'Routers and switches',
      version: 2,
    });
    const mine = await t.request({
      method: 'GET',
      url: `/api/v1/teams?memberId=${member.id}`,
      token: admin,
    });
    expect(mine.json().items.map((x: { id: string }) => x.id)).toContain(team.id);
    const dup = await t.request({
      method: 'POST',
      url: '/api/v1/teams',
      token: admin,
      payload: { name: team.name },
    });
    expect(dup.statusCode).toBe(400);
  });

  it('revokes refresh tokens when a user is deactivated', async () => {
    const email = uniqueEmail();
    const user = (
      await t.request({
        method: 'POST',
        url: '/api/v1/users',
        token: admin,
        payload: { email, name: 'Leaver', password: 'a-long-password-123' },
      })
    ).json();
    const session = await t.login(email, 'acme', 'a-long-password-123');
    await t.request({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      token: admin,
      payload: { version: 1, active: false },
    });
    const refresh = await t.request({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      payload: { refreshToken: session.refreshToken },
    });
    expect(refresh.statusCode).toBe(401);
  });
});

describe('API tokens', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = (await t.login('admin@acme.test')).accessToken;
  });
  afterAll(() => t.close());

  it('shows the token once, authenticates with it, records last use, and stops it on revoke', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/api-tokens',
      token: admin,
      payload: { name: 'Monitoring', roles: ['admin'] },
    });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    expect(token).toMatch(/^trl_/);

    const me = await t.request({ method: 'GET', url: '/api/v1/auth/me', token });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ via: 'token', email: 'admin@acme.test' });
    expect((await t.request({ method: 'GET', url: '/api/v1/users', token })).statusCode).toBe(200);

    const list = (
      await t.request({ method: 'GET', url: '/api/v1/api-tokens', token: admin })
    ).json();
    const listed = list.items.find((x: { id: string }) => x.id === id);
    expect(listed.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(list)).not.toContain(token);

    const audit = (
      await t.request({ method: 'GET', url: `/api/v1/audit-events?entityId=${id}`, token: admin })
    ).json();
    expect(JSON.stringify(audit)).not.toContain(token.split('.')[1]);

    expect(
      (await t.request({ method: 'DELETE', url: `/api/v1/api-tokens/${id}`, token: admin }))
        .statusCode,
    ).toBe(204);
    expect((await t.request({ method: 'GET', url: '/api/v1/auth/me', token })).statusCode).toBe(
      401,
    );
  });

  it('limits a token to the roles it was given', async () => {
    const { token } = (
      await t.request({
        method: 'POST',
        url: '/api/v1/api-tokens',
        token: admin,
        payload: { name: 'Read-only', roles: ['requester'] },
      })
    ).json();
    expect((await t.request({ method: 'GET', url: '/api/v1/users', token })).statusCode).toBe(403);
  });

  it('refuses roles the creator does not hold and an expiry in the past', async () => {
    const roles = await t.request({
      method: 'POST',
      url: '/api/v1/api-tokens',
      token: admin,
      payload: { name: 'Too much', roles: ['auditor'] },
    });
    expect(roles.statusCode).toBe(400);
    const past = await t.request({
      method: 'POST',
      url: '/api/v1/api-tokens',
      token: admin,
      payload: { name: 'Past', roles: ['admin'], expiresAt: '2001-01-01T00:00:00Z' },
    });
    expect(past.statusCode).toBe(400);
  });

  it('refuses a token whose secret was altered', async () => {
    const { token } = (
      await t.request({
        method: 'POST',
        url: '/api/v1/api-tokens',
        token: admin,
        payload: { name: 'Altered', roles: ['admin'] },
      })
    ).json();
    const altered = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    expect(
      (await t.request({ method: 'GET', url: '/api/v1/auth/me', token: altered })).statusCode,
    ).toBe(401);
  });

  it("answers another tenant's token id with 404 on revoke", async () => {
    const { id } = (
      await t.request({
        method: 'POST',
        url: '/api/v1/api-tokens',
        token: admin,
        payload: { name: 'Mine', roles: ['admin'] },
      })
    ).json();
    const globex = (await t.login('admin@globex.test')).accessToken;
    expect(
      (await t.request({ method: 'DELETE', url: `/api/v1/api-tokens/${id}`, token: globex }))
        .statusCode,
    ).toBe(404);
  });
});

describe('null where a value is required', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers 400, not 500, for null in an optional but non-nullable field', async () => {
    const admin = (await t.login('admin@acme.test')).accessToken;
    const user = (
      await t.request({ method: 'GET', url: '/api/v1/users?limit=1', token: admin })
    ).json().items[0];
    const response = await t.request({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      token: admin,
      payload: { version: user.version, name: null },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe('/name');
  });
});
