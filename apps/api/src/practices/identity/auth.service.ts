import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { normalizeRoles, permissionsFor } from '@trellis/domain';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../platform/audit/audit.service';
import type { AppConfig } from '../../platform/config/app-config';
import { APP_CONFIG } from '../../platform/config/app-config';
import { mintOpaqueToken, parseOpaqueToken, secretMatches } from '../../platform/auth/opaque-token';
import { RecordNotFound } from '../../platform/errors/domain-errors';
import type { Principal } from '../../platform/tenancy/request-context';
import { inTenantTransaction } from '../../platform/tenancy/tenant-transaction';
import type { LoginRequest, Me, TokenPair } from './dto/auth.dto';
import { PasswordHasher } from './password-hasher';

export const REFRESH_TOKEN_PREFIX = 'rt_';
const INVALID_CREDENTIALS = 'Email or password is incorrect';
const INVALID_REFRESH = 'The refresh token is invalid, expired or revoked; sign in again';

type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

interface LoginUserRow {
  id: string;
  password_hash: string | null;
  roles: string[];
  active: boolean;
  failed_login_count: number;
  locked: boolean;
}

/**
 * Sign-in, token rotation and sign-out. Each runs its own tenant transaction (the caller is not
 * authenticated yet) and commits failure bookkeeping (lockout counters, reuse revocation, audit)
 * before answering 401, so a failed attempt is never rolled back with the error.
 */
