import { Injectable } from '@nestjs/common';
import { eventActorIdOf } from '../../platform/tenancy/request-context';
import { TenantDb } from '../../platform/tenancy/tenant-db';

export interface ActivityLine {
  id: string;
  occurred_at: Date;
  actor_id: string | null;
}

/**
 * Writes the request timeline people read; every practice that touches a request adds to it.
 * Returns the line written, for an answer built without reading it back.
 */
@Injectable()
export class RequestActivityService {
  constructor(private readonly db: TenantDb) {}

  async add(
    requestId: string,
    kind: string,
    summary: string,
    options: { public?: boolean; actorId?: string | null } = {},
  ): Promise<ActivityLine> {
    const [line]: ActivityLine[] = await this.db.manager.query(
      `INSERT INTO request_activities (tenant_id, request_id, actor_id, kind, summary, public)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id, occurred_at, actor_id`,
      [
        this.db.tenantId,
        requestId,
        options.actorId === undefined ? eventActorIdOf(this.db.principal) : options.actorId,
        kind,
        summary,
        options.public ?? true,
      ],
    );
    return line;
  }
}
