import { Injectable } from '@nestjs/common';
import { normalizeRoles } from '@trellis/domain';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../platform/audit/audit.service';
import { containsPattern, prefixPattern, queryRows } from '../../platform/database/sql';
import { RecordNotFound, StaleVersion } from '../../platform/errors/domain-errors';
import { RequestValidationException } from '../../platform/errors/validation-errors';
import { DEFAULT_PAGE_SIZE, decodeCursor, toPage } from '../../platform/pagination/pagination';
import { TenantDb } from '../../platform/tenancy/tenant-db';
import type {
  CreateUserRequest,
  UpdateUserRequest,
  UserDto,
  UserPage,
  UserQuery,
} from './dto/user.dto';
import type { PeopleQuery, PersonDto, PersonList } from './dto/person.dto';
import { PasswordHasher } from './password-hasher';

interface UserRow {
  id: string;
  email: string;
  name: string;
  roles: string[];
  manager_id: string | null;
  active: boolean;
  locked: boolean;
  has_password: boolean;
  last_login_at: Date | null;
  created_at: Date;
  updated_at: Date;
  version: number;
}

const USER_COLUMNS = `id, email, name, roles, manager_id, active,
  coalesce(locked_until > now(), false) AS locked, password_hash IS NOT NULL AS has_password,
  last_login_at, created_at, updated_at, version`;

function toUserDto(r: UserRow): UserDto {
  return {
    id: r.id,
    email: r.email,
    name: r.name,
    roles: normalizeRoles(r.roles),
    managerId: r.manager_id,
    active: r.active,
    locked: r.locked,
    hasPassword: r.has_password,
    lastLoginAt: r.last_login_at?.toISOString() ?? null,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    version: r.version,
  };
}

