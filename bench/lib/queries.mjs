// The hot read queries of the API, as the services send them (fragments imported from the
// sources; WHERE/ORDER/LIMIT copied from the named service methods), with parameters drawn from
// the generated big tenant. Used by plans.mjs (EXPLAIN) and load.mjs (the raw-SQL baselines).
import {
  ITEM_FROM,
  QUEUE_SELECT,
  REQUEST_SUMMARY_SELECT,
  SUMMARY_COLUMNS,
  TASK_SUMMARY_SELECT,
  detailSql,
  itemDocument,
  prefixQuery,
  requestDocument,
} from './app-sql.mjs';

const PAGE = 51; // DEFAULT_PAGE_SIZE + 1: toPage reads one more row to know there is a next page

/** The most and least frequent words of the generator's vocabulary (sql/catalog-items.mjs). */
export const COMMON_TERM = 'access';
export const RARE_TERM = 'ergonomic accessibility chair';

const requestSearch = `${REQUEST_SUMMARY_SELECT} WHERE r.tenant_id = $1 AND ${requestDocument('r')} @@ to_tsquery('english', $2)
  ORDER BY r.created_at DESC, r.id DESC LIMIT ${PAGE}`;

const catalogSearch = () =>
  // catalog.service.ts list() with q: ranked full-text search, first page.
  `SELECT * FROM (
     SELECT ${SUMMARY_COLUMNS}, ts_rank(${itemDocument('i')}, to_tsquery('english', $2)) AS rank
       FROM ${ITEM_FROM} WHERE i.tenant_id = $1 AND i.status = 'published' AND ${itemDocument('i')} @@ to_tsquery('english', $2)
   ) s ORDER BY s.rank DESC, s.name, s.id LIMIT ${PAGE}`;

