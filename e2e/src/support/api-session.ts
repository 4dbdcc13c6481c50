import type { APIRequestContext } from '@playwright/test';
import { expect } from './fixtures';
import type { Persona } from './personas';
import { PASSWORD, TENANT } from './personas';

/** Calls the API as a persona, through Playwright's `request` fixture (no browser). */
export interface ApiSession {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
}

export async function apiSession(
  request: APIRequestContext,
  persona: Persona,
): Promise<ApiSession> {
  const login = await request.post('/api/v1/auth/login', {
    data: { tenant: TENANT, email: persona.email, password: PASSWORD },
  });
  expect(login.status(), await login.text()).toBe(200);
  const { accessToken } = (await login.json()) as { accessToken: string };
  const headers = { authorization: `Bearer ${accessToken}` };
  return {
    async get<T>(path: string) {
      const response = await request.get(path, { headers });
      expect(response.status(), `GET ${path}: ${await response.text()}`).toBe(200);
      return (await response.json()) as T;
    },
    async post<T>(path: string, body: unknown) {
      const response = await request.post(path, { headers, data: body });
      expect(response.status(), `POST ${path}: ${await response.text()}`).toBeLessThan(300);
      return (await response.json()) as T;
    },
  };
}

interface Created {
  id: string;
  number: string;
  version: number;
  status: string;
}

/**
 * A New User Account request of its own, raised by the requester and approved by their manager
 * (the item's policy has one level), so its four tasks are waiting on the board.
 */
export async function approvedNewUserAccount(
  request: APIRequestContext,
  requester: Persona,
  approver: Persona,
  firstName: string,
): Promise<Created> {
  const asRequester = await apiSession(request, requester);
  const items = await asRequester.get<{ items: { id: string; name: string }[] }>(
    '/api/v1/catalog/items?q=New%20User%20Account&limit=50',
  );
  const item = items.items.find((candidate) => candidate.name === 'New User Account');
  expect(item, 'the demo catalog has New User Account').toBeDefined();
  const draft = await asRequester.post<Created>('/api/v1/requests', {
    itemId: item?.id,
    priority: 'high',
    justification: `${firstName} joins next week.`,
    formData: {
      firstName,
      lastName: 'Board',
      department: 'Operations',
      startDate: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
    },
  });
  const submitted = await asRequester.post<Created>(`/api/v1/requests/${draft.id}/submit`, {
    version: draft.version,
  });
  expect(submitted.status).toBe('pending_approval');

  const asApprover = await apiSession(request, approver);
  const queue = await asApprover.get<{
    items: { id: string; requestId: string; version: number }[];
  }>('/api/v1/approvals?status=pending&limit=200');
  const approval = queue.items.find((candidate) => candidate.requestId === draft.id);
  expect(approval, 'the manager is asked to approve').toBeDefined();
  await asApprover.post(`/api/v1/approvals/${approval?.id}/approve`, {
    version: approval?.version,
  });
  return submitted;
}
