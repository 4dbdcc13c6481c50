import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
} from '@nestjs/common';
import type { RequestState } from '@trellis/domain';
import { can, REQUEST_STATE_LABELS } from '@trellis/domain';
import { isISO8601, isUUID } from 'class-validator';
import { AuditService } from '../../../platform/audit/audit.service';
import { RecordNotFound } from '../../../platform/errors/domain-errors';
import { RequestValidationException } from '../../../platform/errors/validation-errors';
import { formatNumber } from '../../../platform/numbering/numbering.service';
import { OutboxService } from '../../../platform/outbox/outbox.service';
import type { PageQuery } from '../../../platform/pagination/pagination';
import { DEFAULT_PAGE_SIZE, decodeCursor, toPage } from '../../../platform/pagination/pagination';
import { TenantDb } from '../../../platform/tenancy/tenant-db';
import { RequestActivityService } from '../../service-requests/request-activity.service';
import { RequestStateService } from '../../service-requests/request-state.service';
import type {
  CatalogItemReviewDto,
  CatalogItemReviewPage,
  CreateCatalogItemReviewRequest,
} from './dto/catalog-item-review.dto';

/** A request earns its review once the service has been delivered. */
const REVIEWABLE: ReadonlySet<RequestState> = new Set(['fulfilled', 'closed']);

const REVIEW_SELECT = `
  SELECT v.id, v.item_id, v.request_id, r.number AS request_number, v.author_id, u.name AS author_name,
         v.rating, v.body, v.created_at, v.created_at::text AS cursor_at
    FROM catalog_item_reviews v
    JOIN service_requests r ON r.tenant_id = v.tenant_id AND r.id = v.request_id
    JOIN users u ON u.tenant_id = v.tenant_id AND u.id = v.author_id`;

interface ReviewRow {
  id: string;
  item_id: string;
  request_id: string;
  request_number: string;
  author_id: string;
  author_name: string;
  rating: number;
  body: string;
  created_at: Date;
  cursor_at: string;
}

function toReviewDto(r: ReviewRow): CatalogItemReviewDto {
  return {
    id: r.id,
    itemId: r.item_id,
    requestId: r.request_id,
    requestNumber: formatNumber('request', r.request_number),
    authorId: r.author_id,
    authorName: r.author_name,
    rating: r.rating,
    text: r.body,
    createdAt: r.created_at.toISOString(),
  };
}

/**
 * Reviews of catalog items. Only the person who ordered a request (or for whom it was ordered)
 * may review its item, once the request is fulfilled or closed, and once per request; the item's
 * rating sum and count change in the same transaction, so its average never disagrees with its
 * reviews.
 */
