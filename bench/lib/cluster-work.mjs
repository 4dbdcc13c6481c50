/* global fetch -- Node 20 global */
// The scheduled work of the cluster run: occurrences each job must handle exactly once, due at
// staggered instants across the run so that every stretch of it (before, during and after the
// kill) has some. Requests are made through the API, as a person would; then, as the owner, their
// timers, approvals and states are moved so that they fall due within the run:
//
// - SLA timers: a 50% warning, a 75% warning 10 s later and the breach 10 s after that;
// - approvals: a reminder, then the timeout 12 s later, whose action (escalate, approve, reject)
//   rotates, written into the request's approval plan where the job reads it;
// - fulfilled requests whose auto-close date comes up.
//
// Three disjoint sets of requests, so no job's effect changes another's work.

const SECOND = 1000;
/** The API's default (REQUEST_AUTO_CLOSE_DAYS); bench/cluster.mjs passes it to every process. */
export const AUTO_CLOSE_DAYS = 7;
export const TIMEOUT_ACTIONS = ['escalate', 'approve', 'reject'];

async function call(base, auth, method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Creates and submits `count` requests through the API, a few at a time; returns their ids. */
async function submittedRequests({ base, auth, itemId, formData }, count) {
  const ids = [];
  let started = 0;
  const worker = async () => {
    while (started < count) {
      started += 1;
      const { id } = await call(base, auth.requester, 'POST', '/api/v1/requests', {
        itemId,
        formData,
        justification: 'cluster run: scheduled work',
      });
      await call(base, auth.requester, 'POST', `/api/v1/requests/${id}/submit`, {});
      ids.push(id);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return ids;
}

/** `count` instants spread evenly over [from, to] (ms since the epoch). */
const spread = (count, from, to) =>
  Array.from({ length: count }, (_, i) => from + ((to - from) * i) / Math.max(1, count - 1));

/**
 * @param api { base, auth, itemId, formData }: where and as whom to create the requests
 * @param owner a pg client connected as the database owner (no row-level security)
 * @param sizes { slaRequests, approvals, autoClose }
 * @param spanMs every instant falls within [t0 + 5 s, t0 + spanMs]
 * @returns t0 and the occurrences, each with the instant it falls due
 */
export async function prepareWork({ api, owner, tenantId, sizes, spanMs }) {
  const total = sizes.slaRequests + sizes.approvals + sizes.autoClose;
  const ids = await submittedRequests(api, total);
  const slaRequests = ids.slice(0, sizes.slaRequests);
  const approvalRequests = ids.slice(sizes.slaRequests, sizes.slaRequests + sizes.approvals);
  const closeRequests = ids.slice(sizes.slaRequests + sizes.approvals);

  const t0 = Date.now() + 2 * SECOND;
  const first = t0 + 5 * SECOND;
  const last = t0 + spanMs;
  await owner.query('BEGIN');
  try {
    const { rows: timerRows } = await owner.query(
      `SELECT id FROM sla_timers WHERE tenant_id = $1 AND request_id = ANY($2::uuid[]) ORDER BY id`,
      [tenantId, slaRequests],
    );
    const timers = spread(timerRows.length, first + 20 * SECOND, last).map((due, i) => ({
      id: timerRows[i].id,
      dueAt: new Date(due),
    }));
    await owner.query(
      `UPDATE sla_timers t
          SET state = 'running', paused_at = NULL, stopped_at = NULL, breached_at = NULL,
              started_at = u.due - interval '40 seconds', due_at = u.due,
              warning_percents = '{50,75}',
              warning_at = ARRAY[u.due - interval '20 seconds', u.due - interval '10 seconds'],
              next_check_at = u.due - interval '20 seconds', last_warning_percent = NULL
         FROM unnest($2::uuid[], $3::timestamptz[]) AS u(id, due)
        WHERE t.tenant_id = $1 AND t.id = u.id`,
      [tenantId, timers.map((t) => t.id), timers.map((t) => t.dueAt)],
    );

    const { rows: approvalRows } = await owner.query(
      `SELECT id, request_id FROM approvals
        WHERE tenant_id = $1 AND request_id = ANY($2::uuid[]) AND status = 'pending' ORDER BY id`,
      [tenantId, approvalRequests],
    );
    const approvals = spread(approvalRows.length, first, last - 12 * SECOND).map((at, i) => ({
      id: approvalRows[i].id,
      requestId: approvalRows[i].request_id,
      action: TIMEOUT_ACTIONS[i % TIMEOUT_ACTIONS.length],
      remindAt: new Date(at),
      timeoutAt: new Date(at + 12 * SECOND),
    }));
    await owner.query(
      `UPDATE approvals a SET next_reminder_at = u.remind_at, timeout_at = u.timeout_at
         FROM unnest($2::uuid[], $3::timestamptz[], $4::timestamptz[]) AS u(id, remind_at, timeout_at)
        WHERE a.tenant_id = $1 AND a.id = u.id`,
      [
        tenantId,
        approvals.map((a) => a.id),
        approvals.map((a) => a.remindAt),
        approvals.map((a) => a.timeoutAt),
      ],
    );
    await owner.query(
      `UPDATE service_requests r SET approval_plan = jsonb_set(r.approval_plan, '{0,timeoutAction}', to_jsonb(u.action))
         FROM unnest($2::uuid[], $3::text[]) AS u(id, action)
        WHERE r.tenant_id = $1 AND r.id = u.id`,
      [tenantId, approvals.map((a) => a.requestId), approvals.map((a) => a.action)],
    );

    const autoClose = spread(closeRequests.length, first, last).map((at, i) => ({
      id: closeRequests[i],
      closeAt: new Date(at),
    }));
    await owner.query(
      `UPDATE service_requests r SET status = 'fulfilled', fulfilled_at = u.close_at - make_interval(days => $4)
         FROM unnest($2::uuid[], $3::timestamptz[]) AS u(id, close_at)
        WHERE r.tenant_id = $1 AND r.id = u.id`,
      [tenantId, autoClose.map((c) => c.id), autoClose.map((c) => c.closeAt), AUTO_CLOSE_DAYS],
    );
    // A fulfilled request has nobody left to ask.
    await owner.query(
      `UPDATE approvals SET status = 'not_required', next_reminder_at = NULL, timeout_at = NULL
        WHERE tenant_id = $1 AND request_id = ANY($2::uuid[]) AND status = 'pending'`,
      [tenantId, closeRequests],
    );
    await owner.query('COMMIT');
    return { t0, timers, approvals, autoClose };
  } catch (error) {
    await owner.query('ROLLBACK');
    throw error;
  }
}

/** Every instant an occurrence falls due (a timer has three: two warnings and the breach). */
const instants = (work) => [
  ...work.timers.flatMap((t) => [0, 10, 20].map((s) => t.dueAt.getTime() - s * SECOND)),
  ...work.approvals.flatMap((a) => [a.remindAt.getTime(), a.timeoutAt.getTime()]),
  ...work.autoClose.map((c) => c.closeAt.getTime()),
];

/** How many occurrences fall due in [from, to). */
export const dueBetween = (work, from, to) =>
  instants(work).filter((at) => at >= from && at < to).length;

export const lastInstant = (work) => Math.max(...instants(work));
