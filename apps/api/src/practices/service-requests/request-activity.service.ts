import { Injectable } from '@nestjs/common';
import { TenantDb } from '../../platform/tenancy/tenant-db';

/** Writes the request timeline people read; every practice that touches a request adds to it. */
@Injectable()
export class RequestActivityService {
  constructor(private readonly db: TenantDb) {}

  async add(
    requestId: string,
    kind: string,
    summary: string,
    options: { public?: boolean; actorId?: string | null } = {},
  ) {
    await this.db.manager.query(
      `INSERT INTO request_activities (tenant_id, request_id, actor_id, kind, summary, public)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        this.db.tenantId,
        requestId,
        options.actorId === undefined ? this.db.principal.userId : options.actorId,
        kind,
        summary,
        options.public ?? true,
      ],
    );
  }
}