@Injectable()
export class UsersService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly hasher: PasswordHasher,
  ) {}

  async list(query: UserQuery): Promise<UserPage> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const cursor = decodeCursor(query.cursor, 2);
    const where = ['tenant_id = $1'];
    const params: unknown[] = [this.db.tenantId];
    if (query.q) {
      params.push(containsPattern(query.q));
      where.push(`(lower(name) LIKE $${params.length} OR email LIKE $${params.length})`);
    }
    if (query.role) {
      params.push(query.role);
      where.push(`$${params.length} = ANY(roles)`);
    }
    if (query.active !== undefined) {
      params.push(query.active);
      where.push(`active = $${params.length}`);
    }
    if (cursor) {
      params.push(cursor[0], cursor[1]);
      where.push(`(name, id) > ($${params.length - 1}, $${params.length}::uuid)`);
    }
    params.push(limit + 1);
    const rows: UserRow[] = await this.db.manager.query(
      `SELECT ${USER_COLUMNS} FROM users WHERE ${where.join(' AND ')}
        ORDER BY name, id LIMIT $${params.length}`,
      params,
    );
    return toPage(rows, limit, toUserDto, (r) => [r.name, r.id]);
  }

  /** The directory for pickers: active people only, matches that start with `q` first. */
  async searchPeople(query: PeopleQuery): Promise<PersonList> {
    const rows: PersonDto[] = await this.db.manager.query(
      `SELECT id, name, email FROM users
        WHERE tenant_id = $1 AND active AND (lower(name) LIKE $2 OR email LIKE $2)
        ORDER BY (lower(name) LIKE $3 OR email LIKE $3) DESC, name, id
        LIMIT $4`,
      [this.db.tenantId, containsPattern(query.q), prefixPattern(query.q), query.limit ?? 10],
    );
    return { items: rows };
  }

  /**
   * The user, when they may be given work (a task, a request to own): active and an agent or
   * admin. Throws a 400 naming `path` otherwise.
   */
  async requireWorker(id: string, path: string): Promise<{ id: string; name: string }> {
    const [user]: { id: string; name: string }[] = await this.db.manager.query(
      `SELECT id, name FROM users
        WHERE tenant_id = $1 AND id = $2 AND active AND roles && ARRAY['agent', 'admin']::text[]`,
      [this.db.tenantId, id],
    );
    if (!user)
      throw new RequestValidationException([{ path, message: 'must be an active agent or admin' }]);
    return user;
  }

  /**
   * For notifications: name and address of the active users among `ids`, in the caller's tenant
   * transaction (the dispatcher's, outside any request).
   */
  async contactsOf(
    manager: EntityManager,
    tenantId: string,
    ids: readonly string[],
  ): Promise<{ id: string; name: string; email: string }[]> {
    if (!ids.length) return [];
    return manager.query(
      `SELECT id, name, email FROM users WHERE tenant_id = $1 AND id = ANY($2::uuid[]) AND active`,
      [tenantId, ids],
    );
  }

  async get(id: string): Promise<UserDto> {
    const row = await this.find(this.db.manager, id);
    if (!row) throw new RecordNotFound('User');
    return toUserDto(row);
  }

  async create(request: CreateUserRequest): Promise<UserDto> {
    const m = this.db.manager;
    const email = request.email.trim().toLowerCase();
    if (request.managerId) await this.requireManager(m, request.managerId, null);
    const [{ exists }]: { exists: boolean }[] = await m.query(
      `SELECT EXISTS (SELECT 1 FROM users WHERE tenant_id = $1 AND email = $2) AS exists`,
      [this.db.tenantId, email],
    );
    if (exists)
      throw new RequestValidationException([
        { path: '/email', message: 'a user with this email already exists' },
      ]);
    const passwordHash = request.password ? await this.hasher.hash(request.password) : null;
    const [row]: UserRow[] = await m.query(
      `INSERT INTO users (tenant_id, email, name, roles, manager_id, password_hash)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${USER_COLUMNS}`,
      [
        this.db.tenantId,
        email,
        request.name.trim(),
        normalizeRoles(request.roles ?? []),
        request.managerId ?? null,
        passwordHash,
      ],
    );
    const user = toUserDto(row);
    await this.audit.record({
      action: 'user.created',
      entityType: 'user',
      entityId: user.id,
      after: user,
    });
    return user;
  }

  async update(id: string, request: UpdateUserRequest): Promise<UserDto> {
    const m = this.db.manager;
    const before = await this.find(m, id, true);
    if (!before) throw new RecordNotFound('User');
    if (before.version !== request.version) throw new StaleVersion('User');
    if (request.managerId) await this.requireManager(m, request.managerId, id);
    if (request.active === false && id === this.db.principal.userId) {
      throw new RequestValidationException([
        { path: '/active', message: 'you cannot deactivate yourself' },
      ]);
    }
    const sets: string[] = [];
    const params: unknown[] = [this.db.tenantId, id, request.version];
    const set = (column: string, value: unknown) => {
      params.push(value);
      sets.push(`${column} = $${params.length}`);
    };
    if (request.name !== undefined) set('name', request.name.trim());
    if (request.roles !== undefined) set('roles', normalizeRoles(request.roles));
    if (request.managerId !== undefined) set('manager_id', request.managerId);
    if (request.active !== undefined) set('active', request.active);
    if (request.password !== undefined)
      set('password_hash', await this.hasher.hash(request.password));
    if (request.unlock) sets.push('locked_until = NULL', 'failed_login_count = 0');
    const [row] = await queryRows<UserRow>(
      m,
      `UPDATE users SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
        WHERE tenant_id = $1 AND id = $2 AND version = $3
        RETURNING ${USER_COLUMNS}`,
      params,
    );
    // The row is locked FOR UPDATE above, so a version mismatch here cannot happen; kept as a guard.
    if (!row) throw new StaleVersion('User');
    if (request.active === false || request.roles !== undefined || request.password !== undefined) {
      // Signing in again picks up the change; existing refresh tokens must not outlive it.
      await m.query(
        `UPDATE refresh_tokens SET revoked_at = now() WHERE tenant_id = $1 AND user_id = $2 AND revoked_at IS NULL`,
        [this.db.tenantId, id],
      );
    }
    const after = toUserDto(row);
    await this.audit.record({
      action: 'user.updated',
      entityType: 'user',
      entityId: id,
      before: toUserDto(before),
      after: { ...after, ...(request.password !== undefined ? { password: 'changed' } : {}) },
    });
    return after;
  }

  private async find(
    m: EntityManager,
    id: string,
    forUpdate = false,
  ): Promise<UserRow | undefined> {
    const [row]: UserRow[] = await m.query(
      `SELECT ${USER_COLUMNS} FROM users WHERE tenant_id = $1 AND id = $2 ${forUpdate ? 'FOR UPDATE' : ''}`,
      [this.db.tenantId, id],
    );
    return row;
  }

  /** The manager must be a user of this tenant, and the reporting line must not loop. */
  private async requireManager(
    m: EntityManager,
    managerId: string,
    userId: string | null,
  ): Promise<void> {
    if (managerId === userId) {
      throw new RequestValidationException([
        { path: '/managerId', message: 'a user cannot manage themselves' },
      ]);
    }
    const [row]: { found: boolean; loops: boolean }[] = await m.query(
      `WITH RECURSIVE chain(id, depth) AS (
         SELECT id, 0 FROM users WHERE tenant_id = $1 AND id = $2
         UNION ALL
         SELECT u.manager_id, c.depth + 1 FROM chain c
           JOIN users u ON u.tenant_id = $1 AND u.id = c.id
          WHERE u.manager_id IS NOT NULL AND c.depth < 64
       )
       SELECT EXISTS (SELECT 1 FROM chain WHERE depth = 0) AS found,
              coalesce($3::uuid = ANY (SELECT id FROM chain), false) AS loops`,
      [this.db.tenantId, managerId, userId],
    );
    if (!row?.found)
      throw new RequestValidationException([{ path: '/managerId', message: 'no such user' }]);
    if (row.loops) {
      throw new RequestValidationException([
        { path: '/managerId', message: 'this would make a reporting loop' },
      ]);
    }
  }
}
