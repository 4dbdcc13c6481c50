import type { APIRequestContext } from '@playwright/test';
import { expect } from './fixtures';
import type { Persona } from './personas';
import { PASSWORD, PERSONAS, TENANT } from './personas';

/**
 * Test data made through the API, as each persona would make it in the portal: specs create the
 * requests they use, so no spec depends on another's leftovers (or on the demo requests).
 */

interface RequestView {
  id: string;
  number: string;
  status: string;
  version: number;
  currentApprovalLevel: number | null;
  approvals: { id: string; status: string; approverId: string; levelIndex: number }[];
  tasks: { id: string; status: string; assigneeId: string | null }[];
}

/** Answers the demo items' forms accept (as in apps/api/src/seed/demo-request-plans.ts). */
export const ORDERS = {
  /** Two approval levels: the requester's manager (approver@), then a change manager. */
  laptop: {
    item: 'Laptop Request',
    formData: {
      model: 'MacBook Pro 14"',
      ram: 32,
      storage: 1024,
      reason: 'Replacement: end of life',
      accessories: ['USB-C dock'],
    },
  },
  /** One approval level: the requester's manager (approver@). */
  license: {
    item: 'Software License',
    formData: {
      software: 'Figma Professional',
      licenseType: 'named user',
      quantity: 1,
      term: '12 months',
      businessReason: 'Design reviews with the product team are moving to Figma.',
    },
  },
} as const;

export type Order = keyof typeof ORDERS;

export class TrellisApi {
  private readonly tokens = new Map<string, string>();

  constructor(private readonly http: APIRequestContext) {}

  private async token(persona: Persona): Promise<string> {
    const known = this.tokens.get(persona.key);
    if (known) return known;
    const response = await this.http.post('/api/v1/auth/login', {
      data: { tenant: TENANT, email: persona.email, password: PASSWORD },
    });
    expect(response.status(), await response.text()).toBe(200);
    const { accessToken } = (await response.json()) as { accessToken: string };
    this.tokens.set(persona.key, accessToken);
    return accessToken;
  }

  async call<T>(
    persona: Persona,
    method: 'GET' | 'POST' | 'PATCH',
    path: string,
    data?: unknown,
  ): Promise<T> {
    const response = await this.http.fetch(`/api/v1/${path}`, {
      method,
      headers: { authorization: `Bearer ${await this.token(persona)}` },
      data,
    });
    expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
    return (response.status() === 204 ? undefined : await response.json()) as T;
  }

  /** The requester orders `order` and submits it; it then waits for its first approval level. */
  async submitRequest(order: Order, justification: string): Promise<RequestView> {
    const { item, formData } = ORDERS[order];
    const requester = PERSONAS.requester;
    const items = await this.call<{ items: { id: string; name: string }[] }>(
      requester,
      'GET',
      `catalog/items?q=${encodeURIComponent(item)}`,
    );
    const itemId = items.items.find((i) => i.name === item)?.id;
    expect(itemId, `catalog item ${item}`).toBeDefined();
    const draft = await this.call<RequestView>(requester, 'POST', 'requests', {
      itemId,
      formData,
      priority: 'medium',
      justification,
    });
    return this.call<RequestView>(requester, 'POST', `requests/${draft.id}/submit`, {
      version: draft.version,
    });
  }

  getRequest(id: string, persona: Persona = PERSONAS.requester): Promise<RequestView> {
    return this.call<RequestView>(persona, 'GET', `requests/${id}`);
  }

  /** The approver approves their pending approval on the request. */
  async approveAsApprover(requestId: string): Promise<void> {
    const approver = PERSONAS.approver;
    const queue = await this.call<{ items: { id: string; requestId: string }[] }>(
      approver,
      'GET',
      'approvals?status=pending&limit=200',
    );
    const mine = queue.items.find((a) => a.requestId === requestId);
    expect(mine, `a pending approval on ${requestId}`).toBeDefined();
    await this.call(approver, 'POST', `approvals/${mine?.id}/approve`, {});
  }

  /** The agent claims, starts, ticks and completes every task as it opens, until none is left. */
  async fulfilAsAgent(requestId: string): Promise<void> {
    const agent = PERSONAS.agent;
    const me = await this.call<{ id: string }>(agent, 'GET', 'auth/me');
    for (let round = 0; round < 10; round += 1) {
      const request = await this.getRequest(requestId, agent);
      const open = request.tasks.filter((t) => t.status === 'open');
      if (request.status === 'fulfilled') return;
      for (const task of open) {
        if (task.assigneeId !== me.id) await this.call(agent, 'POST', `tasks/${task.id}/claim`, {});
        await this.call(agent, 'POST', `tasks/${task.id}/start`, {});
        const full = await this.call<{ checklist: { id: string }[] }>(
          agent,
          'GET',
          `tasks/${task.id}`,
        );
        for (const check of full.checklist) {
          await this.call(agent, 'PATCH', `tasks/${task.id}/checklist/${check.id}`, {
            done: true,
          });
        }
        await this.call(agent, 'POST', `tasks/${task.id}/complete`, {});
      }
    }
    throw new Error(`the tasks of ${requestId} did not finish`);
  }
}
