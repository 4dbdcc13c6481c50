import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Role } from '@trellis/domain';
import { CLS_ID, ClsService } from 'nestjs-cls';
import type { DataSource } from 'typeorm';
import type { Principal, RequestContext } from '../platform/tenancy/request-context';
import { inTenantTransaction } from '../platform/tenancy/tenant-transaction';
import { ApprovalsService } from '../practices/approvals/approvals.service';
import { TasksService } from '../practices/fulfillment/tasks.service';
import { CatalogReviewsService } from '../practices/service-catalog/reviews/catalog-reviews.service';
import type { RequestDto } from '../practices/service-requests/dto/request.dto';
import { RequestsService } from '../practices/service-requests/requests.service';
import type { DemoPerson, DemoRequestPlan, DemoStep } from './demo-request-plans';
import { DEMO_REQUESTS } from './demo-request-plans';
import { DEMO_TENANTS } from './demo-seed';

/** Session advisory lock class: replicas starting together seed each tenant once. */
const SEED_LOCK_CLASS = 7_254_113;

/** Audit events of the seed carry this as their request id. */
const SEED_REQUEST_ID = 'demo-seed';

interface DemoTenant {
  slug: string;
  domain: string;
}

/**
 * Demo requests in every state worth seeing (demo-request-plans.ts), for each demo tenant. They
 * are made through the real services, one transaction per step as if each step were an API call
 * by that person, so approvals, tasks, timelines, budgets, audit events and outbox events are
 * exactly what the product would have produced. A tenant that already has any request is left
 * alone, so this runs on every start with SEED_DEMO and changes nothing after the first.
 *
 * Needs the application (it runs after migrations and the SQL seed of users and the catalog).
 * Returns the number of requests created.
 */
export async function seedDemoRequests(app: INestApplicationContext): Promise<number> {
  await app.init();
  const dataSource = app.get<DataSource>(getDataSourceToken());
  let created = 0;
  for (const tenant of DEMO_TENANTS) {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock($1, hashtext($2))', [
        SEED_LOCK_CLASS,
        tenant.slug,
      ]);
      try {
        created += await new TenantRequestSeeder(app, dataSource, tenant).run();
      } finally {
        await runner.query('SELECT pg_advisory_unlock($1, hashtext($2))', [
          SEED_LOCK_CLASS,
          tenant.slug,
        ]);
      }
    } finally {
      await runner.release();
    }
  }
  return created;
}

class TenantRequestSeeder {
  private readonly cls: ClsService;
  private readonly requests: RequestsService;
  private readonly approvals: ApprovalsService;
  private readonly tasks: TasksService;
  private readonly reviews: CatalogReviewsService;
  private tenantId = '';
  private readonly people = new Map<DemoPerson, Principal>();

  constructor(
    app: INestApplicationContext,
    private readonly dataSource: DataSource,
    private readonly tenant: DemoTenant,
  ) {
    this.cls = app.get(ClsService);
    this.requests = app.get(RequestsService, { strict: false });
    this.approvals = app.get(ApprovalsService, { strict: false });
    this.tasks = app.get(TasksService, { strict: false });
    this.reviews = app.get(CatalogReviewsService, { strict: false });
  }

