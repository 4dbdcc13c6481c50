import { Injectable } from '@nestjs/common';
import { TenantDb } from '../../platform/tenancy/tenant-db';
import { REQUEST_SUMMARY_SELECT, toRequestSummary } from '../service-requests/request-queries';
import type { RequestSummaryRow } from '../service-requests/request-queries';
import { csvRow } from './csv';
import type { RequestExportQuery } from './dto/request-export-query.dto';
import { resolveWindow } from './metrics-window';

/** Rows per keyset batch: each batch is one index range scan of the created_at index. */
export const EXPORT_BATCH_SIZE = 500;
/** Hard cap on rows per export; the response says when it was reached. */
export const EXPORT_MAX_ROWS = 10_000;

const HEADER = [
  'Number',
  'Item',
  'Status',
  'Priority',
  'Requester',
  'Requested for',
  'Assignee',
  'Cost',
  'Currency',
  'Created at',
  'Updated at',
];

export interface RequestExport {
  csv: string;
  rows: number;
  truncated: boolean;
}

/**
 * Request lists as CSV, newest first, through the requests practice's own summary query. Built
 * in keyset batches inside the request's transaction (it commits before the response is sent, so
 * the rows cannot be streamed from the cursor), and capped at EXPORT_MAX_ROWS.
 */
@Injectable()
export class RequestExportService {
  constructor(private readonly db: TenantDb) {}

  async requests(query: RequestExportQuery): Promise<RequestExport> {
    const window = resolveWindow(query);
    const where = ['r.tenant_id = $1', 'r.created_at >= $2', 'r.created_at < $3'];
    const params: unknown[] = [this.db.tenantId, window.from, window.to];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace(/\?/g, `$${params.length}`));
    };
    if (query.status) add('r.status = ?', query.status);
    if (query.itemId) add('r.item_id = ?', query.itemId);
    if (query.assignee)
      add('r.assignee_id = ?', query.assignee === 'me' ? this.db.principal.userId : query.assignee);

    const parts = [csvRow(HEADER)];
    let rows = 0;
    let cursor: [string, string] | null = null;
    let truncated = false;
    for (;;) {
      const batchParams = [...params];
      let keyset = '';
      if (cursor) {
        batchParams.push(cursor[0], cursor[1]);
        keyset = ` AND (r.created_at, r.id) < ($${batchParams.length - 1}::timestamptz, $${batchParams.length}::uuid)`;
      }
      const take = Math.min(EXPORT_BATCH_SIZE, EXPORT_MAX_ROWS - rows);
      batchParams.push(take + 1);
      const batch: RequestSummaryRow[] = await this.db.manager.query(
        `${REQUEST_SUMMARY_SELECT} WHERE ${where.join(' AND ')}${keyset}
          ORDER BY r.created_at DESC, r.id DESC LIMIT $${batchParams.length}`,
        batchParams,
      );
      for (const row of batch.slice(0, take)) {
        const r = toRequestSummary(row);
        parts.push(
          csvRow([
            r.number,
            r.itemName,
            r.status,
            r.priority,
            r.requesterName,
            r.requestedForName,
            r.assigneeName,
            r.costAmount,
            r.costCurrency,
            r.createdAt,
            r.updatedAt,
          ]),
        );
      }
      rows += Math.min(batch.length, take);
      if (batch.length <= take) break;
      if (rows >= EXPORT_MAX_ROWS) {
        truncated = true;
        break;
      }
      const last = batch[take - 1];
      cursor = [last.cursor_at, last.id];
    }
    return { csv: parts.join(''), rows, truncated };
  }
}
