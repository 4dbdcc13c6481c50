import { Client } from 'pg';
import type { CatalogItemJson } from '../../../testing/catalog-factory';
import { CatalogFactory } from '../../../testing/catalog-factory';
import type { RequestJson } from '../../../testing/request-factory';
import {
  findItem,
  fulfilRequest,
  orderRequest,
  submitRequest,
} from '../../../testing/request-factory';
import type { TestApp } from '../../../testing/test-app';
import { createTestApp } from '../../../testing/test-app';

interface ReviewJson {
  id: string;
  itemId: string;
  requestId: string;
  requestNumber: string;
  authorId: string;
  authorName: string;
  rating: number;
  text: string;
  createdAt: string;
}

describe('catalog item reviews', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const globex: Record<string, string> = {};
  let factory: CatalogFactory;
  /** A fresh item with no approval policy: its requests go straight to fulfilment. */
  let item: CatalogItemJson;

  beforeAll(async () => {
    t = await createTestApp();
    for (const who of ['requester', 'approver', 'agent', 'admin', 'changes', 'auditor']) {
      tokens[who] = (await t.login(`${who}@acme.test`)).accessToken;
    }
    for (const who of ['requester', 'agent']) {
      globex[who] = (await t.login(`${who}@globex.test`)).accessToken;
    }
    factory = new CatalogFactory(t, tokens.admin);
    item = await factory.published();
  });
  afterAll(() => t.close());

  const review = (itemId: string, payload: object, who = 'requester', headers = {}) =>
    t.request({
      method: 'POST',
      url: `/api/v1/catalog/items/${itemId}/reviews`,
      token: tokens[who] ?? who,
      payload,
      headers,
    });
  const reviews = async (itemId: string, query = '', token = tokens.requester) => {
    const response = await t.request({
      method: 'GET',
      url: `/api/v1/catalog/items/${itemId}/reviews${query}`,
      token,
    });
    expect(response.statusCode).toBe(200);
    return response.json<{ items: ReviewJson[]; nextCursor: string | null }>();
  };
  const rating = async (itemId: string) => {
    const response = await t.request({
      method: 'GET',
      url: `/api/v1/catalog/items/${itemId}`,
      token: tokens.requester,
    });
    const { ratingAverage, ratingCount } = response.json();
    return { ratingAverage, ratingCount };
  };
  const userId = async (who: string) =>
    (await t.request({ method: 'GET', url: '/api/v1/auth/me', token: tokens[who] })).json().id;

  it('lets the requester review a fulfilled request, and the item shows the average and count', async () => {
    const reviewed = await factory.published();
    expect(await rating(reviewed.id)).toEqual({ ratingAverage: null, ratingCount: 0 });
    const first = await fulfilRequest(t, tokens, reviewed.name);
    const second = await fulfilRequest(t, tokens, reviewed.name);

    const created = await review(reviewed.id, {
      requestId: first.id,
      rating: 5,
      text: '  Quick and friendly  ',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      itemId: reviewed.id,
      requestId: first.id,
      requestNumber: first.number,
      authorId: await userId('requester'),
      authorName: 'Riley Requester',
      rating: 5,
      text: 'Quick and friendly',
    });
    expect(
      (await review(reviewed.id, { requestId: second.id, rating: 4, text: 'Took a day longer' }))
        .statusCode,
    ).toBe(201);
    // 4.5 exactly; a third review of 4 makes 13/3, shown to one decimal.
    expect(await rating(reviewed.id)).toEqual({ ratingAverage: 4.5, ratingCount: 2 });
    const third = await fulfilRequest(t, tokens, reviewed.name);
    expect(
      (await review(reviewed.id, { requestId: third.id, rating: 4, text: 'Fine' })).statusCode,
    ).toBe(201);
    expect(await rating(reviewed.id)).toEqual({ ratingAverage: 4.3, ratingCount: 3 });

    const list = await reviews(reviewed.id);
    expect(list.items.map((r) => [r.requestNumber, r.rating, r.text])).toEqual([
      [third.number, 4, 'Fine'],
      [second.number, 4, 'Took a day longer'],
      [first.number, 5, 'Quick and friendly'],
    ]);
    expect(list.nextCursor).toBeNull();
    // The catalog list carries the same figures.
    let summary: { ratingAverage: number; ratingCount: number } | undefined;
    for (let cursor: string | null = ''; !summary && cursor !== null;) {
      const page = await t.request({
        method: 'GET',
        url: `/api/v1/catalog/items?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        token: tokens.requester,
      });
      summary = page.json().items.find((i: { id: string }) => i.id === reviewed.id);
      cursor = page.json().nextCursor;
    }
    expect(summary).toMatchObject({ ratingAverage: 4.3, ratingCount: 3 });
  });

  it('lists reviews newest first, a page at a time', async () => {
    const paged = await factory.published();
    const numbers: string[] = [];
    for (const stars of [3, 4, 5]) {
      const request = await fulfilRequest(t, tokens, paged.name);
      numbers.unshift(request.number);
      expect(
        (await review(paged.id, { requestId: request.id, rating: stars, text: `${stars} stars` }))
          .statusCode,
      ).toBe(201);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await reviews(
        paged.id,
        `?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(page.items.length).toBeLessThanOrEqual(1);
      seen.push(...page.items.map((r) => r.requestNumber));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(numbers);
    const forged = Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url');
    const bad = await t.request({
      method: 'GET',
      url: `/api/v1/catalog/items/${paged.id}/reviews?cursor=${forged}`,
      token: tokens.requester,
    });
    expect(bad.statusCode).toBe(400);
  });

  it('lets the person a request was raised for review it, once for the request', async () => {
    const request = await fulfilRequest(t, tokens, item.name, {
      body: { requestedForId: await userId('approver') },
    });
    const before = await rating(item.id);
    const theirs = await review(
      item.id,
      { requestId: request.id, rating: 3, text: 'It works' },
      'approver',
    );
    expect(theirs.statusCode).toBe(201);
    expect(theirs.json().authorName).toBe('Avery Approver');
    const again = await review(item.id, {
      requestId: request.id,
      rating: 5,
      text: 'Actually great',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toMatch(/already been reviewed/);
    expect(await rating(item.id)).toEqual({
      ratingAverage: expect.any(Number),
      ratingCount: before.ratingCount + 1,
    });
  });

  it('refuses a second review of the same request, even when both arrive at once', async () => {
    const request = await fulfilRequest(t, tokens, item.name);
    const before = await rating(item.id);
    const results = await Promise.all(
      [5, 1].map((stars) => review(item.id, { requestId: request.id, rating: stars, text: 'Hm' })),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect((await rating(item.id)).ratingCount).toBe(before.ratingCount + 1);
    const mine = (await reviews(item.id, '?limit=200')).items.filter(
      (r) => r.requestId === request.id,
    );
    expect(mine).toHaveLength(1);
  });

  it('replays a retried review with the same Idempotency-Key instead of refusing it', async () => {
    const request = await fulfilRequest(t, tokens, item.name);
    const body = { requestId: request.id, rating: 4, text: 'Good' };
    const key = { 'idempotency-key': `review-${request.id}` };
    const first = await review(item.id, body, 'requester', key);
    const retry = await review(item.id, body, 'requester', key);
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.json().id).toBe(first.json().id);
  });

  it('refuses a review before the request is fulfilled with 409, and records nothing', async () => {
    const before = await rating(item.id);
    const draft = await orderRequest(t, tokens, item.name);
    const refused = await review(item.id, { requestId: draft.id, rating: 5, text: 'Early' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toMatch(/fulfilled or closed.*a draft/);
    // Submitted to an item with no approval policy: in progress, with tasks to do.
    const working = await submitRequest(t, tokens, item.name);
    expect(working.status).toBe('in_progress');
    const stillRefused = await review(item.id, { requestId: working.id, rating: 5, text: 'Early' });
    expect(stillRefused.statusCode).toBe(409);
    expect(stillRefused.json().detail).toMatch(/in progress/);
    expect(await rating(item.id)).toEqual(before);
  });

  it('accepts a review of a closed request', async () => {
    const request = await fulfilRequest(t, tokens, item.name);
    const closed = await t.request({
      method: 'POST',
      url: `/api/v1/requests/${request.id}/close`,
      token: tokens.requester,
      payload: { rating: 5, feedback: 'Thanks' },
    });
    expect(closed.json().status).toBe('closed');
    const created = await review(item.id, { requestId: request.id, rating: 5, text: 'Great' });
    expect(created.statusCode).toBe(201);
    const detail = await t.request({
      method: 'GET',
      url: `/api/v1/requests/${request.id}`,
      token: tokens.requester,
    });
    expect(detail.json().timeline.map((e: { kind: string }) => e.kind)).toContain('reviewed');
  });

  it("answers someone else's request with 404, or 403 to those who may read it", async () => {
    const request = await fulfilRequest(t, tokens, item.name);
    const body = { requestId: request.id, rating: 1, text: 'Not mine' };
    // The approver was not asked on it and cannot read every request: it does not exist for them.
    const hidden = await review(item.id, body, 'approver');
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().detail).toBe('Request not found');
    // An agent sees every request, but did not order this one.
    expect((await review(item.id, body, 'agent')).statusCode).toBe(403);
    // Nor does an auditor, who reads every request too.
    expect((await review(item.id, body, 'auditor')).statusCode).toBe(403);
    expect((await reviews(item.id, '?limit=200')).items.map((r) => r.requestId)).not.toContain(
      request.id,
    );
  });

  it('refuses a request for another item with 400', async () => {
    const other = await factory.published();
    const request = await fulfilRequest(t, tokens, other.name);
    const response = await review(item.id, { requestId: request.id, rating: 4, text: 'Wrong' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { path: '/requestId', message: 'is a request for another catalog item' },
    ]);
  });

  it('reviews a demo item after two approval levels and dependent tasks', async () => {
    const laptop = await findItem(t, tokens.requester, 'Laptop Request');
    const before = await rating(laptop.id);
    const request = await fulfilRequest(t, tokens, 'Laptop Request');
    expect(request.approvals.filter((a) => a.status === 'approved').length).toBe(2);
    expect(
      (await review(laptop.id, { requestId: request.id, rating: 4, text: 'Solid machine' }))
        .statusCode,
    ).toBe(201);
    expect((await rating(laptop.id)).ratingCount).toBe(before.ratingCount + 1);
  });

  it("answers another tenant's item and request ids with 404", async () => {
    const request = await fulfilRequest(t, tokens, item.name);
    const globexItem = await findItem(t, globex.requester, 'VPN Access');
    const body = { requestId: request.id, rating: 5, text: 'From elsewhere' };
    const missingItem = await review('00000000-0000-4000-8000-000000000000', body);
    const foreignItem = await review(item.id, body, globex.requester);
    expect(foreignItem.statusCode).toBe(404);
    expect(foreignItem.json().detail).toBe(missingItem.json().detail);
    expect((await review(globexItem.id, body, globex.requester)).statusCode).toBe(404);
    const foreignList = await t.request({
      method: 'GET',
      url: `/api/v1/catalog/items/${item.id}/reviews`,
      token: globex.requester,
    });
    expect(foreignList.statusCode).toBe(404);
    // And the acme requester cannot review through a globex item either.
    expect((await review(globexItem.id, body)).statusCode).toBe(404);
  });

  it('hides the reviews of an unpublished item from those who cannot manage the catalog', async () => {
    const draft = await factory.draft();
    const hidden = await t.request({
      method: 'GET',
      url: `/api/v1/catalog/items/${draft.id}/reviews`,
      token: tokens.requester,
    });
    expect(hidden.statusCode).toBe(404);
    expect((await reviews(draft.id, '', tokens.admin)).items).toEqual([]);
  });

  it.each([
    ['a rating below 1', { rating: 0 }, '/rating'],
    ['a rating above 5', { rating: 6 }, '/rating'],
    ['a fractional rating', { rating: 4.5 }, '/rating'],
    ['a rating as text', { rating: '5' }, '/rating'],
    ['no text', { text: undefined }, '/text'],
    ['blank text', { text: '   ' }, '/text'],
    ['text that is too long', { text: 'x'.repeat(4001) }, '/text'],
    ['a request id that is not a uuid', { requestId: 'REQ-000001' }, '/requestId'],
    ['an unknown field', { stars: 5 }, '/stars'],
  ])('refuses %s with 400 and its path', async (_name, change, path) => {
    const body = {
      requestId: '00000000-0000-4000-8000-000000000000',
      rating: 5,
      text: 'Fine',
      ...change,
    };
    const response = await review(item.id, body);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
  });

  it('refuses an item id that is not a uuid with 400', async () => {
    const response = await review('not-a-uuid', {
      requestId: '00000000-0000-4000-8000-000000000000',
      rating: 5,
      text: 'Fine',
    });
    expect(response.statusCode).toBe(400);
  });

  it('audits the review and announces it in the outbox, in the same transaction', async () => {
    const request: RequestJson = await fulfilRequest(t, tokens, item.name);
    const created = await review(item.id, { requestId: request.id, rating: 2, text: 'Slow' });
    expect(created.statusCode).toBe(201);
    const reviewId = created.json().id;
    const owner = new Client({ connectionString: process.env.TRELLIS_TEST_DB_URL });
    await owner.connect();
    try {
      // The owner is subject to forced row-level security too: enter the tenant first.
      const tenantId = (
        await t.request({ method: 'GET', url: '/api/v1/auth/me', token: tokens.requester })
      ).json().tenant.id;
      await owner.query(`BEGIN; SELECT set_config('app.tenant_id', '${tenantId}', true)`);
      const audit = await owner.query(
        `SELECT action, after FROM audit_events WHERE entity_type = 'catalog_item_review' AND entity_id = $1`,
        [reviewId],
      );
      expect(audit.rows).toEqual([
        {
          action: 'catalog_item.reviewed',
          after: expect.objectContaining({ itemId: item.id, requestId: request.id, rating: 2 }),
        },
      ]);
      const events = await owner.query(
        `SELECT aggregate_id, payload FROM outbox_events WHERE event_type = 'catalog.review_added'
            AND payload ->> 'reviewId' = $1`,
        [reviewId],
      );
      expect(events.rows).toEqual([
        {
          aggregate_id: item.id,
          payload: expect.objectContaining({ requestNumber: request.number, rating: 2 }),
        },
      ]);
      await owner.query('ROLLBACK');
    } finally {
      await owner.end();
    }
  });
});
