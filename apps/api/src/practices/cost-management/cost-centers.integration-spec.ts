import { uniqueName } from '../../testing/catalog-factory';
import type { TestApp } from '../../testing/test-app';
import { createTestApp } from '../../testing/test-app';
import { DEMO_COST_CENTERS } from '../../seed/demo-catalog';

describe('cost centres', () => {
  let t: TestApp;
  let admin: string;
  let requester: string;
  let globexAdmin: string;
  let ownerId: string;

  const code = () =>
    uniqueName('CC')
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(-24)
      .toUpperCase();
  const body = (overrides: Record<string, unknown> = {}) => ({
    code: code(),
    name: 'Marketing',
    ownerId,
    budgetAmount: '10000.00',
    currency: 'USD',
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    ...overrides,
  });
  const create = (payload: object, token = admin) =>
    t.request({ method: 'POST', url: '/api/v1/cost-centers', token, payload });
  const patch = (id: string, payload: object, token = admin) =>
    t.request({ method: 'PATCH', url: `/api/v1/cost-centers/${id}`, token, payload });
  const get = (id: string, token = admin) =>
    t.request({ method: 'GET', url: `/api/v1/cost-centers/${id}`, token });
  const paths = (response: { json(): { errors: { path: string }[] } }) =>
    response.json().errors.map((e) => e.path);

  beforeAll(async () => {
    t = await createTestApp();
    admin = (await t.login('admin@acme.test')).accessToken;
    requester = (await t.login('requester@acme.test')).accessToken;
    globexAdmin = (await t.login('admin@globex.test')).accessToken;
    ownerId = (await t.request({ method: 'GET', url: '/api/v1/auth/me', token: admin })).json().id;
  });
  afterAll(() => t.close());

  it('lets a requester list cost centres by code and read one, to pick it when ordering', async () => {
    const list = await t.request({
      method: 'GET',
      url: '/api/v1/cost-centers?limit=200',
      token: requester,
    });
    expect(list.statusCode).toBe(200);
    const items: { id: string; code: string }[] = list.json().items;
    const codes = items.map((c) => c.code);
    expect(codes).toEqual([...codes].sort());
    expect(codes).toEqual(expect.arrayContaining(DEMO_COST_CENTERS.map((c) => c.code)));
    const itOps = items.find((c) => c.code === 'IT-OPS')!;
    expect((await get(itOps.id, requester)).json()).toMatchObject({
      name: 'IT Operations',
      budgetAmount: '250000.00',
      currency: 'USD',
      periodStart: `${new Date().getUTCFullYear()}-01-01`,
    });
    const search = await t.request({
      method: 'GET',
      url: '/api/v1/cost-centers?q=engin',
      token: requester,
    });
    expect(search.json().items.map((c: { code: string }) => c.code)).toEqual(['ENG']);
  });

  it('pages through cost centres with keyset cursors', async () => {
    for (let i = 0; i < 3; i += 1) expect((await create(body())).statusCode).toBe(201);
    const all = (
      await t.request({ method: 'GET', url: '/api/v1/cost-centers?limit=200', token: admin })
    )
      .json()
      .items.map((c: { id: string }) => c.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/cost-centers?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await t.request({ method: 'GET', url, token: admin })).json();
      seen.push(...page.items.map((c: { id: string }) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it('creates a cost centre with nothing committed or spent, and audits it', async () => {
    const response = await create(body({ code: ` ${code().toLowerCase()} ` }));
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created.code).toMatch(/^[A-Z0-9]+$/);
    expect(created).toMatchObject({
      budgetAmount: '10000.00',
      committedAmount: '0.00',
      spentAmount: '0.00',
      availableAmount: '10000.00',
      periodEnd: '2026-12-31',
      version: 1,
    });
    const audit = await t.request({
      method: 'GET',
      url: `/api/v1/audit-events?entityId=${created.id}&action=cost_center.created`,
      token: admin,
    });
    expect(audit.json().items[0].after).toMatchObject({ code: created.code });
  });

  it('replays a create retried with the same Idempotency-Key', async () => {
    const payload = body();
    const headers = { 'idempotency-key': `cost-center-${Date.now()}-${process.pid}` };
    const first = await t.request({
      method: 'POST',
      url: '/api/v1/cost-centers',
      token: admin,
      headers,
      payload,
    });
    const retry = await t.request({
      method: 'POST',
      url: '/api/v1/cost-centers',
      token: admin,
      headers,
      payload,
    });
    expect(first.statusCode).toBe(201);
    expect(retry.json().id).toBe(first.json().id);
  });

  it.each([
    ['an amount as a number', { budgetAmount: 10000 }, '/budgetAmount'],
    ['a negative budget', { budgetAmount: '-1.00' }, '/budgetAmount'],
    ['an impossible date', { periodStart: '2026-02-30' }, '/periodStart'],
    ['a date-time', { periodEnd: '2026-12-31T00:00:00Z' }, '/periodEnd'],
    ['an unknown currency shape', { currency: 'US' }, '/currency'],
    ['a code with spaces', { code: 'IT OPS' }, '/code'],
    ['an unknown field', { spentAmount: '5.00' }, '/spentAmount'],
    [
      'a period that ends before it starts',
      { periodStart: '2026-06-01', periodEnd: '2026-05-31' },
      '/periodEnd',
    ],
    [
      'an owner who does not exist',
      { ownerId: '00000000-0000-4000-8000-000000000000' },
      '/ownerId',
    ],
    ['an existing code', { code: 'IT-OPS' }, '/code'],
  ])('rejects %s with 400 naming the field', async (_case, overrides, path) => {
    const response = await create(body(overrides));
    expect(response.statusCode).toBe(400);
    expect(paths(response)).toContain(path);
  });

  it("rejects another tenant's user as owner", async () => {
    const globexOwner = (
      await t.request({ method: 'GET', url: '/api/v1/auth/me', token: globexAdmin })
    ).json().id;
    expect(paths(await create(body({ ownerId: globexOwner })))).toEqual(['/ownerId']);
  });

  it('changes a cost centre with its version; a stale version gets 409 and changes nothing', async () => {
    const created = (await create(body())).json();
    const changed = await patch(created.id, { version: 1, budgetAmount: '12500.5', name: 'Brand' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ budgetAmount: '12500.50', name: 'Brand', version: 2 });
    const stale = await patch(created.id, { version: 1, name: 'Stale' });
    expect(stale.statusCode).toBe(409);
    expect((await get(created.id)).json()).toMatchObject({ name: 'Brand', version: 2 });
    expect(paths(await patch(created.id, { version: 2, periodEnd: '2025-01-01' }))).toEqual([
      '/periodEnd',
    ]);
    expect(paths(await patch(created.id, { version: 2, name: null }))).toContain('/name');
  });

  it('forbids a requester to create or change cost centres with 403', async () => {
    const created = (await create(body())).json();
    expect((await create(body(), requester)).statusCode).toBe(403);
    expect((await patch(created.id, { version: 1, name: 'Mine' }, requester)).statusCode).toBe(403);
  });

  it("answers another tenant's cost centre with 404 on every endpoint and leaves it alone", async () => {
    const created = (await create(body())).json();
    expect((await get(created.id, globexAdmin)).statusCode).toBe(404);
    expect(
      (await patch(created.id, { version: 1, name: 'Hijacked' }, globexAdmin)).statusCode,
    ).toBe(404);
    expect((await get(created.id)).json()).toMatchObject({ name: 'Marketing', version: 1 });
    expect((await get('00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});