/** name -> { sql, params(fx) }; `group` ties several statements to one API call (detail). */
export const QUERIES = [
  {
    // requests.service.ts list(): an agent (requests:read-all), no filter
    name: 'requests: list, first page',
    sql: `${REQUEST_SUMMARY_SELECT} WHERE r.tenant_id = $1 ORDER BY r.created_at DESC, r.id DESC LIMIT ${PAGE}`,
    params: (fx) => [fx.tenantId],
  },
  {
    name: 'requests: list, deep keyset page',
    sql: `${REQUEST_SUMMARY_SELECT} WHERE r.tenant_id = $1 AND (r.created_at, r.id) < ($2::timestamptz, $3::uuid)
           ORDER BY r.created_at DESC, r.id DESC LIMIT ${PAGE}`,
    params: (fx) => [fx.tenantId, ...fx.deepCursor],
  },
  {
    name: 'requests: list ?mine=true',
    sql: `${REQUEST_SUMMARY_SELECT} WHERE r.tenant_id = $1 AND (r.requester_id = $2 OR r.requested_for_id = $2)
           ORDER BY r.created_at DESC, r.id DESC LIMIT ${PAGE}`,
    params: (fx) => [fx.tenantId, fx.users.requester],
  },
  {
    name: 'requests: list ?status=in_progress',
    sql: `${REQUEST_SUMMARY_SELECT} WHERE r.tenant_id = $1 AND r.status = $2 ORDER BY r.created_at DESC, r.id DESC LIMIT ${PAGE}`,
    params: (fx) => [fx.tenantId, 'in_progress'],
  },
  {
    name: 'requests: list ?assignee=me&status=in_progress',
    sql: `${REQUEST_SUMMARY_SELECT} WHERE r.tenant_id = $1 AND r.status = $2 AND r.assignee_id = $3
           ORDER BY r.created_at DESC, r.id DESC LIMIT ${PAGE}`,
    params: (fx) => [fx.tenantId, 'in_progress', fx.users.busyAgent],
  },
  {
    name: 'requests: list ?itemId=',
    sql: `${REQUEST_SUMMARY_SELECT} WHERE r.tenant_id = $1 AND r.item_id = $2 ORDER BY r.created_at DESC, r.id DESC LIMIT ${PAGE}`,
    params: (fx) => [fx.tenantId, fx.itemId],
  },
  // request-detail.reader.ts: GET requests/{id} (and every request action's answer), one statement
  {
    name: 'request detail',
    group: 'detail',
    sql: detailSql({ seesInternal: true }),
    params: (fx) => [fx.tenantId, fx.requestId],
  },
  {
    // approvals.service.ts queue(): the change manager's queue (the busiest in the tenant)
    name: 'approvals: queue (busy approver)',
    sql: `${QUEUE_SELECT} WHERE a.tenant_id = $1 AND a.approver_id = $2 AND a.status = $3 ORDER BY a.created_at, a.id LIMIT ${PAGE}`,
    params: (fx) => [fx.tenantId, fx.users.changes, 'pending'],
  },
  {
    name: 'approvals: queue ?status=approved',
    sql: `${QUEUE_SELECT} WHERE a.tenant_id = $1 AND a.approver_id = $2 AND a.status = $3 ORDER BY a.created_at, a.id LIMIT ${PAGE}`,
    params: (fx) => [fx.tenantId, fx.users.changes, 'approved'],
  },
  // tasks.service.ts list(): the board's queries
  {
    name: 'tasks: board ?team=&status=open',
    sql: `${TASK_SUMMARY_SELECT} WHERE t.tenant_id = $1 AND t.team_id = $2 AND t.status = $3 ORDER BY t.created_at, t.id LIMIT ${PAGE}`,
    params: (fx) => [fx.tenantId, fx.teamId, 'open'],
  },
  {
    name: 'tasks: board ?assignee=me&status=in_progress',
    sql: `${TASK_SUMMARY_SELECT} WHERE t.tenant_id = $1 AND t.assignee_id = $2 AND t.status = $3 ORDER BY t.created_at, t.id LIMIT ${PAGE}`,
    params: (fx) => [fx.tenantId, fx.users.busyAgent, 'in_progress'],
  },
  {
    name: 'tasks: board ?status=open',
    sql: `${TASK_SUMMARY_SELECT} WHERE t.tenant_id = $1 AND t.status = $2 ORDER BY t.created_at, t.id LIMIT ${PAGE}`,
    params: (fx) => [fx.tenantId, 'open'],
  },
  {
    name: 'tasks: board, no filter',
    sql: `${TASK_SUMMARY_SELECT} WHERE t.tenant_id = $1 ORDER BY t.created_at, t.id LIMIT ${PAGE}`,
    params: (fx) => [fx.tenantId],
  },
  {
    // requests.service.ts list() with q: words as prefixes, newest first (not ranked), as an agent
    name: 'search: requests ?q= (very common term)',
    sql: requestSearch,
    params: (fx) => [fx.tenantId, prefixQuery(COMMON_TERM)],
  },
  {
    name: 'search: requests ?q= (rare term)',
    sql: requestSearch,
    params: (fx) => [fx.tenantId, prefixQuery(RARE_TERM)],
  },
  {
    // catalog.service.ts list() with q; prefixQuery() turns words into `word:*` terms
    name: 'search: catalog ?q= (common term)',
    sql: catalogSearch(),
    params: (fx) => [fx.tenantId, prefixQuery('access')],
  },
  {
    name: 'search: catalog ?q= (rare term)',
    sql: catalogSearch(),
    params: (fx) => [fx.tenantId, prefixQuery('ergonomic')],
  },
  {
    // audit.controller.ts listAuditEvents(): newest first, no filter
    name: 'audit events: list',
    sql: `SELECT id, occurred_at, occurred_at::text AS cursor_at, actor_type, actor_id, action, entity_type,
                 entity_id, before, after, request_id, host(source_ip) AS source_ip
            FROM audit_events WHERE tenant_id = $1 ORDER BY occurred_at DESC, id DESC LIMIT ${PAGE}`,
    params: (fx) => [fx.tenantId],
  },
  // reporting/dashboard-metrics.service.ts dashboard(): the default 30-day window
  {
    name: 'dashboard: submitted in window',
    group: 'dashboard',
    sql: `SELECT count(*) AS total,
                 count(*) FILTER (WHERE status = ANY($4)) AS finished,
                 count(*) FILTER (WHERE status = ANY($5)) AS successful,
                 (SELECT avg(extract(epoch FROM a.approved_at - a.submitted_at) / 60)
                    FROM service_requests a
                   WHERE a.tenant_id = $1 AND a.submitted_at >= $2 AND a.submitted_at < $3
                     AND a.approved_at IS NOT NULL AND jsonb_array_length(a.approval_plan) > 0
                 ) AS approval_minutes
            FROM service_requests WHERE tenant_id = $1 AND submitted_at >= $2 AND submitted_at < $3`,
    params: (fx) => [
      fx.tenantId,
      fx.windowFrom,
      fx.windowTo,
      ['fulfilled', 'closed', 'rejected', 'cancelled'],
      ['fulfilled', 'closed'],
    ],
  },
  {
    name: 'dashboard: fulfilled in window',
    group: 'dashboard',
    sql: `SELECT avg(extract(epoch FROM fulfilled_at - submitted_at) / 60) AS fulfilment_minutes,
                 avg(rating) AS rating_avg, count(rating) AS ratings
            FROM service_requests WHERE tenant_id = $1 AND fulfilled_at >= $2 AND fulfilled_at < $3`,
    params: (fx) => [fx.tenantId, fx.windowFrom, fx.windowTo],
  },
  {
    name: 'dashboard: now',
    group: 'dashboard',
    sql: `SELECT
            (SELECT count(*) FROM service_requests WHERE tenant_id = $1 AND status = 'pending_approval') AS pending_approvals,
            (SELECT count(*) FROM service_requests WHERE tenant_id = $1 AND status = ANY($2)) AS in_progress,
            (SELECT count(*) FROM service_requests WHERE tenant_id = $1
                AND fulfilled_at >= date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC') AS fulfilled_today,
            (SELECT count(*) FROM catalog_items WHERE tenant_id = $1 AND status = 'published') AS active_items`,
    params: (fx) => [fx.tenantId, ['approved', 'in_progress', 'on_hold']],
  },
  {
    name: 'dashboard: top items',
    group: 'dashboard',
    sql: `SELECT c.item_id, i.name AS item_name, c.requests
            FROM (SELECT item_id, count(*) AS requests
                    FROM service_requests
                   WHERE tenant_id = $1 AND submitted_at >= $2 AND submitted_at < $3
                   GROUP BY item_id) c
            JOIN catalog_items i ON i.tenant_id = $1 AND i.id = c.item_id
           ORDER BY c.requests DESC, i.name, c.item_id LIMIT 10`,
    params: (fx) => [fx.tenantId, fx.windowFrom, fx.windowTo],
  },
  {
    // reporting/sla-metrics.queries.ts compliance()
    name: 'dashboard: sla compliance',
    group: 'dashboard',
    sql: `SELECT count(*) FILTER (WHERE t.state = 'stopped') AS stopped,
                 count(*) FILTER (WHERE t.state = 'stopped' AND t.breached_at IS NULL) AS met
            FROM sla_timers t
           WHERE t.tenant_id = $1 AND t.started_at >= $2 AND t.started_at < $3 AND t.state <> 'cancelled'`,
    params: (fx) => [fx.tenantId, fx.windowFrom, fx.windowTo],
  },
  {
    // service-levels/sla-sweep.service.ts run(): what the job reads (as a SELECT, not the UPDATE)
    name: 'sla sweep: due timers',
    sql: `SELECT id FROM sla_timers WHERE tenant_id = $1 AND next_check_at <= $2 AND due_at <= $2
             AND breached_at IS NULL AND state IN ('running', 'paused')`,
    params: (fx) => [fx.tenantId, new Date()],
  },
  {
    // fulfillment/task-generation.service.ts (openTaskLoads): each member's open tasks, counted
    // for auto-assignment to the least loaded
    name: 'fulfilment: auto-assign (open tasks per member)',
    sql: `SELECT m.team_id, m.user_id,
                 (SELECT count(*)::int FROM tasks t
                   WHERE t.tenant_id = m.tenant_id AND t.assignee_id = m.user_id
                     AND t.status IN ('blocked', 'open', 'in_progress')) AS open
            FROM team_members m
            JOIN users u ON u.tenant_id = m.tenant_id AND u.id = m.user_id AND u.active
           WHERE m.tenant_id = $1 AND m.team_id = ANY($2::uuid[])`,
    params: (fx) => [fx.tenantId, [fx.teamId]],
  },
  {
    // notifications/delivery/outbox-dispatcher.ts dispatchBatch(): the claim of due events
    name: 'outbox: claim due events',
    sql: `SELECT id, tenant_id, event_type, aggregate_type, aggregate_id, occurred_at, actor_id, payload, attempts
            FROM outbox_events
           WHERE tenant_id = $1 AND dispatched_at IS NULL AND gave_up_at IS NULL
             AND next_attempt_at <= GREATEST($2::timestamptz, now())
           ORDER BY next_attempt_at, occurred_at, id
           LIMIT 100 FOR UPDATE SKIP LOCKED`,
    params: (fx) => [fx.tenantId, new Date()],
  },
  {
    // migrations/1765200000000-outbox-backlog.ts notification_pending_tenants(): the body of the
    // SECURITY DEFINER function (EXPLAIN cannot see inside it), across tenants, as the owner.
    name: 'outbox: tenants with due work (all tenants)',
    asOwner: true,
    sql: `SELECT t.id FROM tenants t
           WHERE (SELECT true FROM outbox_events o
                          WHERE o.tenant_id = t.id AND o.dispatched_at IS NULL AND o.gave_up_at IS NULL
                            AND o.next_attempt_at <= $1 LIMIT 1)
              OR (SELECT true FROM email_deliveries e
                          WHERE e.tenant_id = t.id AND e.status = 'pending' AND e.next_attempt_at <= $1 LIMIT 1)
              OR (SELECT true FROM webhook_deliveries w
                          WHERE w.tenant_id = t.id AND w.status = 'pending' AND w.next_attempt_at <= $1 LIMIT 1)
           LIMIT 100`,
    params: () => [new Date()],
  },
];

export const byName = (name) => {
  const query = QUERIES.find((q) => q.name === name);
  if (!query) throw new Error(`no bench query named ${name}`);
  return query;
};
