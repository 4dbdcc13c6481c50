import { CatalogFactory, itemBody, uniqueName } from '../../testing/catalog-factory';
import type { TestApp } from '../../testing/test-app';
import { createTestApp } from '../../testing/test-app';

describe('administering catalog items', () => {
  let t: TestApp;
  let admin: string;
  let requester: string;
  let globexAdmin: string;
  let factory: CatalogFactory;
  let categoryId: string;

  const item = (id: string, token = admin) =>
    t.request({ method: 'GET', url: `/api/v1/catalog/items/${id}`, token });
  const patch = (id: string, payload: object, token = admin) =>
    t.request({ method: 'PATCH', url: `/api/v1/catalog/items/${id}`, token, payload });
  const act = (id: string, action: 'publish' | 'retire', version: number, token = admin) =>
    t.request({
      method: 'POST',
      url: `/api/v1/catalog/items/${id}/${action}`,
      token,
      payload: { version },
    });
  const create = (payload: object, token = admin) =>
    t.request({ method: 'POST', url: '/api/v1/catalog/items', token, payload });
  const countNamed = async (name: string) =>
    (await t.request({ method: 'GET', url: '/api/v1/catalog/items?limit=200', token: admin }))
      .json()
      .items.filter((i: { name: string }) => i.name === name).length;
  const paths = (response: { json(): { errors: { path: string }[] } }) =>
    response.json().errors.map((e) => e.path);

  beforeAll(async () => {
    t = await createTestApp();
    admin = (await t.login('admin@acme.test')).accessToken;
    requester = (await t.login('requester@acme.test')).accessToken;
    globexAdmin = (await t.login('admin@globex.test')).accessToken;
    factory = new CatalogFactory(t, admin);
    categoryId = await factory.categoryId();
  });
  afterAll(() => t.close());

  it('creates a draft, changes it, publishes, retires and re-publishes it, auditing each step', async () => {
    const documentationLinks = [{ title: 'Guide', url: 'https://intranet.example.com/guide' }];
    const body = itemBody(categoryId, { prerequisites: ['A manager'], documentationLinks });
    const created = await create(body);
    expect(created.statusCode).toBe(201);
    const draft = created.json();
    // JSON documents come back exactly as sent.
    expect(draft.formSchema).toEqual(body.formSchema);
    expect(draft.uiSchema).toEqual(body.uiSchema);
    expect(draft.taskTemplates).toEqual(body.taskTemplates);
    expect(draft.documentationLinks).toEqual(documentationLinks);
    expect(draft).toMatchObject({
      status: 'draft',
      version: 1,
      costAmount: '99.50',
      prerequisites: ['A manager'],
      publishedAt: null,
      ratingAverage: null,
      ratingCount: 0,
    });

    const changed = await patch(draft.id, { version: 1, costAmount: '120', deliveryDays: 4 });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ costAmount: '120.00', deliveryDays: 4, version: 2 });

    const published = await act(draft.id, 'publish', 2);
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', version: 3 });
    expect(published.json().publishedAt).not.toBeNull();
    expect((await item(draft.id, requester)).statusCode).toBe(200);

    expect((await act(draft.id, 'publish', 3)).statusCode).toBe(409);
    const retired = await act(draft.id, 'retire', 3);
    expect(retired.json()).toMatchObject({ status: 'retired', version: 4 });
    expect((await act(draft.id, 'retire', 4)).statusCode).toBe(409);
    expect((await item(draft.id, requester)).statusCode).toBe(404);
    expect((await act(draft.id, 'publish', 4)).json()).toMatchObject({
      status: 'published',
      version: 5,
    });

    const audit = await t.request({
      method: 'GET',
      url: `/api/v1/audit-events?entityId=${draft.id}&limit=50`,
      token: admin,
    });
    const events: { action: string; before: unknown; after: unknown }[] = audit.json().items;
    expect(events.map((e) => e.action).sort()).toEqual(
      [
        'catalog_item.created',
        'catalog_item.updated',
        'catalog_item.published',
        'catalog_item.retired',
        'catalog_item.published',
      ].sort(),
    );
    const update = events.find((e) => e.action === 'catalog_item.updated')!;
    expect(update.before).toMatchObject({ costAmount: '99.50', version: 1 });
    expect(update.after).toMatchObject({ costAmount: '120.00', version: 2 });
  });

  it('replays a create retried with the same Idempotency-Key, and refuses the key for another body', async () => {
    const body = itemBody(categoryId);
    const headers = { 'idempotency-key': `catalog-${Date.now()}-${process.pid}` };
    const send = (payload: object) =>
      t.request({ method: 'POST', url: '/api/v1/catalog/items', token: admin, headers, payload });
    const first = await send(body);
    const retry = await send(body);
    expect([first.statusCode, retry.statusCode]).toEqual([201, 201]);
    expect(retry.json().id).toBe(first.json().id);
    expect(await countNamed(body.name)).toBe(1);
    expect((await send({ ...body, name: uniqueName('Other') })).statusCode).toBe(422);
  });

  it('refuses a stale version with 409 on change, publish and retire, and changes nothing', async () => {
    const draft = await factory.draft();
    expect((await patch(draft.id, { version: 1, name: uniqueName('First') })).statusCode).toBe(200);
    const stale = await patch(draft.id, { version: 1, name: 'Second' });
    expect(stale.statusCode).toBe(409);
    expect(stale.headers['content-type']).toContain('application/problem+json');
    expect((await act(draft.id, 'publish', 1)).statusCode).toBe(409);
    const now = (await item(draft.id)).json();
    expect(now).toMatchObject({ status: 'draft', version: 2 });
    expect(now.name).toMatch(/^First/);
    const published = (await act(draft.id, 'publish', 2)).json();
    expect((await act(draft.id, 'retire', published.version - 1)).statusCode).toBe(409);
  });

  it('refuses to publish an item without a form or without tasks, and to retire a draft, with 409', async () => {
    const formless = await factory.draft({ formSchema: null });
    const noForm = await act(formless.id, 'publish', formless.version);
    expect(noForm.statusCode).toBe(409);
    expect(noForm.json().detail).toMatch(/request form/);
    const taskless = await factory.draft({ taskTemplates: [] });
    expect((await act(taskless.id, 'publish', taskless.version)).statusCode).toBe(409);
    expect((await act(taskless.id, 'retire', taskless.version)).statusCode).toBe(409);
    expect((await item(taskless.id)).json()).toMatchObject({ status: 'draft', version: 1 });
  });

  it('keeps a published item orderable: removing its form or all its tasks is refused with 400', async () => {
    const live = await factory.published();
    const response = await patch(live.id, {
      version: live.version,
      formSchema: null,
      taskTemplates: [],
    });
    expect(response.statusCode).toBe(400);
    expect(paths(response)).toEqual(expect.arrayContaining(['/formSchema', '/taskTemplates']));
    const changed = await patch(live.id, {
      version: live.version,
      formSchema: { type: 'object', properties: { colour: { type: 'string' } } },
    });
    expect(changed.statusCode).toBe(200);
  });

  it.each([
    [
      'a form schema that is not JSON Schema',
      { formSchema: { type: 'object', properties: { a: { type: 'text' } } } },
      '/formSchema/properties/a/type',
    ],
    ['a form that is not for an object', { formSchema: { type: 'array' } }, '/formSchema/type'],
    [
      'a misspelt schema keyword',
      { formSchema: { type: 'object', requird: ['a'] } },
      '/formSchema',
    ],
    [
      'duplicate template keys',
      {
        taskTemplates: [
          { key: 'a', title: 'A', checklist: [], dependsOn: [] },
          { key: 'a', title: 'Again', checklist: [], dependsOn: [] },
        ],
      },
      '/taskTemplates/1/key',
    ],
    [
      'a dependency on an unknown template',
      { taskTemplates: [{ key: 'a', title: 'A', checklist: [], dependsOn: ['ghost'] }] },
      '/taskTemplates/0/dependsOn/0',
    ],
    [
      'a dependency cycle',
      {
        taskTemplates: [
          { key: 'a', title: 'A', checklist: [], dependsOn: ['c'] },
          { key: 'b', title: 'B', checklist: [], dependsOn: ['a'] },
          { key: 'c', title: 'C', checklist: [], dependsOn: ['b'] },
        ],
      },
      '/taskTemplates/0/dependsOn/0',
    ],
  ])(
    'rejects %s with 400 at its path, on create and on change, changing nothing',
    async (_case, fields, path) => {
      const body = itemBody(categoryId, fields);
      const created = await create(body);
      expect(created.statusCode).toBe(400);
      expect(created.headers['content-type']).toContain('application/problem+json');
      expect(paths(created)).toContain(path);
      expect(await countNamed(body.name)).toBe(0);

      const draft = await factory.draft();
      const changed = await patch(draft.id, { version: draft.version, ...fields });
      expect(changed.statusCode).toBe(400);
      expect(paths(changed)).toContain(path);
      expect((await item(draft.id)).json()).toMatchObject({
        version: 1,
        taskTemplates: draft.taskTemplates,
      });
    },
  );

  it.each([
    ['an unknown field', { isFree: true }, '/isFree'],
    ['an amount as a number', { costAmount: 99.5 }, '/costAmount'],
    ['an amount with three decimals', { costAmount: '1.005' }, '/costAmount'],
    ['a lower-case currency', { costCurrency: 'usd' }, '/costCurrency'],
    ['a form schema that is an array', { formSchema: [] }, '/formSchema'],
    ['a null description', { description: null }, '/description'],
    ['too many delivery days', { deliveryDays: 400 }, '/deliveryDays'],
    [
      'a javascript: documentation link',
      { documentationLinks: [{ title: 'x', url: 'javascript:alert(1)' }] },
      '/documentationLinks/0/url',
    ],
    [
      'an unknown template field',
      { taskTemplates: [{ key: 'a', title: 'A', checklist: [], dependsOn: [], owner: 'me' }] },
      '/taskTemplates/0/owner',
    ],
    [
      'a template key with spaces',
      { taskTemplates: [{ key: 'a b', title: 'A', checklist: [], dependsOn: [] }] },
      '/taskTemplates/0/key',
    ],
    [
      'a template without its lists',
      { taskTemplates: [{ key: 'a', title: 'A' }] },
      '/taskTemplates/0/checklist',
    ],
    [
      'a category that does not exist',
      { categoryId: '00000000-0000-4000-8000-000000000000' },
      '/categoryId',
    ],
  ])('rejects a body with %s with 400 naming the field', async (_case, fields, path) => {
    const response = await create(itemBody(categoryId, fields));
    expect(response.statusCode).toBe(400);
    expect(paths(response)).toContain(path);
  });

  it('rejects a null name on change and a duplicate name, with 400', async () => {
    const draft = await factory.draft();
    expect(paths(await patch(draft.id, { version: 1, name: null }))).toContain('/name');
    expect(paths(await create(itemBody(categoryId, { name: 'Laptop Request' })))).toEqual([
      '/name',
    ]);
    expect(paths(await patch(draft.id, { version: 1, name: 'VPN Access' }))).toEqual(['/name']);
  });

  it("rejects another tenant's category, cost centre and teams as references with 400", async () => {
    const globexFactory = new CatalogFactory(t, globexAdmin);
    const foreignCategory = await globexFactory.categoryId();
    const foreignCostCenter = (
      await t.request({ method: 'GET', url: '/api/v1/cost-centers', token: globexAdmin })
    ).json().items[0].id;
    const foreignTeam = (
      await t.request({ method: 'GET', url: '/api/v1/teams', token: globexAdmin })
    ).json().items[0].id;
    const response = await create(
      itemBody(foreignCategory, {
        costCenterId: foreignCostCenter,
        supportTeamId: foreignTeam,
        taskTemplates: [
          { key: 'a', title: 'A', teamId: foreignTeam, checklist: [], dependsOn: [] },
        ],
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(paths(response).sort()).toEqual(
      ['/categoryId', '/costCenterId', '/supportTeamId', '/taskTemplates/0/teamId'].sort(),
    );
  });

  it('forbids a requester to create, change, publish or retire items with 403', async () => {
    const draft = await factory.draft();
    expect((await create(itemBody(categoryId), requester)).statusCode).toBe(403);
    expect((await patch(draft.id, { version: 1, name: 'Mine' }, requester)).statusCode).toBe(403);
    expect((await act(draft.id, 'publish', 1, requester)).statusCode).toBe(403);
    expect((await act(draft.id, 'retire', 1, requester)).statusCode).toBe(403);
    const auditor = (await t.login('auditor@acme.test')).accessToken;
    expect((await create(itemBody(categoryId), auditor)).statusCode).toBe(403);
  });

  it("answers another tenant's item with 404 on every endpoint and leaves it alone", async () => {
    const live = await factory.published();
    const responses = [
      await item(live.id, globexAdmin),
      await patch(live.id, { version: live.version, name: 'Hijacked' }, globexAdmin),
      await act(live.id, 'retire', live.version, globexAdmin),
      await act(live.id, 'publish', live.version, globexAdmin),
    ];
    expect(responses.map((r) => r.statusCode)).toEqual([404, 404, 404, 404]);
    expect((await item(live.id)).json()).toMatchObject({
      name: live.name,
      status: 'published',
      version: live.version,
    });
    expect((await item('00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await item('not-a-uuid')).statusCode).toBe(400);
  });
});
