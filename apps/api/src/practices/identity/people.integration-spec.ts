import type { TestApp } from '../../testing/test-app';
import { createTestApp, uniqueEmail } from '../../testing/test-app';

interface Person {
  id: string;
  name: string;
  email: string;
}

describe('the people directory', () => {
  let t: TestApp;
  let admin: string;
  let requester: string;
  /** Unique to this run, so the searches below find only the people made here. */
  const tag = `Qx${Date.now().toString(36)}`;

  const createUser = async (name: string, active = true) => {
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/users',
      token: admin,
      payload: { email: uniqueEmail(), name, password: 'a-long-password-123' },
    });
    expect(created.statusCode).toBe(201);
    const user = created.json<Person & { version: number }>();
    if (!active) {
      const off = await t.request({
        method: 'PATCH',
        url: `/api/v1/users/${user.id}`,
        token: admin,
        payload: { version: user.version, active: false },
      });
      expect(off.statusCode).toBe(200);
    }
    return user;
  };

  const search = (query: string, token = requester) =>
    t.request({ method: 'GET', url: `/api/v1/people?${query}`, token });

  beforeAll(async () => {
    t = await createTestApp();
    admin = (await t.login('admin@acme.test')).accessToken;
    requester = (await t.login('requester@acme.test')).accessToken;
  });
  afterAll(() => t.close());

  it('lets a requester find active people by part of a name, prefix matches first, with name and email only', async () => {
    const inside = await createUser(`Ann ${tag} Inside`);
    const starts = await createUser(`${tag} Zoe Starts`);
    await createUser(`${tag} Gone`, false);

    const response = await search(`q=${tag.toLowerCase()}`);
    expect(response.statusCode).toBe(200);
    const people = response.json<{ items: Person[] }>().items;
    expect(people).toEqual([
      { id: starts.id, name: starts.name, email: starts.email },
      { id: inside.id, name: inside.name, email: inside.email },
    ]);

    const byEmail = (await search(`q=${encodeURIComponent(inside.email)}`)).json().items;
    expect(byEmail.map((p: Person) => p.id)).toEqual([inside.id]);
  });

  it('caps the answer, takes LIKE wildcards literally and keeps other tenants out', async () => {
    for (let i = 0; i < 3; i += 1) await createUser(`${tag} Cap ${i}`);
    const capped = (await search(`q=${tag} cap&limit=2`)).json().items;
    expect(capped).toHaveLength(2);
    expect((await search('q=%25')).json().items).toEqual([]);
    expect((await search('q=_')).json().items).toEqual([]);
    const globex = (await t.login('requester@globex.test')).accessToken;
    expect((await search(`q=${tag}`, globex)).json().items).toEqual([]);
  });

  it('answers 400 without a search or with too large a limit and 401 without a sign-in', async () => {
    for (const query of ['', 'q=', 'q=%20%20', `q=a&limit=${21}`, 'q=a&limit=0']) {
      const response = await search(query);
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect((await t.request({ method: 'GET', url: '/api/v1/people?q=a' })).statusCode).toBe(401);
  });
});
