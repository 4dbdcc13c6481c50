import { validFormData } from '../../testing/form-data-factory';
import type { TestApp } from '../../testing/test-app';
import { createTestApp } from '../../testing/test-app';

interface Item {
  id: string;
  name: string;
  formSchema: Record<string, unknown>;
}

describe('the request journey', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const items: Record<string, Item> = {};

  beforeAll(async () => {
    t = await createTestApp();
    for (const who of ['requester', 'approver', 'agent', 'admin', 'changes', 'auditor']) {
      tokens[who] = (await t.login(`${who}@acme.test`)).accessToken;
    }
    const list = await t.request({
      method: 'GET',
      url: '/api/v1/catalog/items?limit=50',
      token: tokens.requester,
    });
    expect(list.statusCode).toBe(200);
    for (const summary of list.json().items as { id: string; name: string }[]) {
      const detail = await t.request({
        method: 'GET',
        url: `/api/v1/catalog/items/${summary.id}`,
        token: tokens.requester,
      });
      items[summary.name] = detail.json();
    }
    expect(Object.keys(items)).toEqual(
      expect.arrayContaining(['Laptop Request', 'New User Account', 'VPN Access']),
    );
  });
  afterAll(() => t.close());

  const as = (who: string) => ({
    get: (url: string) => t.request({ method: 'GET', url: `/api/v1/${url}`, token: tokens[who] }),
    post: (url: string, payload: object = {}, headers: Record<string, string> = {}) =>
      t.request({ method: 'POST', url: `/api/v1/${url}`, token: tokens[who], payload, headers }),
    patch: (url: string, payload: object) =>
      t.request({ method: 'PATCH', url: `/api/v1/${url}`, token: tokens[who], payload }),
  });

  async function order(itemName: string, who = 'requester', extra: object = {}) {
    const item = items[itemName];
    const created = await as(who).post('requests', {
      itemId: item.id,
      formData: validFormData(item.formSchema),
      priority: 'high',
      justification: 'Needed for work',
      ...extra,
    });
    expect(created.statusCode).toBe(201);
    return created.json();
  }

  async function submit(itemName: string) {
    const draft = await order(itemName);
    const submitted = await as('requester').post(`requests/${draft.id}/submit`, {
      version: draft.version,
    });
    expect(submitted.statusCode).toBe(200);
    return submitted.json();
  }

  const pendingFor = async (who: string, requestId: string) => {
    const queue = await as(who).get('approvals?status=pending&limit=200');
    return (queue.json().items as { id: string; requestId: string }[]).filter(
      (a) => a.requestId === requestId,
    );
  };

  it('goes from order through two approval levels and dependent tasks to a closed, rated request', async () => {
    const request = await submit('Laptop Request');
    expect(request).toMatchObject({ status: 'pending_approval', currentApprovalLevel: 0 });
    expect(request.number).toMatch(/^REQ-\d{6}$/);

    // Level 1: the requester's manager.
    const [level1] = await pendingFor('approver', request.id);
    expect(level1).toBeDefined();
    expect(
      (await as('approver').post(`approvals/${level1.id}/approve`, { comment: 'Fine by me' }))
        .statusCode,
    ).toBe(200);

    // Level 2: the change manager is asked only now.
    const afterLevel1 = (await as('requester').get(`requests/${request.id}`)).json();
    expect(afterLevel1).toMatchObject({ status: 'pending_approval', currentApprovalLevel: 1 });
    const [level2] = await pendingFor('changes', request.id);
    expect((await as('changes').post(`approvals/${level2.id}/approve`, {})).statusCode).toBe(200);

    // Approved: tasks exist, those with prerequisites blocked.
    let detail = (await as('agent').get(`requests/${request.id}`)).json();
    expect(detail.status).toBe('in_progress');
    expect(detail.tasks.length).toBeGreaterThan(1);
    const blocked = detail.tasks.filter((task: { status: string }) => task.status === 'blocked');
    expect(blocked.length).toBeGreaterThan(0);
    expect((await as('agent').post(`tasks/${blocked[0].id}/start`)).statusCode).toBe(409);

    // The agent works every open task until none remain.
    for (let round = 0; round < 10 && detail.status === 'in_progress'; round += 1) {
      for (const task of detail.tasks.filter((x: { status: string }) => x.status === 'open')) {
        expect((await as('agent').post(`tasks/${task.id}/claim`)).statusCode).toBe(200);
        expect((await as('agent').post(`tasks/${task.id}/start`)).statusCode).toBe(200);
        const full = (await as('agent').get(`tasks/${task.id}`)).json();
        for (const check of full.checklist) {
          expect(
            (await as('agent').patch(`tasks/${task.id}/checklist/${check.id}`, { done: true }))
              .statusCode,
          ).toBe(200);
        }
        expect(
          (await as('agent').post(`tasks/${task.id}/time-entries`, { minutes: 30 })).statusCode,
        ).toBe(201);
        expect((await as('agent').post(`tasks/${task.id}/complete`, {})).statusCode).toBe(200);
      }
      detail = (await as('agent').get(`requests/${request.id}`)).json();
    }
    expect(detail.status).toBe('fulfilled');

    const mine = (await as('requester').get(`requests/${request.id}`)).json();
    expect(mine.allowedActions).toEqual(expect.arrayContaining(['close', 'reopen']));
    const closed = await as('requester').post(`requests/${request.id}/close`, {
      rating: 5,
      feedback: 'Quick and smooth',
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', rating: 5 });
    expect(closed.json().timeline.map((e: { kind: string }) => e.kind)).toEqual(
      expect.arrayContaining([
        'created',
        'submitted',
        'approved',
        'in_progress',
        'fulfilled',
        'closed',
      ]),
    );
  });

  it('rejects the request when an approver rejects, and requires a comment to do so', async () => {
    const request = await submit('New User Account');
    const [approval] = await pendingFor('approver', request.id);
    const bare = await as('approver').post(`approvals/${approval.id}/reject`, {});
    expect(bare.statusCode).toBe(400);
    expect(
      (await as('approver').post(`approvals/${approval.id}/reject`, { comment: 'Not in budget' }))
        .statusCode,
    ).toBe(200);
    const detail = (await as('requester').get(`requests/${request.id}`)).json();
    expect(detail.status).toBe('rejected');
    expect((await as('approver').post(`approvals/${approval.id}/approve`, {})).statusCode).toBe(
      409,
    );
  });

  it('lets the requester cancel while approval is pending, and closes the approvals', async () => {
    const request = await submit('New User Account');
    const cancelled = await as('requester').post(`requests/${request.id}/cancel`, {
      reason: 'No longer needed',
    });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json().status).toBe('cancelled');
    expect(
      cancelled.json().approvals.every((a: { status: string }) => a.status === 'not_required'),
    ).toBe(true);
    expect((await as('requester').post(`requests/${request.id}/cancel`, {})).statusCode).toBe(409);
    expect(await pendingFor('approver', request.id)).toEqual([]);
  });

  it('routes new approvals to a delegate during the delegation, recording who was asked', async () => {
    const users = (await as('admin').get('users?limit=200')).json().items as {
      id: string;
      email: string;
    }[];
    const adminId = users.find((u) => u.email === 'admin@acme.test')!.id;
    const approverId = users.find((u) => u.email === 'approver@acme.test')!.id;
    const delegation = await as('approver').post('approval-delegations', {
      delegateId: adminId,
      startsAt: new Date(Date.now() - 60_000).toISOString(),
      endsAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(delegation.statusCode).toBe(201);
    try {
      const request = await submit('New User Account');
      const [approval] = await pendingFor('admin', request.id);
      expect(approval).toMatchObject({ approverId: adminId, delegatedFromId: approverId });
      expect(await pendingFor('approver', request.id)).toEqual([]);
      expect((await as('admin').post(`approvals/${approval.id}/approve`, {})).statusCode).toBe(200);
    } finally {
      await t.request({
        method: 'DELETE',
        url: `/api/v1/approval-delegations/${delegation.json().id}`,
        token: tokens.approver,
      });
    }
  });

  it('advances once when the last two approvals of a level arrive at the same moment', async () => {
    const request = await submit('VPN Access'); // two of three approvers
    const approvals = [
      ...(await pendingFor('approver', request.id)).map((a) => ({ who: 'approver', id: a.id })),
      ...(await pendingFor('changes', request.id)).map((a) => ({ who: 'changes', id: a.id })),
      ...(await pendingFor('admin', request.id)).map((a) => ({ who: 'admin', id: a.id })),
    ];
    expect(approvals.length).toBe(3);
    const results = await Promise.all(
      approvals.map((a) => as(a.who).post(`approvals/${a.id}/approve`, {})),
    );
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 200, 409]);
    const detail = (await as('agent').get(`requests/${request.id}`)).json();
    expect(detail.status).toBe('in_progress');
    const templates = (items['VPN Access'] as unknown as { taskTemplates: unknown[] })
      .taskTemplates;
    expect(detail.tasks.length).toBe(templates.length);
  });

  it('gives 50 concurrent creates 50 distinct, consecutive numbers', async () => {
    const item = items['Software License'];
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        as('requester').post('requests', {
          itemId: item.id,
          formData: validFormData(item.formSchema),
        }),
      ),
    );
    expect(results.every((r) => r.statusCode === 201)).toBe(true);
    const numbers = results.map((r) => Number(r.json().number.slice(4))).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(50);
    expect(numbers[49] - numbers[0]).toBe(49);
  });

  it('answers a create with exactly the detail a read of the new draft returns', async () => {
    // The create builds its answer from what it wrote instead of reading the request back.
    for (const who of ['requester', 'agent']) {
      const created = await order('Laptop Request', who, { dueDate: '2030-01-31' });
      const read = await as(who).get(`requests/${created.id}`);
      expect(read.statusCode).toBe(200);
      expect(created).toEqual(read.json());
      expect(created.timeline).toHaveLength(1);
    }
  });

  it('creates one request for two posts with the same Idempotency-Key, and refuses the key with another body', async () => {
    const item = items['Software License'];
    const body = {
      itemId: item.id,
      formData: validFormData(item.formSchema),
      justification: 'idempotent',
    };
    const key = `test-key-${Date.now()}`;
    const first = await as('requester').post('requests', body, { 'idempotency-key': key });
    const second = await as('requester').post('requests', body, { 'idempotency-key': key });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.json().id).toBe(first.json().id);
    const other = await as('requester').post(
      'requests',
      { ...body, justification: 'different' },
      { 'idempotency-key': key },
    );
    expect(other.statusCode).toBe(422);
  });

  it("keeps one caller's Idempotency-Key apart from another's", async () => {
    const item = items['Software License'];
    const body = { itemId: item.id, formData: validFormData(item.formSchema) };
    const key = `shared-key-${Date.now()}`;
    const mine = await as('requester').post('requests', body, { 'idempotency-key': key });
    const theirs = await as('agent').post('requests', body, { 'idempotency-key': key });
    expect([mine.statusCode, theirs.statusCode]).toEqual([201, 201]);
    expect(theirs.json().id).not.toBe(mine.json().id);
    expect(theirs.json().requesterName).not.toBe(mine.json().requesterName);
  });

  it('answers a forged cursor with 400 on every keyset list, never 500', async () => {
    const forged = Buffer.from(JSON.stringify(['not-a-time', 'not-a-uuid'])).toString('base64url');
    for (const [who, url] of [
      ['requester', 'requests'],
      ['approver', 'approvals'],
      ['agent', 'tasks'],
    ] as const) {
      const response = await as(who).get(`${url}?cursor=${forged}`);
      expect(response.statusCode).toBe(400);
    }
  });

  it('gives a request an owner among agents and admins, and lists it under assignee=me', async () => {
    const request = await submit('Software License');
    const users = (await as('admin').get('users?limit=200')).json().items as {
      id: string;
      email: string;
    }[];
    const agentId = users.find((u) => u.email === 'agent@acme.test')!.id;
    const requesterId = users.find((u) => u.email === 'requester@acme.test')!.id;
    expect(
      (await as('agent').post(`requests/${request.id}/assign`, { assigneeId: requesterId }))
        .statusCode,
    ).toBe(400);
    expect(
      (await as('requester').post(`requests/${request.id}/assign`, { assigneeId: agentId }))
        .statusCode,
    ).toBe(403);
    const assigned = await as('agent').post(`requests/${request.id}/assign`, {
      assigneeId: agentId,
    });
    expect(assigned.statusCode).toBe(200);
    expect(assigned.json()).toMatchObject({ assigneeId: agentId, assigneeName: 'Jordan Agent' });
    const mine = (await as('agent').get('requests?assignee=me&limit=200'))
      .json()
      .items.map((r: { id: string }) => r.id);
    expect(mine).toContain(request.id);
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const draft = await order('Software License');
    expect(
      (
        await as('requester').patch(`requests/${draft.id}`, {
          version: draft.version,
          justification: 'v2',
        })
      ).statusCode,
    ).toBe(200);
    const stale = await as('requester').patch(`requests/${draft.id}`, {
      version: draft.version,
      justification: 'v3',
    });
    expect(stale.statusCode).toBe(409);
    expect((await as('requester').get(`requests/${draft.id}`)).json().justification).toBe('v2');
  });

  it('hides internal comments from the requester', async () => {
    const request = await submit('Software License');
    expect(
      (
        await as('agent').post(`requests/${request.id}/comments`, {
          body: 'Check licence pool first',
          visibility: 'internal',
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (await as('agent').post(`requests/${request.id}/comments`, { body: 'We are on it' }))
        .statusCode,
    ).toBe(201);
    expect(
      (
        await as('requester').post(`requests/${request.id}/comments`, {
          body: 'sneaky',
          visibility: 'internal',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await as('auditor').post(`requests/${request.id}/comments`, { body: 'auditors only read' }))
        .statusCode,
    ).toBe(403);
    const seen = (await as('requester').get(`requests/${request.id}/comments`))
      .json()
      .items.map((c: { body: string }) => c.body);
    expect(seen).toEqual(['We are on it']);
    const agentSees = (await as('agent').get(`requests/${request.id}`))
      .json()
      .comments.map((c: { body: string }) => c.body);
    expect(agentSees).toEqual(['Check licence pool first', 'We are on it']);
  });

  it('rejects form data that does not match the item form with 400 and every path', async () => {
    const item = items['Laptop Request'];
    const response = await as('requester').post('requests', {
      itemId: item.id,
      formData: { unexpected: 1 },
      priority: 'urgent',
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toContain('/priority');
  });

  it("answers another tenant's request, approval and task ids with 404", async () => {
    const request = await submit('Laptop Request');
    const [approval] = await pendingFor('approver', request.id);
    const globex = (await t.login('admin@globex.test')).accessToken;
    const globexApprover = (await t.login('approver@globex.test')).accessToken;
    const foreign = (token: string, method: 'GET' | 'POST', url: string, payload?: object) =>
      t.request({ method, url: `/api/v1/${url}`, token, payload });
    expect((await foreign(globex, 'GET', `requests/${request.id}`)).statusCode).toBe(404);
    expect((await foreign(globex, 'POST', `requests/${request.id}/cancel`, {})).statusCode).toBe(
      404,
    );
    expect(
      (await foreign(globex, 'POST', `requests/${request.id}/comments`, { body: 'hi' })).statusCode,
    ).toBe(404);
    expect(
      (await foreign(globexApprover, 'POST', `approvals/${approval.id}/approve`, {})).statusCode,
    ).toBe(404);
    expect((await foreign(globex, 'GET', `approvals/${approval.id}`)).statusCode).toBe(404);
    // And a requester cannot see someone else's request in their own tenant either.
    const other = (await t.login('agent@acme.test')).accessToken;
    const theirs = await t.request({
      method: 'POST',
      url: '/api/v1/requests',
      token: other,
      payload: {
        itemId: items['Software License'].id,
        formData: validFormData(items['Software License'].formSchema),
      },
    });
    expect((await as('requester').get(`requests/${theirs.json().id}`)).statusCode).toBe(404);
  });

  it('decides many approvals in bulk with an outcome per id', async () => {
    const a = await submit('New User Account');
    const b = await submit('New User Account');
    const [first] = await pendingFor('approver', a.id);
    const [second] = await pendingFor('approver', b.id);
    const missing = '00000000-0000-4000-8000-000000000000';
    const response = await as('approver').post('approvals/bulk', {
      ids: [first.id, missing, second.id],
      decision: 'approve',
    });
    expect(response.statusCode).toBe(200);
    expect(
      response.json().results.map((r: { ok: boolean; status: number }) => [r.ok, r.status]),
    ).toEqual([
      [true, 200],
      [false, 404],
      [true, 200],
    ]);
    expect((await as('requester').get(`requests/${a.id}`)).json().status).toBe('in_progress');
  });
});
