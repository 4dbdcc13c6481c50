import { createTrellisClient } from '@trellis/api-client';
import { describe, expect, it } from 'vitest';
import { queryKeys } from './query-keys';

// The keys are only useful if they are prefixes of what openapi-react-query generates.
describe('queryKeys', () => {
  const client = createTrellisClient({
    baseUrl: 'http://localhost',
    tokens: { get: () => null, set: () => undefined },
  });

  it('match the keys the generated hooks use', () => {
    expect(client.query.queryOptions('get', '/api/v1/auth/me').queryKey).toEqual(queryKeys.me);
    const users = client.query.queryOptions('get', '/api/v1/users', {
      params: { query: { limit: 10 } },
    }).queryKey;
    expect(users.slice(0, 2)).toEqual(queryKeys.users);
    const events = client.query.queryOptions('get', '/api/v1/audit-events', {}).queryKey;
    expect(events.slice(0, 2)).toEqual(queryKeys.auditEvents);
    const categories = client.query.queryOptions('get', '/api/v1/catalog/categories').queryKey;
    expect(categories.slice(0, 2)).toEqual(queryKeys.catalogCategories);
    const items = client.query.queryOptions('get', '/api/v1/catalog/items', {
      params: { query: { q: 'lap' } },
    }).queryKey;
    expect(items.slice(0, 2)).toEqual(queryKeys.catalogItems);
  });
});
