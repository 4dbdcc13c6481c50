import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtures } from '../../testing/attachment-fixtures';
import { uploadAttachment } from '../../testing/attachment-test-kit';
import { OutboxDispatcher } from '../../practices/notifications/delivery/outbox-dispatcher';
import { fulfilRequest } from '../../testing/request-factory';
import type { TestApp } from '../../testing/test-app';
import { createTestApp, uniqueEmail } from '../../testing/test-app';

interface Operation {
  method: string;
  path: string;
}

/** Every operation of the committed OpenAPI document that names a record in its path. */
function operationsWithIds(): Operation[] {
  const spec: { paths: Record<string, Record<string, unknown>> } = JSON.parse(
    readFileSync(join(__dirname, '../../../openapi.json'), 'utf8'),
  );
  return Object.entries(spec.paths)
    .filter(([path]) => path.includes('{'))
    .flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path })),
    );
}

/**
 * The rule of DESIGN.md section 2 applied to every route at once: a caller of another tenant
 * holding every role gets 404 for each of acme's records, exactly as for a record that does not
 * exist. Routes that validate a body first may answer 400; nothing may succeed, forbid (which
 * would confirm the record exists), conflict or fail.
 */
describe('another tenant’s records, on every route that names one', () => {
  let t: TestApp;
  let outsider: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const tokens: Record<string, string> = {};
    for (const who of ['requester', 'approver', 'agent', 'admin', 'changes']) {
      tokens[who] = (await t.login(`${who}@acme.test`)).accessToken;
    }
    const api = async (who: string, method: 'GET' | 'POST', url: string, payload?: object) => {
      const response = await t.request({
        method,
        url: `/api/v1/${url}`,
        token: tokens[who],
        payload,
      });
      if (response.statusCode >= 300)
        throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
      return response.json();
    };
    const done = await fulfilRequest(t, tokens, 'New User Account');
    ids.request = done.id;
    ids.task = done.tasks[0].id;
    ids.approval = done.approvals[0].id;
    const task = await api('agent', 'GET', `tasks/${ids.task}`);
    ids.checklist = task.checklist[0]?.id ?? '00000000-0000-4000-8000-000000000001';
    const upload = await uploadAttachment(t, ids.request, tokens.requester, {
      filename: 'a.pdf',
      contentType: 'application/pdf',
      content: fixtures.pdf(),
    });
    expect(upload.statusCode).toBe(201);
    ids.attachment = upload.json().id;
    ids.item = done.itemId;
    ids.costCenter = (await api('admin', 'GET', 'cost-centers')).items[0].id;
    ids.user = (await api('admin', 'GET', 'users?limit=1')).items[0].id;
    ids.team = (await api('admin', 'GET', 'teams?limit=1')).items[0].id;
    ids.policy = (await api('admin', 'GET', 'approval-policies')).items[0].id;
    ids.token = (await api('admin', 'POST', 'api-tokens', { name: 'x', roles: ['admin'] })).id;
    ids.delegation = (
      await api('approver', 'POST', 'approval-delegations', {
        delegateId: (await api('admin', 'GET', 'auth/me')).id,
        startsAt: new Date(Date.now() + 86_400_000).toISOString(),
        endsAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      })
    ).id;
    ids.webhook = (
      await api('admin', 'POST', 'webhooks', {
        url: 'https://hooks.example.com/trellis',
        eventTypes: ['*'],
        active: false,
      })
    ).id;
    ids.slaCalendar = (await api('admin', 'GET', 'sla/calendars')).items[0].id;
    ids.slaPolicy = (await api('admin', 'GET', 'sla/policies')).items[0].id;
    // The requester was told about their fulfilled request once the outbox is dispatched.
    for (let pass = 0; pass < 20 && !ids.notification; pass += 1) {
      await t.app.get(OutboxDispatcher).runOnce();
      ids.notification = (await api('requester', 'GET', 'notifications?limit=1')).items[0]?.id;
    }

    // globex's most powerful user: every role there is.
    const globexAdmin = (await t.login('admin@globex.test')).accessToken;
    const email = uniqueEmail('globex.test');
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/users',
      token: globexAdmin,
      payload: {
        email,
        name: 'Everything',
        roles: ['requester', 'approver', 'agent', 'change_manager', 'admin', 'auditor'],
        password: 'a-long-password-123',
      },
    });
    expect(created.statusCode).toBe(201);
    outsider = (await t.login(email, 'globex', 'a-long-password-123')).accessToken;
  });
  afterAll(() => t.close());

  const RESOURCES: [RegExp, string][] = [
    [/^\/api\/v1\/requests\/\{id\}/, 'request'],
    [/^\/api\/v1\/approvals\/\{id\}/, 'approval'],
    [/^\/api\/v1\/tasks\/\{id\}/, 'task'],
    [/^\/api\/v1\/attachments\/\{id\}/, 'attachment'],
    [/^\/api\/v1\/catalog\/items\/\{id\}/, 'item'],
    [/^\/api\/v1\/cost-centers\/\{id\}/, 'costCenter'],
    [/^\/api\/v1\/users\/\{id\}/, 'user'],
    [/^\/api\/v1\/teams\/\{id\}/, 'team'],
    [/^\/api\/v1\/approval-policies\/\{id\}/, 'policy'],
    [/^\/api\/v1\/api-tokens\/\{id\}/, 'token'],
    [/^\/api\/v1\/approval-delegations\/\{id\}/, 'delegation'],
    [/^\/api\/v1\/webhooks\/\{id\}/, 'webhook'],
    [/^\/api\/v1\/notifications\/\{id\}/, 'notification'],
    [/^\/api\/v1\/sla\/calendars\/\{id\}/, 'slaCalendar'],
    [/^\/api\/v1\/sla\/policies\/\{id\}/, 'slaPolicy'],
    [/^\/api\/v1\/metrics\/catalog-items\/\{id\}/, 'item'],
  ];

  const operations = operationsWithIds();

  it('knows which record every such route names', () => {
    const unmapped = operations.filter(
      (op) => !RESOURCES.some(([pattern]) => pattern.test(op.path)),
    );
    expect(unmapped).toEqual([]);
  });

  it.each(operations.map((op) => [op.method, op.path] as const))(
    '%s %s answers 404 to another tenant',
    async (method, path) => {
      const resource = RESOURCES.find(([pattern]) => pattern.test(path))![1];
      const url = path.replace('{id}', ids[resource]).replace('{itemId}', ids.checklist);
      const response = await t.request({
        method: method as 'GET',
        url,
        token: outsider,
        payload: method === 'GET' || method === 'DELETE' ? undefined : {},
      });
      const allowed = method === 'GET' || method === 'DELETE' ? [404] : [404, 400, 415];
      expect(allowed).toContain(response.statusCode);
      expect(response.headers['content-type']).toContain('application/problem+json');
    },
  );
});
