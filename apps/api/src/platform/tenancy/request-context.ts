import type { ClsStore } from 'nestjs-cls';
import type { EntityManager } from 'typeorm';
import type { Role } from '@trellis/domain';

/**
 * Who is acting: a signed-in user, an API token acting for the user who created it, or Trellis
 * itself in a scheduled job (`system`, whose userId is SYSTEM_USER_ID and is never stored).
 */
export interface Principal {
  kind: 'user' | 'token' | 'system';
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

/** The nil UUID stands for Trellis itself; nothing references it as a user. */
export const SYSTEM_USER_ID = '00000000-0000-0000-0000-000000000000';

export function systemPrincipal(tenantId: string): Principal {
  return { kind: 'system', tenantId, userId: SYSTEM_USER_ID, tokenId: null, roles: [] };
}

/** The id to record as the actor: the token for API tokens, nobody for the system. */
export function actorIdOf(principal: Principal): string | null {
  if (principal.kind === 'token') return principal.tokenId;
  if (principal.kind === 'system') return null;
  return principal.userId;
}

/** The user an action is taken for, as domain events name it: a token acts for its user. */
export function eventActorIdOf(principal: Principal): string | null {
  return principal.kind === 'system' ? null : principal.userId;
}
