import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normalizeRoles } from '@trellis/domain';
import { DataSource } from 'typeorm';
import type { Principal } from '../tenancy/request-context';
import { inTenantTransaction } from '../tenancy/tenant-transaction';
import { parseOpaqueToken, secretMatches } from './opaque-token';

export const API_TOKEN_PREFIX = 'trl_';

/** `last_used_at` is refreshed at most this often, so a busy integration does not write per call. */
const LAST_USED_GRANULARITY_SECONDS = 60;

interface TokenRow {
  secret_hash: Buffer;
  roles: string[];
  created_by_id: string;
  creator_active: boolean;
  creator_roles: string[];
}

@Injectable()
export class ApiTokenAuthenticator {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async authenticate(token: string): Promise<Principal | null> {
    const parsed = parseOpaqueToken(API_TOKEN_PREFIX, token);
    if (!parsed) return null;
    return inTenantTransaction(this.dataSource, parsed.tenantId, async (manager) => {
      const rows: TokenRow[] = await manager.query(
        `SELECT t.secret_hash, t.roles, t.created_by_id, u.active AS creator_active, u.roles AS creator_roles
           FROM api_tokens t
           JOIN users u ON u.tenant_id = t.tenant_id AND u.id = t.created_by_id
          WHERE t.tenant_id = $1 AND t.id = $2
            AND t.revoked_at IS NULL
            AND (t.expires_at IS NULL OR t.expires_at > now())`,
        [parsed.tenantId, parsed.id],
      );
      const row = rows[0];
      if (!row || !row.creator_active || !secretMatches(parsed.secret, row.secret_hash))
        return null;
      await manager.query(
        `UPDATE api_tokens SET last_used_at = now()
          WHERE tenant_id = $1 AND id = $2
            AND (last_used_at IS NULL OR last_used_at < now() - make_interval(secs => $3))`,
        [parsed.tenantId, parsed.id, LAST_USED_GRANULARITY_SECONDS],
      );
      // A token never holds more than its creator still does.
      const creatorRoles = new Set(normalizeRoles(row.creator_roles));
      return {
        kind: 'token',
        tenantId: parsed.tenantId,
        userId: row.created_by_id,
        tokenId: parsed.id,
        roles: normalizeRoles(row.roles).filter((role) => creatorRoles.has(role)),
      } satisfies Principal;
    });
  }
}