@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jwt: JwtService,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
  ) {}

  async login(request: LoginRequest): Promise<TokenPair> {
    const tenantId = await this.tenantIdOf(request.tenant);
    if (!tenantId) {
      await this.hasher.verify(null, request.password);
      throw new UnauthorizedException(INVALID_CREDENTIALS);
    }
    const email = request.email.trim().toLowerCase();
    const outcome = await inTenantTransaction(
      this.dataSource,
      tenantId,
      async (m): Promise<Outcome<TokenPair>> => {
        const [user]: LoginUserRow[] = await m.query(
          `SELECT id, password_hash, roles, active, failed_login_count,
                coalesce(locked_until > now(), false) AS locked
           FROM users WHERE tenant_id = $1 AND email = $2 FOR UPDATE`,
          [tenantId, email],
        );
        if (!user || !user.active) {
          await this.hasher.verify(null, request.password);
          if (user)
            await this.auditAuth(m, tenantId, user.id, 'auth.login_failed', { reason: 'inactive' });
          return { ok: false, message: INVALID_CREDENTIALS };
        }
        if (user.locked) {
          await this.auditAuth(m, tenantId, user.id, 'auth.login_blocked', { reason: 'locked' });
          return {
            ok: false,
            message: `The account is locked after repeated failed sign-ins; try again within ${this.config.LOGIN_LOCKOUT_MINUTES} minutes`,
          };
        }
        if (!(await this.hasher.verify(user.password_hash, request.password))) {
          const failures = user.failed_login_count + 1;
          const lock = failures >= this.config.LOGIN_MAX_FAILURES;
          await m.query(
            `UPDATE users SET failed_login_count = $3,
                  locked_until = CASE WHEN $4 THEN now() + make_interval(mins => $5) ELSE locked_until END
            WHERE tenant_id = $1 AND id = $2`,
            [tenantId, user.id, lock ? 0 : failures, lock, this.config.LOGIN_LOCKOUT_MINUTES],
          );
          await this.auditAuth(m, tenantId, user.id, lock ? 'auth.locked' : 'auth.login_failed', {
            failures,
          });
          return { ok: false, message: INVALID_CREDENTIALS };
        }
        await m.query(
          `UPDATE users SET failed_login_count = 0, locked_until = NULL, last_login_at = now()
          WHERE tenant_id = $1 AND id = $2`,
          [tenantId, user.id],
        );
        await this.auditAuth(m, tenantId, user.id, 'auth.login', null);
        const refreshToken = await this.issueRefreshToken(m, tenantId, user.id, randomUUID());
        return { ok: true, value: this.tokenPair(tenantId, user.id, user.roles, refreshToken) };
      },
    );
    if (!outcome.ok) throw new UnauthorizedException(outcome.message);
    return outcome.value;
  }

  async refresh(token: string): Promise<TokenPair> {
    const parsed = parseOpaqueToken(REFRESH_TOKEN_PREFIX, token);
    if (!parsed) throw new UnauthorizedException(INVALID_REFRESH);
    const outcome = await inTenantTransaction(
      this.dataSource,
      parsed.tenantId,
      async (m): Promise<Outcome<TokenPair>> => {
        const [row]: {
          family_id: string;
          user_id: string;
          secret_hash: Buffer;
          used: boolean;
          revoked: boolean;
          expired: boolean;
          active: boolean;
          roles: string[];
        }[] = await m.query(
          `SELECT rt.family_id, rt.user_id, rt.secret_hash, rt.used_at IS NOT NULL AS used,
                rt.revoked_at IS NOT NULL AS revoked, rt.expires_at <= now() AS expired, u.active, u.roles
           FROM refresh_tokens rt
           JOIN users u ON u.tenant_id = rt.tenant_id AND u.id = rt.user_id
          WHERE rt.tenant_id = $1 AND rt.id = $2
          FOR UPDATE OF rt`,
          [parsed.tenantId, parsed.id],
        );
        if (!row || !secretMatches(parsed.secret, row.secret_hash) || row.revoked || row.expired) {
          return { ok: false, message: INVALID_REFRESH };
        }
        if (row.used || !row.active) {
          // A used token presented again means it was copied: whoever holds the family loses it.
          await this.revokeFamily(m, parsed.tenantId, row.family_id);
          await this.auditAuth(
            m,
            parsed.tenantId,
            row.user_id,
            row.used ? 'auth.refresh_reused' : 'auth.refresh_inactive',
            {
              familyId: row.family_id,
            },
          );
          return { ok: false, message: INVALID_REFRESH };
        }
        await m.query(
          `UPDATE refresh_tokens SET used_at = now() WHERE tenant_id = $1 AND id = $2`,
          [parsed.tenantId, parsed.id],
        );
        const refreshToken = await this.issueRefreshToken(
          m,
          parsed.tenantId,
          row.user_id,
          row.family_id,
        );
        return {
          ok: true,
          value: this.tokenPair(parsed.tenantId, row.user_id, row.roles, refreshToken),
        };
      },
    );
    if (!outcome.ok) throw new UnauthorizedException(outcome.message);
    return outcome.value;
  }

  /** Revokes the sign-in the refresh token belongs to. Idempotent, and silent about bad tokens. */
  async logout(token: string): Promise<void> {
    const parsed = parseOpaqueToken(REFRESH_TOKEN_PREFIX, token);
    if (!parsed) return;
    await inTenantTransaction(this.dataSource, parsed.tenantId, async (m) => {
      const [row]: { family_id: string; user_id: string; secret_hash: Buffer }[] = await m.query(
        `SELECT family_id, user_id, secret_hash FROM refresh_tokens WHERE tenant_id = $1 AND id = $2`,
        [parsed.tenantId, parsed.id],
      );
      if (!row || !secretMatches(parsed.secret, row.secret_hash)) return;
      await this.revokeFamily(m, parsed.tenantId, row.family_id);
      await this.auditAuth(m, parsed.tenantId, row.user_id, 'auth.logout', null);
    });
  }

  async me(principal: Principal, manager: EntityManager): Promise<Me> {
    const [row]: { id: string; email: string; name: string; slug: string; tenant_name: string }[] =
      await manager.query(
        `SELECT u.id, u.email, u.name, t.slug, t.name AS tenant_name
         FROM users u JOIN tenants t ON t.id = u.tenant_id
        WHERE u.tenant_id = $1 AND u.id = $2`,
        [principal.tenantId, principal.userId],
      );
    if (!row) throw new RecordNotFound('User');
    return {
      id: row.id,
      email: row.email,
      name: row.name,
      roles: principal.roles,
      permissions: [...permissionsFor(principal.roles)].sort(),
      via: principal.kind === 'token' ? 'token' : 'user',
      tenant: { id: principal.tenantId, slug: row.slug, name: row.tenant_name },
    };
  }

  private async tenantIdOf(slug: string): Promise<string | null> {
    const [row]: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM tenants WHERE slug = $1 AND active`,
      [slug],
    );
    return row?.id ?? null;
  }

  private async issueRefreshToken(
    m: EntityManager,
    tenantId: string,
    userId: string,
    familyId: string,
  ): Promise<string> {
    const id = randomUUID();
    const { token, secretHash } = mintOpaqueToken(REFRESH_TOKEN_PREFIX, tenantId, id);
    await m.query(
      `INSERT INTO refresh_tokens (tenant_id, id, family_id, user_id, secret_hash, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + make_interval(days => $6))`,
      [tenantId, id, familyId, userId, secretHash, this.config.REFRESH_TOKEN_TTL_DAYS],
    );
    return token;
  }

  private async revokeFamily(m: EntityManager, tenantId: string, familyId: string): Promise<void> {
    await m.query(
      `UPDATE refresh_tokens SET revoked_at = now()
        WHERE tenant_id = $1 AND family_id = $2 AND revoked_at IS NULL`,
      [tenantId, familyId],
    );
  }

  private tokenPair(
    tenantId: string,
    userId: string,
    roles: string[],
    refreshToken: string,
  ): TokenPair {
    const accessToken = this.jwt.sign(
      { tid: tenantId, roles: normalizeRoles(roles) },
      { subject: userId },
    );
    return {
      accessToken,
      refreshToken,
      expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
      tokenType: 'Bearer',
    };
  }

  private auditAuth(
    m: EntityManager,
    tenantId: string,
    userId: string,
    action: string,
    after: object | null,
  ) {
    return this.audit.recordAs(
      m,
      { tenantId, actorType: 'user', actorId: userId },
      {
        action,
        entityType: 'user',
        entityId: userId,
        after,
      },
    );
  }
}
