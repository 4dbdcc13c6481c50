import type { TestApp } from '../../testing/test-app';
import { createTestApp, uniqueEmail } from '../../testing/test-app';
import { CatalogFactory, uniqueName } from '../../testing/catalog-factory';

describe('auto-assignment of generated tasks', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const api = async (who: string, method: 'GET' | 'POST', url: string, payload?: object) => {
    const response = await t.request({
      method,
      url: `/api/v1/${url}`,
      token: tokens[who],
      payload,
    });
    if (response.statusCode >= 300)
      throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
    return response.json<Record<string, unknown>>();
  };

  beforeAll(async () => {
    t = await createTestApp();
    for (const who of ['requester', 'admin'])
      tokens[who] = (await t.login(`${who}@acme.test`)).accessToken;
  });
  afterAll(() => t.close());

  it('spreads a request’s tasks over the team, counting the ones it has just handed out', async () => {
    const members: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      const user = await api('admin', 'POST', 'users', {
        email: uniqueEmail(),
        name: `Balancer ${i}`,
        roles: ['agent'],
        password: 'a-long-password-123',
      });
      members.push(user.id as string);
    }
    const team = await api('admin', 'POST', 'teams', {
      name: uniqueName('Balancers'),
      memberIds: members,
    });
    const templates = ['one', 'two', 'three', 'four'].map((key) => ({
      key,
      title: `Step ${key}`,
      teamId: team.id,
      checklist: [],
      dependsOn: [],
    }));
    const item = await new CatalogFactory(t, tokens.admin).published({
      approvalPolicyId: null,
      taskTemplates: templates,
    });
    const draft = await api('requester', 'POST', 'requests', {
      itemId: item.id,
      formData: { reason: 'Needed' },
    });
    const request = await api('requester', 'POST', `requests/${draft.id as string}/submit`, {});

    const assignees = (request.tasks as { assigneeId: string | null }[]).map(
      (task) => task.assigneeId,
    );
    expect(assignees).toHaveLength(4);
    // Both start idle: each gets two, never all four to the one with the lower id.
    expect(members.map((id) => assignees.filter((a) => a === id).length)).toEqual([2, 2]);
  });
});
