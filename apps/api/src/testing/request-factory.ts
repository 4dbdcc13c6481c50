import { validFormData } from './form-data-factory';
import type { TestApp } from './test-app';

/** Access tokens by demo persona (`requester`, `approver`, `changes`, `admin`, `agent`, ...). */
export type PersonaTokens = Readonly<Record<string, string>>;

export interface RequestJson {
  id: string;
  number: string;
  itemId: string;
  status: string;
  version: number;
  approvals: { id: string; status: string; approverId: string; levelIndex: number }[];
  tasks: { id: string; status: string }[];
  [field: string]: unknown;
}

export interface OrderOptions {
  /** The persona who orders (default `requester`). */
  as?: string;
  /** Extra fields of `POST requests` (e.g. `requestedForId`). */
  body?: Record<string, unknown>;
}

async function call(
  t: TestApp,
  token: string,
  method: 'GET' | 'POST',
  url: string,
  payload?: object,
): Promise<unknown> {
  const response = await t.request({ method, url: `/api/v1/${url}`, token, payload });
  if (response.statusCode >= 300)
    throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  return response.json();
}

const userIds = new Map<string, string>();
async function userIdOf(t: TestApp, token: string): Promise<string> {
  let id = userIds.get(token);
  if (!id) {
    id = ((await call(t, token, 'GET', 'auth/me')) as { id: string }).id;
    userIds.set(token, id);
  }
  return id;
}

function tokenOf(tokens: PersonaTokens, persona: string): string {
  const token = tokens[persona];
  if (!token) throw new Error(`no token for ${persona}: sign them in first`);
  return token;
}

/** A published item by exact name: the catalog search first, else every page of the list. */
export async function findItem(
  t: TestApp,
  token: string,
  name: string,
): Promise<{ id: string; formSchema: Record<string, unknown> }> {
  type Page = { items: { id: string; name: string }[]; nextCursor: string | null };
  const search = (await call(
    t,
    token,
    'GET',
    `catalog/items?q=${encodeURIComponent(name)}&limit=200`,
  )) as Page;
  let summary = search.items.find((i) => i.name === name);
  // Full-text search splits names like "Test item k3x-12-4" unpredictably; the list does not.
  for (let cursor: string | null = ''; !summary && cursor !== null;) {
    const page = (await call(
      t,
      token,
      'GET',
      `catalog/items?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    )) as Page;
    summary = page.items.find((i) => i.name === name);
    cursor = page.nextCursor;
  }
  if (!summary) throw new Error(`no published catalog item named ${name}`);
  return (await call(t, token, 'GET', `catalog/items/${summary.id}`)) as {
    id: string;
    formSchema: Record<string, unknown>;
  };
}

/** A draft request for the item, with form data that satisfies its form. */
export async function orderRequest(
  t: TestApp,
  tokens: PersonaTokens,
  itemName: string,
  options: OrderOptions = {},
): Promise<RequestJson> {
  const token = tokenOf(tokens, options.as ?? 'requester');
  const item = await findItem(t, token, itemName);
  return (await call(t, token, 'POST', 'requests', {
    itemId: item.id,
    formData: validFormData(item.formSchema),
    justification: 'Needed for work',
    ...options.body,
  })) as RequestJson;
}

/** Ordered and submitted: pending approval, or in progress for an item with no approval policy. */
export async function submitRequest(
  t: TestApp,
  tokens: PersonaTokens,
  itemName: string,
  options: OrderOptions = {},
): Promise<RequestJson> {
  const draft = await orderRequest(t, tokens, itemName, options);
  return (await call(
    t,
    tokenOf(tokens, options.as ?? 'requester'),
    'POST',
    `requests/${draft.id}/submit`,
    {
      version: draft.version,
    },
  )) as RequestJson;
}

/**
 * Drives a request through the real API to `fulfilled`: ordered and submitted by the requester,
 * every pending approval approved by whichever signed-in persona it was assigned to, level by
 * level, and every task started and completed by the agent as it opens. `tokens` needs `agent`,
 * the orderer, and the approvers the item's policy asks (for the demo items: `approver`,
 * `changes`, `admin`).
 */
export async function fulfilRequest(
  t: TestApp,
  tokens: PersonaTokens,
  itemName: string,
  options: OrderOptions = {},
): Promise<RequestJson> {
  const agent = tokenOf(tokens, 'agent');
  let request = await submitRequest(t, tokens, itemName, options);
  const read = async () => (await call(t, agent, 'GET', `requests/${request.id}`)) as RequestJson;

  const personaOf = new Map<string, string>();
  for (const [persona, token] of Object.entries(tokens)) {
    personaOf.set(await userIdOf(t, token), persona);
  }
  for (let level = 0; request.status === 'pending_approval'; level += 1) {
    if (level > 10) throw new Error(`request ${request.number} is stuck in approval`);
    for (const approval of request.approvals.filter((a) => a.status === 'pending')) {
      // Earlier approvals of the level may already have settled it (n-of-m): the rest are then
      // not_required, so re-read before each decision.
      const current = (await read()).approvals.find((a) => a.id === approval.id);
      if (current?.status !== 'pending') continue;
      const persona = personaOf.get(approval.approverId);
      if (!persona) throw new Error(`approval ${approval.id} is assigned to nobody signed in`);
      await call(t, tokenOf(tokens, persona), 'POST', `approvals/${approval.id}/approve`, {});
    }
    request = await read();
  }

  for (let round = 0; request.status === 'in_progress'; round += 1) {
    if (round > 20) throw new Error(`request ${request.number} never became fulfilled`);
    for (const task of request.tasks.filter(
      (x) => x.status === 'open' || x.status === 'in_progress',
    )) {
      if (task.status === 'open') await call(t, agent, 'POST', `tasks/${task.id}/start`, {});
      await call(t, agent, 'POST', `tasks/${task.id}/complete`, {});
    }
    request = await read();
  }
  if (request.status !== 'fulfilled')
    throw new Error(`request ${request.number} ended ${request.status}, not fulfilled`);
  return request;
}
