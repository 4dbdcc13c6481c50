import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../platform/audit/audit.service';
import { containsPattern } from '../../platform/database/sql';
import { RecordNotFound, StaleVersion } from '../../platform/errors/domain-errors';
import { RequestValidationException } from '../../platform/errors/validation-errors';
import { DEFAULT_PAGE_SIZE, decodeCursor, toPage } from '../../platform/pagination/pagination';
import { TenantDb } from '../../platform/tenancy/tenant-db';
import type {
  CreateTeamRequest,
  TeamDto,
  TeamPage,
  TeamQuery,
  UpdateTeamRequest,
} from './dto/team.dto';

interface TeamRow {
  id: string;
  name: string;
  description: string;
  lead_id: string | null;
  member_ids: string[];
  created_at: Date;
  updated_at: Date;
  version: number;
}

const TEAM_SELECT = `SELECT t.id, t.name, t.description, t.lead_id, t.created_at, t.updated_at, t.version,
  coalesce((SELECT array_agg(m.user_id ORDER BY m.user_id) FROM team_members m
             WHERE m.tenant_id = t.tenant_id AND m.team_id = t.id), '{}') AS member_ids
  FROM teams t`;

function toTeamDto(r: TeamRow): TeamDto {
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    leadId: r.lead_id,
    memberIds: r.member_ids,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    version: r.version,
  };
}

@Injectable()
export class TeamsService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  async list(query: TeamQuery): Promise<TeamPage> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const cursor = decodeCursor(query.cursor, 2);
    const where = ['t.tenant_id = $1'];
    const params: unknown[] = [this.db.tenantId];
    if (query.q) {
      params.push(containsPattern(query.q));
      where.push(`lower(t.name) LIKE $${params.length}`);
    }
    if (query.memberId) {
      params.push(query.memberId);
      where.push(
        `EXISTS (SELECT 1 FROM team_members m WHERE m.tenant_id = t.tenant_id AND m.team_id = t.id AND m.user_id = $${params.length})`,
      );
    }
    if (cursor) {
      params.push(cursor[0], cursor[1]);
      where.push(`(t.name, t.id) > ($${params.length - 1}, $${params.length}::uuid)`);
    }
    params.push(limit + 1);
    const rows: TeamRow[] = await this.db.manager.query(
      `${TEAM_SELECT} WHERE ${where.join(' AND ')} ORDER BY t.name, t.id LIMIT $${params.length}`,
      params,
    );
    return toPage(rows, limit, toTeamDto, (r) => [r.name, r.id]);
  }

  async get(id: string): Promise<TeamDto> {
    const row = await this.find(this.db.manager, id);
    if (!row) throw new RecordNotFound('Team');
    return toTeamDto(row);
  }

  async create(request: CreateTeamRequest): Promise<TeamDto> {
    const m = this.db.manager;
    await this.requireUsers(m, request.leadId ? [request.leadId] : [], '/leadId');
    await this.requireUsers(m, request.memberIds ?? [], '/memberIds');
    await this.requireUniqueName(m, request.name.trim(), null);
    const [{ id }]: { id: string }[] = await m.query(
      `INSERT INTO teams (tenant_id, name, description, lead_id) VALUES ($1, $2, $3, $4) RETURNING id`,
      [this.db.tenantId, request.name.trim(), request.description ?? '', request.leadId ?? null],
    );
    await this.replaceMembers(m, id, request.memberIds ?? []);
    const team = toTeamDto((await this.find(m, id))!);
    await this.audit.record({
      action: 'team.created',
      entityType: 'team',
      entityId: id,
      after: team,
    });
    return team;
  }

  async update(id: string, request: UpdateTeamRequest): Promise<TeamDto> {
    const m = this.db.manager;
    const before = await this.find(m, id, true);
    if (!before) throw new RecordNotFound('Team');
    if (before.version !== request.version) throw new StaleVersion('Team');
    if (request.leadId) await this.requireUsers(m, [request.leadId], '/leadId');
    if (request.memberIds) await this.requireUsers(m, request.memberIds, '/memberIds');
    if (request.name !== undefined) await this.requireUniqueName(m, request.name.trim(), id);
    const sets = ['version = version + 1', 'updated_at = now()'];
    const params: unknown[] = [this.db.tenantId, id];
    const set = (column: string, value: unknown) => {
      params.push(value);
      sets.push(`${column} = $${params.length}`);
    };
    if (request.name !== undefined) set('name', request.name.trim());
    if (request.description !== undefined) set('description', request.description);
    if (request.leadId !== undefined) set('lead_id', request.leadId);
    await m.query(`UPDATE teams SET ${sets.join(', ')} WHERE tenant_id = $1 AND id = $2`, params);
    if (request.memberIds) await this.replaceMembers(m, id, request.memberIds);
    const after = toTeamDto((await this.find(m, id))!);
    await this.audit.record({
      action: 'team.updated',
      entityType: 'team',
      entityId: id,
      before: toTeamDto(before),
      after,
    });
    return after;
  }

  private async find(
    m: EntityManager,
    id: string,
    forUpdate = false,
  ): Promise<TeamRow | undefined> {
    const [row]: TeamRow[] = await m.query(
      `${TEAM_SELECT} WHERE t.tenant_id = $1 AND t.id = $2 ${forUpdate ? 'FOR UPDATE OF t' : ''}`,
      [this.db.tenantId, id],
    );
    return row;
  }

  private async replaceMembers(
    m: EntityManager,
    teamId: string,
    memberIds: string[],
  ): Promise<void> {
    await m.query(
      `DELETE FROM team_members WHERE tenant_id = $1 AND team_id = $2 AND NOT (user_id = ANY($3::uuid[]))`,
      [this.db.tenantId, teamId, memberIds],
    );
    await m.query(
      `INSERT INTO team_members (tenant_id, team_id, user_id)
       SELECT $1, $2, unnest($3::uuid[]) ON CONFLICT DO NOTHING`,
      [this.db.tenantId, teamId, memberIds],
    );
  }

  private async requireUsers(m: EntityManager, ids: string[], path: string): Promise<void> {
    if (!ids.length) return;
    const [{ count }]: { count: number }[] = await m.query(
      `SELECT count(*)::int AS count FROM users WHERE tenant_id = $1 AND id = ANY($2::uuid[])`,
      [this.db.tenantId, ids],
    );
    if (count !== new Set(ids).size)
      throw new RequestValidationException([{ path, message: 'names a user that does not exist' }]);
  }

  private async requireUniqueName(
    m: EntityManager,
    name: string,
    exceptId: string | null,
  ): Promise<void> {
    const [{ taken }]: { taken: boolean }[] = await m.query(
      `SELECT EXISTS (SELECT 1 FROM teams WHERE tenant_id = $1 AND name = $2 AND id IS DISTINCT FROM $3::uuid) AS taken`,
      [this.db.tenantId, name, exceptId],
    );
    if (taken)
      throw new RequestValidationException([
        { path: '/name', message: 'a team with this name already exists' },
      ]);
  }
}
