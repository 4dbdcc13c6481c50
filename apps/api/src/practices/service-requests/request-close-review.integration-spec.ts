import type { TestApp } from '../../testing/test-app';
import { createTestApp } from '../../testing/test-app';
import { fulfilRequest } from '../../testing/request-factory';

describe('closing a request and sharing the rating as a review', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const api = (who: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    t.request({ method, url: `/api/v1/${url}`, token: tokens[who], payload });

  beforeAll(async () => {
    t = await createTestApp();
    for (const who of ['requester', 'approver', 'agent'])
      tokens[who] = (await t.login(`${who}@acme.test`)).accessToken;
  });
  afterAll(() => t.close());

  it('closes the request and publishes the review on the item in one go', async () => {
    const request = await fulfilRequest(t, tokens, 'Software License');
    const text = `Shared on close ${Date.now().toString(36)}`;
    const closed = await api('requester', 'POST', `requests/${request.id}/close`, {
      rating: 5,
      feedback: text,
      shareAsReview: true,
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', rating: 5, feedback: text });
    const reviews = await api(
      'requester',
      'GET',
      `catalog/items/${request.itemId}/reviews?limit=200`,
    );
    expect(reviews.json().items).toEqual(
      expect.arrayContaining([expect.objectContaining({ requestId: request.id, rating: 5, text })]),
    );
  });

  it('refuses to share a review without feedback, and then closes nothing', async () => {
    const request = await fulfilRequest(t, tokens, 'Software License');
    const refused = await api('requester', 'POST', `requests/${request.id}/close`, {
      rating: 4,
      feedback: '   ',
      shareAsReview: true,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([expect.objectContaining({ path: '/feedback' })]);
    expect((await api('requester', 'GET', `requests/${request.id}`)).json().status).toBe(
      'fulfilled',
    );
  });
});
