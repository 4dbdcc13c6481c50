import type { TestApp } from '../testing/test-app';
import { createTestApp } from '../testing/test-app';

describe('platform', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers liveness and readiness (database reachable) without credentials', async () => {
    const live = await t.request({ method: 'GET', url: '/api/health' });
    expect(live.statusCode).toBe(200);
    const ready = await t.request({ method: 'GET', url: '/api/health/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('keeps a safe caller-supplied request id, replaces an unsafe one, and reports it in problems', async () => {
    const kept = await t.request({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { 'x-request-id': 'trace-123' },
    });
    expect(kept.headers['x-request-id']).toBe('trace-123');
    expect(kept.json().requestId).toBe('trace-123');
    const replaced = await t.request({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { 'x-request-id': 'bad\nid' },
    });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(replaced.json().requestId).toBe(replaced.headers['x-request-id']);
  });

  it('sends security headers', async () => {
    const response = await t.request({ method: 'GET', url: '/api/health' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['strict-transport-security']).toBeDefined();
  });

  it('answers an unknown API route with 404 problem details', async () => {
    for (const method of ['GET', 'POST'] as const) {
      const response = await t.request({ method, url: '/api/v1/does-not-exist' });
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('serves the OpenAPI document and the Swagger UI', async () => {
    const spec = await t.request({ method: 'GET', url: '/api/openapi.json' });
    expect(spec.statusCode).toBe(200);
    expect(spec.json().openapi).toBe('3.1.0');
    expect((await t.request({ method: 'GET', url: '/api/docs' })).statusCode).toBe(200);
  });
});
