import { Injectable } from '@nestjs/common';
import { normalizeRoles } from '@trellis/domain';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../../platform/audit/audit.service';
import { queryRows } from '../../platform/database/sql';
import { API_TOKEN_PREFIX } from '../../platform/auth/api-token.authenticator';
import { mintOpaqueToken } from '../../platform/auth/opaque-token';
import { RecordNotFound } from '../../platform/errors/domain-errors';
import { RequestValidationException } from '../../platform/errors/validation-errors';
import { TenantDb } from '../../platform/tenancy/tenant-db';
import type {
  ApiTokenDto,
  ApiTokenList,
  CreateApiTokenRequest,
  CreatedApiToken,
} from './dto/api-token.dto';

interface TokenRow {
  id: string;
  name: string;
  display_prefix: string;
  roles: string[];
  created_by_id: string;
  expires_at: Date | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
  created_at: Date;
}

const TOKEN_COLUMNS =
  'id, name, display_prefix, roles, created_by_id, expires_at, last_used_at, revoked_at, created_at';
/** Tokens per tenant are few (integrations); the list is capped rather than paginated. */
const MAX_LISTED = 500;

function toDto(r: TokenRow): ApiTokenDto {
  return {
    id: r.id,
    name: r.name,
    displayPrefix: r.display_prefix,
    roles: normalizeRoles(r.roles),
    createdById: r.created_by_id,
    expiresAt: r.expires_at?.toISOString() ?? null,
    lastUsedAt: r.last_used_at?.toISOString() ?? null,
    revokedAt: r.revoked_at?.toISOString() ?? null,
    createdAt: r.created_at.toISOString(),
  };
}

@Injectable()
export class ApiTokensService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<ApiTokenList> {
    const rows: TokenRow[] = await this.db.manager.query(
      `SELECT ${TOKEN_COLUMNS} FROM api_tokens WHERE tenant_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`,
      [this.db.tenantId, MAX_LISTED],
    );
    return { items: rows.map(toDto) };
  }

  async create(request: CreateApiTokenRequest): Promise<CreatedApiToken> {
    const principal = this.db.principal;
    const held = new Set(principal.roles);
    const excess = request.roles.filter((role) => !held.has(role as never));
    if (excess.length) {
      throw new RequestValidationException([
        { path: '/roles', message: `you do not hold: ${excess.join(', ')}` },
      ]);
    }
    if (request.expiresAt && new Date(request.expiresAt).getTime() <= Date.now()) {
      throw new RequestValidationException([
        { path: '/expiresAt', message: 'must be in the future' },
      ]);
    }
    const id = randomUUID();
    const { token, secretHash } = mintOpaqueToken(API_TOKEN_PREFIX, principal.tenantId, id);
    const [row]: TokenRow[] = await this.db.manager.query(
      `INSERT INTO api_tokens (tenant_id, id, name, secret_hash, display_prefix, roles, created_by_id, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${TOKEN_COLUMNS}`,
      [
        principal.tenantId,
        id,
        request.name.trim(),
        secretHash,
        token.slice(0, 12),
        normalizeRoles(request.roles),
        principal.userId,
        request.expiresAt ?? null,
      ],
    );
    const dto = toDto(row);
    await this.audit.record({
      action: 'api_token.created',
      entityType: 'api_token',
      entityId: id,
      after: dto,
    });
    return { ...dto, token };
  }

  async revoke(id: string): Promise<void> {
    const [row] = await queryRows<TokenRow>(
      this.db.manager,
      `UPDATE api_tokens SET revoked_at = coalesce(revoked_at, now()), updated_at = now()
        WHERE tenant_id = $1 AND id = $2 RETURNING ${TOKEN_COLUMNS}`,
      [this.db.tenantId, id],
    );
    if (!row) throw new RecordNotFound('API token');
    await this.audit.record({
      action: 'api_token.revoked',
      entityType: 'api_token',
      entityId: id,
      after: toDto(row),
    });
  }
}