@Injectable()
export class CatalogReviewsService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly requests: RequestStateService,
    private readonly activity: RequestActivityService,
  ) {}

  /** Newest first. The reviews of an item are visible to whoever may see the item. */
  async list(itemId: string, query: PageQuery): Promise<CatalogItemReviewPage> {
    const item = await this.findItem(itemId);
    if (!item || (item.status !== 'published' && !can(this.db.principal.roles, 'catalog:manage')))
      throw new RecordNotFound('Catalog item');
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const cursor = decodeCursor(query.cursor, 2);
    const params: unknown[] = [this.db.tenantId, itemId];
    let keyset = '';
    if (cursor) {
      // Checked here: a malformed timestamp would otherwise fail the cast in SQL.
      if (!isISO8601(cursor[0].replace(' ', 'T'), { strict: true }) || !isUUID(cursor[1]))
        throw new BadRequestException('cursor is not a cursor this endpoint issued');
      params.push(cursor[0], cursor[1]);
      keyset = ` AND (v.created_at, v.id) < ($3::timestamptz, $4::uuid)`;
    }
    params.push(limit + 1);
    const rows: ReviewRow[] = await this.db.manager.query(
      `${REVIEW_SELECT} WHERE v.tenant_id = $1 AND v.item_id = $2${keyset}
        ORDER BY v.created_at DESC, v.id DESC LIMIT $${params.length}`,
      params,
    );
    return toPage(rows, limit, toReviewDto, (r) => [r.cursor_at, r.id]);
  }

  /**
   * Adds the caller's review of `itemId` for one of their requests. 404 for an item or request
   * that is missing or not the caller's to see; 403 for a request the caller may see but did not
   * order; 400 for a request for another item; 409 before fulfilment and for a second review.
   */
  async create(
    itemId: string,
    body: CreateCatalogItemReviewRequest,
  ): Promise<CatalogItemReviewDto> {
    const m = this.db.manager;
    const principal = this.db.principal;
    // Any status: the right to review comes from the request, and a retired item keeps its rating.
    const item = await this.findItem(itemId);
    if (!item) throw new RecordNotFound('Catalog item');
    // Locked, so the status read here is the status the review is recorded against.
    const request = await this.requests.lock(body.requestId);
    const isOwner =
      request.requester_id === principal.userId || request.requested_for_id === principal.userId;
    if (!isOwner) {
      // Those who cannot read the request at all learn nothing about it (as GET requests/{id}).
      if (!can(principal.roles, 'requests:read-all')) throw new RecordNotFound('Request');
      throw new ForbiddenException(
        'Only the person who ordered the request, or for whom it was ordered, can review it',
      );
    }
    if (request.item_id !== itemId) {
      throw new RequestValidationException([
        { path: '/requestId', message: 'is a request for another catalog item' },
      ]);
    }
    if (!REVIEWABLE.has(request.status)) {
      throw new ConflictException(
        `Only a fulfilled or closed request can be reviewed; this one is ${REQUEST_STATE_LABELS[request.status]}`,
      );
    }
    // The unique index settles a race between two reviews of one request: the second waits for
    // the first to commit, then inserts nothing.
    const inserted: { id: string }[] = await m.query(
      `INSERT INTO catalog_item_reviews (tenant_id, item_id, request_id, author_id, rating, body)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (tenant_id, request_id) DO NOTHING RETURNING id`,
      [this.db.tenantId, itemId, request.id, principal.userId, body.rating, body.text.trim()],
    );
    if (!inserted.length) throw new ConflictException('This request has already been reviewed');
    const reviewId = inserted[0].id;
    // Not a change to the item's content: its version and updated_at stay, so a catalog manager
    // editing the item is not refused as stale because someone reviewed it meanwhile.
    await m.query(
      `UPDATE catalog_items SET rating_sum = rating_sum + $3, rating_count = rating_count + 1
        WHERE tenant_id = $1 AND id = $2`,
      [this.db.tenantId, itemId, body.rating],
    );
    const requestNumber = formatNumber('request', request.number);
    await this.audit.record({
      action: 'catalog_item.reviewed',
      entityType: 'catalog_item_review',
      entityId: reviewId,
      after: { itemId, requestId: request.id, requestNumber, rating: body.rating },
    });
    await this.outbox.emit({
      type: 'catalog.review_added',
      aggregateType: 'catalog_item',
      aggregateId: itemId,
      payload: {
        reviewId,
        requestId: request.id,
        requestNumber,
        authorId: principal.userId,
        rating: body.rating,
      },
    });
    await this.activity.add(request.id, 'reviewed', `Reviewed ${item.name}: ${body.rating}/5`);
    const [row]: ReviewRow[] = await m.query(
      `${REVIEW_SELECT} WHERE v.tenant_id = $1 AND v.id = $2`,
      [this.db.tenantId, reviewId],
    );
    return toReviewDto(row);
  }

  private async findItem(id: string): Promise<{ name: string; status: string } | undefined> {
    const [row]: { name: string; status: string }[] = await this.db.manager.query(
      `SELECT name, status FROM catalog_items WHERE tenant_id = $1 AND id = $2`,
      [this.db.tenantId, id],
    );
    return row;
  }
}
