// The API's own SQL fragments (and the notification rules the cluster run checks deliveries
// against), loaded from the TypeScript sources (ts-node, transpile-only) so the plans and raw-SQL
// baselines run exactly what the services run, and follow them when they change.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

process.env.TS_NODE_PROJECT = path.join(ROOT, 'apps/api/tsconfig.app.json');
require('ts-node').register({ transpileOnly: true, project: process.env.TS_NODE_PROJECT });
require('tsconfig-paths/register');
require('reflect-metadata');

const source = (file) => require(path.join(ROOT, 'apps/api/src', file));

/** apps/api/src/practices/service-requests/request-queries.ts */
export const { REQUEST_SUMMARY_SELECT, requestDocument } = source(
  'practices/service-requests/request-queries.ts',
);
/** apps/api/src/platform/database/sql.ts */
export const { prefixQuery } = source('platform/database/sql.ts');
/** apps/api/src/practices/service-requests/request-detail.reader.ts */
export const { detailSql } = source('practices/service-requests/request-detail.reader.ts');
/** apps/api/src/practices/approvals/approvals.service.ts */
export const { APPROVAL_SELECT } = source('practices/approvals/approvals.service.ts');
/** apps/api/src/practices/fulfillment/task-queries.ts */
export const { TASK_SUMMARY_SELECT } = source('practices/fulfillment/task-queries.ts');
/** apps/api/src/practices/notifications/notification-events.ts: who an event tells, and what */
export const { audienceOf, messageFor } = source('practices/notifications/notification-events.ts');
/** apps/api/src/practices/service-catalog/catalog-item.sql.ts */
export const { SUMMARY_COLUMNS, ITEM_FROM, itemDocument } = source(
  'practices/service-catalog/catalog-item.sql.ts',
);

/**
 * approvals.service.ts builds its queue query from APPROVAL_SELECT but does not export it; this is
 * the same derivation, copied (keep in step with QUEUE_SELECT there).
 */
export const QUEUE_SELECT = APPROVAL_SELECT.replace(
  'SELECT a.id,',
  `SELECT a.request_id, r.number AS request_number, r.item_name, r.priority, r.justification, r.requester_id,
          rq.name AS requester_name, r.cost_amount::text AS cost_amount, r.cost_currency, a.id,`,
).concat(` JOIN users rq ON rq.tenant_id = r.tenant_id AND rq.id = r.requester_id`);
