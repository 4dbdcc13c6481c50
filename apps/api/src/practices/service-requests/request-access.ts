import { ForbiddenException, Injectable } from '@nestjs/common';
import type { RequestActor } from '@trellis/domain';
import { can } from '@trellis/domain';
import { RecordNotFound } from '../../platform/errors/domain-errors';
import { TenantDb } from '../../platform/tenancy/tenant-db';

export interface RequestAccess {
  actor: RequestActor;
  /** Agents, admins and auditors read everything, internal comments included. */
  seesInternal: boolean;
  /**
   * May add comments and files: the requester, the person it is for, an approver asked on it, or an
   * agent or admin. Reading every request (an auditor) is not a licence to write to it.
   */
  mayContribute: boolean;
}

/**
 * Record-level access to a request, in one place: the requester and the person it is for see it,
 * approvers asked on it see it, those who may read every request see it; anyone else gets the
 * same 404 as for a request that does not exist.
 */
@Injectable()
export class RequestAccessPolicy {
  constructor(private readonly db: TenantDb) {}

  /** Access for writing to the request (comments, files): 403 for readers who may not. */
  async requireContributor(requestId: string): Promise<RequestAccess> {
    const access = await this.require(requestId);
    if (!access.mayContribute)
      throw new ForbiddenException('You can read this request but not add to it');
    return access;
  }

  async require(requestId: string): Promise<RequestAccess> {
    const principal = this.db.principal;
    const [row]: { requester_id: string; requested_for_id: string; asked: boolean }[] =
      await this.db.manager.query(
        `SELECT r.requester_id, r.requested_for_id,
              EXISTS (SELECT 1 FROM approvals a WHERE a.tenant_id = r.tenant_id AND a.request_id = r.id
                        AND (a.approver_id = $3 OR a.delegated_from_id = $3)) AS asked
         FROM service_requests r WHERE r.tenant_id = $1 AND r.id = $2`,
        [this.db.tenantId, requestId, principal.userId],
      );
    if (!row) throw new RecordNotFound('Request');
    const isRequester =
      row.requester_id === principal.userId || row.requested_for_id === principal.userId;
    if (!isRequester && !can(principal.roles, 'requests:read-all') && !row.asked)
      throw new RecordNotFound('Request');
    return this.accessOf(isRequester, row.asked);
  }

  /** The creator's access to the request they have just created in this transaction: its requester's. */
  ofNewRequest(): RequestAccess {
    return this.accessOf(true, false);
  }

  private accessOf(isRequester: boolean, asked: boolean): RequestAccess {
    const roles = this.db.principal.roles;
    return {
      actor: { isRequester, canWork: can(roles, 'requests:work'), isSystem: false },
      seesInternal: can(roles, 'requests:read-all'),
      mayContribute: isRequester || asked || can(roles, 'requests:work'),
    };
  }
}
