import type { ClsStore } from 'nestjs-cls';
import type { EntityManager } from 'typeorm';
import type { Role } from '@trellis/domain';

/** Who is acting: a signed-in user, or an API token acting for the user who created it. */
export interface Principal {
  kind: 'user' | 'token';
  tenantId: string;
  userId: string;
  tokenId: string | null;
  roles: Role[];
}

/** What one request carries from authentication to the database and the audit trail. */
export interface RequestContext extends ClsStore {
  requestId: string;
  sourceIp: string | null;
  principal?: Principal;
  /** The request's transaction; set by the tenant transaction interceptor. */
  manager?: EntityManager;
}
