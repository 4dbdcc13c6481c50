import { CatalogFactory, uniqueName } from '../../testing/catalog-factory';
import type { TestApp } from '../../testing/test-app';
import { createTestApp } from '../../testing/test-app';
import { DEMO_CATEGORIES } from '../../seed/demo-catalog';
import { DEMO_ITEMS } from '../../seed/demo-catalog-items';
import { createSlaPolicy, TEST_TARGETS } from '../service-levels/sla-test-kit';

interface Summary {
  id: string;
  name: string;
  status: string;
  categoryKey: string;
}

describe('browsing the catalog', () => {
  let t: TestApp;
  let requester: string;
  let admin: string;
  let factory: CatalogFactory;

  const list = async (query: string, token = requester) => {
    const response = await t.request({
      method: 'GET',
      url: `/api/v1/catalog/items${query}`,
      token,
    });
    expect(response.statusCode).toBe(200);
    return response.json<{ items: Summary[]; nextCursor: string | null }>();
  };

  /** Follows nextCursor to the end, `limit` at a time. */
  const walk = async (query: string, limit: number, token = requester) => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await list(
        `?${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        token,
      );
      expect(page.items.length).toBeLessThanOrEqual(limit);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    return seen;
  };

  beforeAll(async () => {
    t = await createTestApp();
    requester = (await t.login('requester@acme.test')).accessToken;
    admin = (await t.login('admin@acme.test')).accessToken;
    factory = new CatalogFactory(t, admin);
  });
  afterAll(() => t.close());

  it('lists the eight categories in order, each with its count of published items', async () => {
    // globex: no test creates items there, so the counts are exactly the seed's.
    const globex = (await t.login('requester@globex.test')).accessToken;
    const response = await t.request({
      method: 'GET',
      url: '/api/v1/catalog/categories',
      token: globex,
    });
    expect(response.statusCode).toBe(200);
    const categories: { key: string; itemCount: number }[] = response.json().items;
    expect(categories.map((c) => c.key)).toEqual(DEMO_CATEGORIES.map((c) => c.key));
    const counts = Object.fromEntries(categories.map((c) => [c.key, c.itemCount]));
    expect(counts).toMatchObject({
      access: 2,
      software: 1,
      hardware: 1,
      infrastructure: 1,
      other: 0,
    });
  });

  it('shows a requester the published demo items by name, with forms and task templates in detail', async () => {
    const items = (await list('?limit=200')).items;
    expect(items.every((i) => i.status === 'published')).toBe(true);
    const demo = items.filter((i) => DEMO_ITEMS.some((d) => d.name === i.name)).map((i) => i.name);
    expect(demo).toEqual(DEMO_ITEMS.map((d) => d.name).sort());
    const laptop = items.find((i) => i.name === 'Laptop Request')!;
    const detail = await t.request({
      method: 'GET',
      url: `/api/v1/catalog/items/${laptop.id}`,
      token: requester,
    });
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({
      categoryKey: 'hardware',
      costAmount: '1850.00',
      costCurrency: 'USD',
      formSchema: { type: 'object', required: ['model', 'ram', 'reason'] },
      taskTemplates: expect.arrayContaining([
        expect.objectContaining({ key: 'image-device', dependsOn: ['order-device'] }),
      ]),
    });
  });

  it('filters by category key or id', async () => {
    const byKey = (await list('?category=access&limit=200')).items;
    expect(byKey.map((i) => i.name)).toEqual(
      expect.arrayContaining(['New User Account', 'VPN Access']),
    );
    expect(byKey.every((i) => i.categoryKey === 'access')).toBe(true);
    const accessId = await factory.categoryId('access');
    expect((await list(`?category=${accessId}&limit=200`)).items).toEqual(byKey);
    expect((await list('?category=no-such-category')).items).toEqual([]);
  });

  it('searches name and description, best match first, with words as prefixes', async () => {
    expect((await list('?q=laptop')).items[0].name).toBe('Laptop Request');
    expect((await list('?q=lapt')).items[0].name).toBe('Laptop Request');
    expect((await list('?q=remote%20network')).items.map((i) => i.name)).toContain('VPN Access');
    expect((await list('?q=kubernetes&category=access')).items).toEqual([]);
    expect((await list('?q=%21%21%21')).items).toEqual([]);
    // An empty search box is no search at all.
    expect((await list('?q=&limit=200')).items.length).toBe(
      (await list('?limit=200')).items.length,
    );
  });

  it('ranks an item that matches more of the words higher', async () => {
    const word = `zq${Date.now().toString(36)}`;
    const weak = await factory.published({ name: uniqueName(`${word} plain`), description: 'x' });
    const strong = await factory.published({
      name: uniqueName(`${word} ${word}`),
      description: `${word} everywhere, ${word} again`,
    });
    expect((await list(`?q=${word}`)).items.map((i) => i.id)).toEqual([strong.id, weak.id]);
  });

  it('pages through search results and plain lists with keyset cursors, without repeats or gaps', async () => {
    const word = `pg${Date.now().toString(36)}`;
    for (let i = 0; i < 5; i += 1) {
      await factory.published({
        name: uniqueName(`${word} ${i}`),
        description: `${word} `.repeat(i + 1),
      });
    }
    const all = (await list(`?q=${word}&limit=200`)).items.map((i) => i.id);
    expect(all).toHaveLength(5);
    expect(await walk(`q=${word}`, 2)).toEqual(all);
    const everything = (await list('?limit=200')).items.map((i) => i.id);
    expect(await walk('', 3)).toEqual(everything);
  });

  it('refuses a cursor from another kind of listing, a forged cursor and an oversized limit with 400', async () => {
    const plain = await list('?limit=1');
    const searched = await list('?q=access&limit=1');
    const mixed = await t.request({
      method: 'GET',
      url: `/api/v1/catalog/items?q=access&cursor=${plain.nextCursor}`,
      token: requester,
    });
    expect(mixed.statusCode).toBe(400);
    if (searched.nextCursor) {
      const back = await t.request({
        method: 'GET',
        url: `/api/v1/catalog/items?cursor=${searched.nextCursor}`,
        token: requester,
      });
      expect(back.statusCode).toBe(400);
    }
    const forged = Buffer.from(JSON.stringify(['NaN', 'x', 'y'])).toString('base64url');
    for (const url of [
      `/api/v1/catalog/items?q=access&cursor=${forged}`,
      '/api/v1/catalog/items?cursor=garbage',
      '/api/v1/catalog/items?limit=201',
      '/api/v1/catalog/items?status=deleted',
    ]) {
      expect({
        url,
        status: (await t.request({ method: 'GET', url, token: admin })).statusCode,
      }).toEqual({
        url,
        status: 400,
      });
    }
  });

  it('hides drafts and retired items from a requester, and shows them to a catalog manager', async () => {
    const draft = await factory.draft();
    const retired = await factory.published();
    await t.request({
      method: 'POST',
      url: `/api/v1/catalog/items/${retired.id}/retire`,
      token: admin,
      payload: { version: retired.version },
    });
    for (const item of [draft, retired]) {
      const response = await t.request({
        method: 'GET',
        url: `/api/v1/catalog/items/${item.id}`,
        token: requester,
      });
      expect(response.statusCode).toBe(404);
      expect(
        (await t.request({ method: 'GET', url: `/api/v1/catalog/items/${item.id}`, token: admin }))
          .statusCode,
      ).toBe(200);
    }
    expect((await list('?status=draft&limit=200')).items).toEqual([]);
    const ids = (await list('?limit=200')).items.map((i) => i.id);
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(retired.id);
    const drafts = (await list('?status=draft&limit=200', admin)).items;
    expect(drafts.map((i) => i.id)).toContain(draft.id);
    expect(drafts.every((i) => i.status === 'draft')).toBe(true);
    const everything = (await list('?limit=200', admin)).items.map((i) => i.id);
    expect(everything).toEqual(expect.arrayContaining([draft.id, retired.id]));
  });

  it("shows what an item's SLA promises: its own policy, else the tenant default when none or an inactive one", async () => {
    const { policyId } = await createSlaPolicy(t, admin);
    const own = await factory.published({ slaPolicyId: policyId });
    const none = await factory.published();
    const api = (method: 'GET' | 'PATCH', url: string, payload?: object) =>
      t.request({ method, url: `/api/v1/${url}`, token: admin, payload });
    const policies: { id: string; name: string; isDefault: boolean; calendarId: string }[] = (
      await api('GET', 'sla/policies')
    ).json().items;
    const fallback = policies.find((p) => p.isDefault)!;
    const fallbackTargets = (await api('GET', `sla/policies/${fallback.id}`)).json().targets;
    const defaultPromise = {
      policyName: fallback.name,
      priority: 'medium',
      responseMinutes: fallbackTargets.medium.responseMinutes,
      resolutionMinutes: fallbackTargets.medium.resolutionMinutes,
    };

    const promises = async () => {
      const items = (await list('?limit=200')).items as (Summary & { sla: unknown })[];
      const detail = (id: string) =>
        t.request({ method: 'GET', url: `/api/v1/catalog/items/${id}`, token: requester });
      return {
        own: items.find((i) => i.id === own.id)!.sla,
        none: items.find((i) => i.id === none.id)!.sla,
        ownDetail: (await detail(own.id)).json().sla,
      };
    };

    const before = await promises();
    expect(before.own).toEqual({
      policyName: policies.find((p) => p.id === policyId)!.name,
      calendarName: expect.stringMatching(/^Always open/),
      businessDayMinutes: 1440,
      priority: 'medium',
      responseMinutes: TEST_TARGETS.medium.responseMinutes,
      resolutionMinutes: TEST_TARGETS.medium.resolutionMinutes,
    });
    expect(before.ownDetail).toEqual(before.own);
    expect(before.none).toMatchObject(defaultPromise);

    const policy = (await api('GET', `sla/policies/${policyId}`)).json();
    const off = await api('PATCH', `sla/policies/${policyId}`, {
      version: policy.version,
      active: false,
    });
    expect(off.statusCode).toBe(200);
    const after = await promises();
    expect(after.own).toMatchObject(defaultPromise);
    expect(after.ownDetail).toEqual(after.own);
  });
});
