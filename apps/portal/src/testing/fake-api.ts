import type { Schemas } from '@trellis/api-client';

type Handler = (request: Request) => Response | Promise<Response>;

/** `"GET /api/v1/auth/me"` -> handler; a handler may be a list, answered in turn (last repeats). */
export type FakeRoutes = Record<string, Handler | Handler[]>;

export const TEST_ORIGIN = 'http://localhost';

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

export function problem(status: number, detail: string): Response {
  return json({ type: 'about:blank', title: 'Error', status, detail }, status);
}

/** A fetch that answers from `routes` and records what it was asked; anything else is a 404. */
export function createFakeFetch(routes: FakeRoutes) {
  const requests: Request[] = [];
  const served = new Map<string, number>();
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push(request.clone());
    const key = `${request.method} ${new URL(request.url).pathname}`;
    const route = routes[key];
    if (!route) return problem(404, `No fake for ${key}`);
    if (!Array.isArray(route)) return route(request);
    const index = served.get(key) ?? 0;
    served.set(key, index + 1);
    const handler = route[Math.min(index, route.length - 1)];
    return handler ? handler(request) : problem(404, `No fake for ${key}`);
  };
  return { fetch, requests };
}

type Me = Schemas['Me'];
type Role = Me['roles'][number];

export function fakeMe(roles: Role[], overrides: Partial<Me> = {}): Me {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    email: 'morgan@acme.test',
    name: 'Morgan Example',
    roles,
    permissions: [],
    via: 'user',
    tenant: { id: '00000000-0000-4000-8000-0000000000aa', slug: 'acme', name: 'Acme Corporation' },
    ...overrides,
  };
}

export const SIGNED_IN = { accessToken: 'access-1', refreshToken: 'refresh-1' };
