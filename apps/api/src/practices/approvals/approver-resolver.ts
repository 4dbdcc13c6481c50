import { Injectable } from '@nestjs/common';
import type { ApproverSpec } from '@trellis/domain';
import { TenantDb } from '../../platform/tenancy/tenant-db';

export interface ResolutionContext {
  requesterId: string;
  requestedForId: string;
  costCenterId: string | null;
}

export interface ResolvedApprover {
  /** Who is asked: the delegate when a delegation is active. */
  approverId: string;
  /** Who the policy named, when a delegation routed it elsewhere. */
  delegatedFromId: string | null;
}

/**
 * Turns a level's approver specs into people at submission time. The requester (and the person
 * the request is for) never approve their own request; a level that names nobody goes to the
 * tenant's admins. Active delegations route approvals to the delegate, once: a delegate's own
 * delegation is not followed, so delegations never chain.
 */
@Injectable()
export class ApproverResolver {
  constructor(private readonly db: TenantDb) {}

  async resolve(
    specs: readonly ApproverSpec[],
    ctx: ResolutionContext,
    at: Date,
  ): Promise<ResolvedApprover[]> {
    const named = await this.named(specs, ctx);
    const excluded = new Set([ctx.requesterId, ctx.requestedForId]);
    let people = [...new Set(named)].filter((id) => !excluded.has(id));
    if (!people.length) people = (await this.admins()).filter((id) => !excluded.has(id));
    return this.routeThroughDelegations(people, excluded, at);
  }

  private async named(specs: readonly ApproverSpec[], ctx: ResolutionContext): Promise<string[]> {
    const m = this.db.manager;
    const tenantId = this.db.tenantId;
    const ids: string[] = [];
    for (const spec of specs) {
      let rows: { id: string }[] = [];
      switch (spec.type) {
        case 'user':
          rows = await m.query(`SELECT id FROM users WHERE tenant_id = $1 AND id = $2 AND active`, [
            tenantId,
            spec.userId,
          ]);
          break;
        case 'team':
          rows = await m.query(
            `SELECT u.id FROM team_members tm JOIN users u ON u.tenant_id = tm.tenant_id AND u.id = tm.user_id
              WHERE tm.tenant_id = $1 AND tm.team_id = $2 AND u.active ORDER BY u.id`,
            [tenantId, spec.teamId],
          );
          break;
        case 'role':
          rows = await m.query(
            `SELECT id FROM users WHERE tenant_id = $1 AND $2 = ANY(roles) AND active ORDER BY id`,
            [tenantId, spec.role],
          );
          break;
        case 'requester_manager':
          // The manager of the person the request is for: they answer for that person's needs.
          rows = await m.query(
            `SELECT m.id FROM users u JOIN users m ON m.tenant_id = u.tenant_id AND m.id = u.manager_id
              WHERE u.tenant_id = $1 AND u.id = $2 AND m.active`,
            [tenantId, ctx.requestedForId],
          );
          break;
        case 'cost_center_owner':
          if (ctx.costCenterId) {
            rows = await m.query(
              `SELECT u.id FROM cost_centers c JOIN users u ON u.tenant_id = c.tenant_id AND u.id = c.owner_id
                WHERE c.tenant_id = $1 AND c.id = $2 AND u.active`,
              [tenantId, ctx.costCenterId],
            );
          }
          break;
      }
      ids.push(...rows.map((r) => r.id));
    }
    return ids;
  }

  private async admins(): Promise<string[]> {
    const rows: { id: string }[] = await this.db.manager.query(
      `SELECT id FROM users WHERE tenant_id = $1 AND 'admin' = ANY(roles) AND active ORDER BY id`,
      [this.db.tenantId],
    );
    return rows.map((r) => r.id);
  }

  private async routeThroughDelegations(
    people: string[],
    excluded: Set<string>,
    at: Date,
  ): Promise<ResolvedApprover[]> {
    if (!people.length) return [];
    const rows: { delegator_id: string; delegate_id: string }[] = await this.db.manager.query(
      `SELECT DISTINCT ON (d.delegator_id) d.delegator_id, d.delegate_id
         FROM approval_delegations d
         JOIN users u ON u.tenant_id = d.tenant_id AND u.id = d.delegate_id AND u.active
        WHERE d.tenant_id = $1 AND d.delegator_id = ANY($2::uuid[]) AND d.revoked_at IS NULL
          AND d.starts_at <= $3 AND d.ends_at > $3
        ORDER BY d.delegator_id, d.starts_at DESC`,
      [this.db.tenantId, people, at],
    );
    const delegateOf = new Map(rows.map((r) => [r.delegator_id, r.delegate_id]));
    const seen = new Set<string>();
    const out: ResolvedApprover[] = [];
    for (const person of people) {
      const delegate = delegateOf.get(person);
      // A delegate who is the requester cannot act on it: the original approver keeps it.
      const approverId = delegate && !excluded.has(delegate) ? delegate : person;
      if (seen.has(approverId)) continue;
      seen.add(approverId);
      out.push({ approverId, delegatedFromId: approverId === person ? null : person });
    }
    return out;
  }
}