  async run(): Promise<number> {
    const [row]: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM tenants WHERE slug = $1`,
      [this.tenant.slug],
    );
    if (!row) return 0;
    this.tenantId = row.id;
    const state = await inTenantTransaction(this.dataSource, this.tenantId, async (m) => {
      const [{ seeded }]: { seeded: boolean }[] = await m.query(
        `SELECT EXISTS (SELECT 1 FROM service_requests WHERE tenant_id = $1) AS seeded`,
        [this.tenantId],
      );
      const users: { id: string; email: string; roles: Role[] }[] = await m.query(
        `SELECT id, email, roles FROM users WHERE tenant_id = $1 AND email LIKE '%@' || $2 AND active`,
        [this.tenantId, this.tenant.domain],
      );
      const items: { id: string; name: string }[] = await m.query(
        `SELECT id, name FROM catalog_items WHERE tenant_id = $1 AND status = 'published'`,
        [this.tenantId],
      );
      return { seeded, users, items };
    });
    if (state.seeded) return 0;
    for (const user of state.users) {
      this.people.set(user.email.split('@')[0] as DemoPerson, {
        kind: 'user',
        tenantId: this.tenantId,
        userId: user.id,
        tokenId: null,
        roles: user.roles,
      });
    }
    const itemIds = new Map(state.items.map((i) => [i.name, i.id]));
    let created = 0;
    for (const plan of DEMO_REQUESTS) {
      const itemId = itemIds.get(plan.item);
      // An item someone renamed or retired is not ordered; the rest of the demo still loads.
      if (!itemId) continue;
      await this.play(plan, itemId);
      created += 1;
    }
    return created;
  }

  private async play(plan: DemoRequestPlan, itemId: string): Promise<void> {
    const draft = await this.as('requester', () =>
      this.requests.create({
        itemId,
        formData: plan.formData,
        priority: plan.priority,
        justification: plan.justification,
        ...(plan.requestedFor ? { requestedForId: this.person(plan.requestedFor).userId } : {}),
      }),
    );
    for (const step of plan.steps) await this.step(draft.id, itemId, step);
    const outcome = await this.as('admin', () => this.requests.get(draft.id));
    if (outcome.status !== plan.status) {
      throw new Error(
        `Demo request "${plan.key}" (${this.tenant.slug}) ended ${outcome.status}, not ${plan.status}: ` +
          'the demo catalog, policies or lifecycle changed; update demo-request-plans.ts',
      );
    }
  }

  private async step(requestId: string, itemId: string, step: DemoStep): Promise<void> {
    switch (step.do) {
      case 'submit':
        await this.as('requester', () => this.requests.submit(requestId));
        return;
      case 'approve':
      case 'reject': {
        const approvalId = await this.as(step.as, async () => {
          const me = this.person(step.as).userId;
          const request = await this.requests.get(requestId);
          const mine = request.approvals.find((a) => a.status === 'pending' && a.approverId === me);
          if (!mine) throw new Error(`${step.as} has no pending approval on ${request.number}`);
          return mine.id;
        });
        await this.as(step.as, () =>
          step.do === 'approve'
            ? this.approvals.approve(approvalId, step.comment)
            : this.approvals.reject(approvalId, step.comment),
        );
        return;
      }
      case 'complete':
        await this.completeTasks(requestId, step.tasks);
        return;
      case 'start': {
        const task = (await this.detail(requestId)).tasks.find((x) => x.templateKey === step.task);
        if (!task) throw new Error(`no task ${step.task}`);
        await this.claim(task.id, task.assigneeId);
        await this.as('agent', () => this.tasks.start(task.id));
        return;
      }
      case 'comment':
        await this.as(step.as, () => this.requests.addComment(requestId, { body: step.body }));
        return;
      case 'hold':
        await this.as('agent', () => this.requests.act(requestId, 'hold'));
        return;
      case 'cancel':
        await this.as('requester', () => this.requests.cancel(requestId, step.reason));
        return;
      case 'close':
        await this.as('requester', () =>
          this.requests.close(requestId, step.rating, step.feedback),
        );
        return;
      case 'review':
        await this.as('requester', () =>
          this.reviews.create(itemId, { requestId, rating: step.rating, text: step.text }),
        );
        return;
    }
  }

  /**
   * The agent works the named tasks (or every task) as they open: claims it if someone else has
   * it, starts it, ticks its checklist, logs its estimate and completes it.
   */
  private async completeTasks(requestId: string, which: string[] | 'all'): Promise<void> {
    const wanted = (key: string) => which === 'all' || which.includes(key);
    for (let round = 0; round < 20; round += 1) {
      const open = (await this.detail(requestId)).tasks.filter(
        (x) => x.status === 'open' && wanted(x.templateKey),
      );
      if (!open.length) return;
      for (const task of open) {
        await this.claim(task.id, task.assigneeId);
        await this.as('agent', () => this.tasks.start(task.id));
        const full = await this.as('agent', () => this.tasks.get(task.id));
        for (const check of full.checklist) {
          await this.as('agent', () => this.tasks.setChecklistItem(task.id, check.id, true));
        }
        const minutes = task.estimateMinutes;
        if (minutes) await this.as('agent', () => this.tasks.addTimeEntry(task.id, { minutes }));
        await this.as('agent', () => this.tasks.complete(task.id));
      }
    }
    throw new Error(`tasks of request ${requestId} did not finish`);
  }

  private async claim(taskId: string, assigneeId: string | null): Promise<void> {
    if (assigneeId === this.person('agent').userId) return;
    await this.as('agent', () => this.tasks.claim(taskId));
  }

  private detail(requestId: string): Promise<RequestDto> {
    return this.as('agent', () => this.requests.get(requestId));
  }

  private person(who: DemoPerson): Principal {
    const principal = this.people.get(who);
    if (!principal) throw new Error(`demo user ${who}@${this.tenant.domain} is missing`);
    return principal;
  }

  /**
   * Runs `work` as `who` would run it through the API: in its own tenant transaction, with the
   * principal and transaction in the request context where TenantDb and AuditService look.
   */
  private as<T>(who: DemoPerson, work: () => Promise<T>): Promise<T> {
    const principal = this.person(who);
    return inTenantTransaction(this.dataSource, this.tenantId, (manager) =>
      this.cls.runWith<Promise<T>>(
        {
          [CLS_ID]: SEED_REQUEST_ID,
          requestId: SEED_REQUEST_ID,
          sourceIp: null,
          principal,
          manager,
        } as RequestContext,
        work,
      ),
    );
  }
}
