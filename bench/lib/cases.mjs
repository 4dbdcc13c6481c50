// The load-test cases: each an API call (autocannon) and, for reads, the SQL it runs (node-postgres)
// so the report can put API / raw side by side. Writes are compared with pgbench TPC-B instead.
import { byName, COMMON_TERM, QUERIES, RARE_TERM } from './queries.mjs';

const JSON_TYPE = { 'content-type': 'application/json' };
const cursorOf = (values) => Buffer.from(JSON.stringify(values)).toString('base64url');

/** Raw work: the named queries in order (one API call may run several). */
const sqlWork = (queries, fx, vary) => async (client, i) => {
  const f = vary ? vary(fx, i) : fx;
  for (const q of queries) await client.query(q.sql, q.params(f));
};

/**
 * @param fx fixtures (ids, cursors) from lib/fixtures.mjs
 * @param auth sign-in headers per persona
 * @param pendingApprovals ids the approve case decides, in order (read just before it runs)
 */
export function buildCases(fx, auth) {
  const detailQueries = QUERIES.filter((q) => q.group === 'detail');
  const dashboardQueries = QUERIES.filter((q) => q.group === 'dashboard');
  let detailIndex = 0;
  const cycle = (list) => list[detailIndex++ % list.length];
  return [
    {
      name: 'request list, first page',
      api: { path: '/api/v1/requests', headers: auth.agent },
      raw: sqlWork([byName('requests: list, first page')], fx),
    },
    {
      name: 'request list, deep keyset page',
      api: { path: `/api/v1/requests?cursor=${cursorOf(fx.deepCursor)}`, headers: auth.agent },
      raw: sqlWork([byName('requests: list, deep keyset page')], fx),
    },
    {
      name: 'request detail',
      api: {
        headers: auth.agent,
        requests: [
          { setupRequest: (req) => ({ ...req, path: `/api/v1/requests/${cycle(fx.requestIds)}` }) },
        ],
      },
      raw: sqlWork(detailQueries, fx, (f, i) => ({
        ...f,
        requestId: f.requestIds[i % f.requestIds.length],
      })),
    },
    {
      name: 'approvals queue',
      api: { path: '/api/v1/approvals?status=pending', headers: auth.changes },
      raw: sqlWork([byName('approvals: queue (busy approver)')], fx),
    },
    {
      name: 'task board (team, open)',
      api: { path: `/api/v1/tasks?team=${fx.teamId}&status=open`, headers: auth.agent },
      raw: sqlWork([byName('tasks: board ?team=&status=open')], fx),
    },
    {
      name: 'search requests, very common term',
      api: { path: `/api/v1/requests?q=${encodeURIComponent(COMMON_TERM)}`, headers: auth.agent },
      raw: sqlWork([byName('search: requests ?q= (very common term)')], fx),
    },
    {
      name: 'search requests, rare term',
      api: { path: `/api/v1/requests?q=${encodeURIComponent(RARE_TERM)}`, headers: auth.agent },
      raw: sqlWork([byName('search: requests ?q= (rare term)')], fx),
    },
    {
      name: 'search, common term (catalog)',
      api: { path: '/api/v1/catalog/items?q=access', headers: auth.requester },
      raw: sqlWork([byName('search: catalog ?q= (common term)')], fx),
    },
    {
      name: 'search, rare term (catalog)',
      api: { path: '/api/v1/catalog/items?q=ergonomic', headers: auth.requester },
      raw: sqlWork([byName('search: catalog ?q= (rare term)')], fx),
    },
    {
      name: 'dashboard',
      api: { path: '/api/v1/metrics/dashboard', headers: auth.admin },
      raw: sqlWork(dashboardQueries, fx, (f) => ({ ...f, windowTo: new Date() })),
    },
    {
      // Two HTTP calls per operation: ops/s is half the requests/s reported.
      name: 'create + submit',
      write: true,
      api: {
        headers: { ...auth.requester, ...JSON_TYPE },
        requests: [
          {
            method: 'POST',
            path: '/api/v1/requests',
            body: JSON.stringify({ itemId: fx.itemId, formData: { details: 'bench load test' } }),
            onResponse: (status, body, context) => {
              context.id = status < 300 ? JSON.parse(body).id : null;
            },
          },
          {
            method: 'POST',
            setupRequest: (req, context) =>
              context.id
                ? { ...req, path: `/api/v1/requests/${context.id}/submit`, body: '{}' }
                : null,
          },
        ],
      },
    },
    {
      name: 'approve',
      write: true,
      approvals: true,
      api: (ids) => {
        let next = 0;
        return {
          headers: { ...auth.approver, ...JSON_TYPE },
          requests: [
            {
              method: 'POST',
              // Each call decides a different pending approval; when they run out the calls
              // get 404 and are counted as errors, not throughput.
              setupRequest: (req) => ({
                ...req,
                path: `/api/v1/approvals/${ids[next++] ?? '00000000-0000-4000-8000-000000000000'}/approve`,
                body: JSON.stringify({ comment: 'ok' }),
              }),
            },
          ],
        };
      },
    },
  ];
}
