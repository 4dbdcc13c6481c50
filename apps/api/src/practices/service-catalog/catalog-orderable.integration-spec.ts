import { CatalogFactory } from '../../testing/catalog-factory';
import type { TestApp } from '../../testing/test-app';
import { createTestApp } from '../../testing/test-app';
import { TenantDb } from '../../platform/tenancy/tenant-db';
import { CatalogService } from './catalog.service';

describe('CatalogService.getOrderableItem (for the requests practice)', () => {
  let t: TestApp;
  let factory: CatalogFactory;
  let acmeId: string;
  let globexId: string;

  const orderable = (tenantId: string, itemId: string) =>
    t.app
      .get(TenantDb)
      .forTenant(tenantId, (m) => t.app.get(CatalogService).getOrderableItem(m, tenantId, itemId));

  beforeAll(async () => {
    t = await createTestApp();
    const admin = (await t.login('admin@acme.test')).accessToken;
    const globex = (await t.login('admin@globex.test')).accessToken;
    factory = new CatalogFactory(t, admin);
    const me = (token: string) => t.request({ method: 'GET', url: '/api/v1/auth/me', token });
    acmeId = (await me(admin)).json().tenant.id;
    globexId = (await me(globex)).json().tenant.id;
  });
  afterAll(() => t.close());

  it('returns what ordering needs for a published item', async () => {
    const item = await factory.published();
    expect(await orderable(acmeId, item.id)).toEqual({
      id: item.id,
      name: item.name,
      version: item.version,
      formSchema: item.formSchema,
      approvalPolicyId: null,
      taskTemplates: item.taskTemplates,
      cost: { amount: '99.50', currency: 'USD' },
      costCenterId: null,
      supportTeamId: null,
      slaPolicyId: null,
      deliveryDays: 2,
    });
  });

  it("answers 404 for a draft, and for another tenant's item", async () => {
    const draft = await factory.draft();
    await expect(orderable(acmeId, draft.id)).rejects.toMatchObject({ status: 404 });
    const live = await factory.published();
    await expect(orderable(globexId, live.id)).rejects.toMatchObject({ status: 404 });
  });
});
