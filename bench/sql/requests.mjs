// SQL for the requests: a staging table `br` that decides every request's item, people, state and
// timestamps once, then the service_requests rows built from it. Later stages (approvals, tasks,
// comments, history) read `br` so all tables agree with each other.

/** Requests reach back this far; density grows linearly towards now (a growing customer base). */
export const SPAN_DAYS = 730;

const STATUS_BY_AGE = `CASE
  WHEN age_days > 30 THEN CASE WHEN sr < 0.83 THEN 'closed' WHEN sr < 0.90 THEN 'cancelled' WHEN sr < 0.95 THEN 'rejected'
                               WHEN sr < 0.98 THEN 'in_progress' ELSE 'on_hold' END
  WHEN age_days > 7 THEN CASE WHEN sr < 0.50 THEN 'closed' WHEN sr < 0.60 THEN 'fulfilled' WHEN sr < 0.80 THEN 'in_progress'
                              WHEN sr < 0.85 THEN 'on_hold' WHEN sr < 0.90 THEN 'pending_approval' WHEN sr < 0.95 THEN 'cancelled'
                              ELSE 'rejected' END
  ELSE CASE WHEN sr < 0.05 THEN 'draft' WHEN sr < 0.30 THEN 'pending_approval' WHEN sr < 0.70 THEN 'in_progress'
            WHEN sr < 0.77 THEN 'on_hold' WHEN sr < 0.92 THEN 'fulfilled' WHEN sr < 0.96 THEN 'cancelled' ELSE 'rejected' END
  END`;

const NOW = `now() - interval '40 seconds'`;

export function requestStaging() {
  const r = (salt) => `pg_temp.rnd(key, ${salt})`;
  return [
    `CREATE TEMP TABLE br AS
     WITH s0 AS (
       SELECT bt.ord, bt.id AS tenant_id, g::bigint AS number, (bt.ord::bigint << 32) | g AS key,
              pg_temp.uid('req', bt.ord, g) AS id, bt.approvers, bt.agent_start, bt.agents, bt.requester_start, bt.users,
              ${SPAN_DAYS} * (1 - sqrt(g::float8 / bt.requests)) AS age_days
         FROM bt, generate_series(1, bt.requests) g
     ), s1 AS (
       SELECT s0.*, floor(24 * pow(${r(2)}, 2))::int AS j, ${r(1)} AS sr, ${r(5)} AS r5, ${r(6)} AS r6, ${r(7)} AS r7,
              ${r(8)} AS r8, ${r(9)} AS r9, ${r(12)} AS r12,
              now() - make_interval(secs => age_days * 86400 + 60 + ${r(3)} * 300) AS created_at,
              CASE WHEN ${r(10)} < 0.002 THEN 0
                   ELSE requester_start + floor(${r(11)} * (users - requester_start))::int END AS req_k,
              (ARRAY['low', 'medium', 'high', 'critical'])[CASE WHEN ${r(4)} < 0.2 THEN 1 WHEN ${r(4)} < 0.75 THEN 2
                                                               WHEN ${r(4)} < 0.95 THEN 3 ELSE 4 END] AS priority
         FROM s0
     ), s2 AS (
       SELECT s1.*, bi.name AS item_name, bi.policy, bi.team, bi.cost_center, bi.cost, bi.delivery_days, bi.n_tasks, bi.task_templates,
              CASE WHEN bi.policy = 0 AND st = 'pending_approval' THEN 'in_progress'
                   WHEN bi.policy = 0 AND st = 'rejected' THEN 'cancelled' ELSE st END AS status
         FROM (SELECT s1.*, ${STATUS_BY_AGE} AS st FROM s1) s1 JOIN bi USING (j)
     ), s3 AS (
       SELECT s2.*, status IN ('in_progress', 'on_hold', 'fulfilled', 'closed') AS decided,
              CASE WHEN status <> 'draft' THEN least(created_at + make_interval(secs => 30 + r5 * 1200), now() - interval '50 seconds') END AS submitted_at,
              CASE WHEN req_k = 0 THEN 1 ELSE 6 + req_k % approvers END AS mgr_k
         FROM s2
     ), s4 AS (
       SELECT s3.*,
              CASE WHEN decided THEN least(submitted_at + CASE WHEN policy > 0 THEN make_interval(secs => 300 + r6 * 129600)
                                                               ELSE interval '0' END, ${NOW}) END AS approved_at,
              CASE WHEN status IN ('cancelled', 'rejected')
                   THEN least(coalesce(submitted_at, created_at) + make_interval(secs => 60 + r6 * 86400), ${NOW}) END AS ended_at,
              CASE WHEN status = 'pending_approval' THEN CASE WHEN policy = 2 AND r7 < 0.4 THEN 1 ELSE 0 END END AS current_level,
              CASE WHEN decided AND r8 < 0.85 THEN agent_start + team + 4 * floor(r9 * (agents / 4))::int END AS assignee_k
         FROM s3
     ), s5 AS (
       SELECT s4.*,
              CASE WHEN status IN ('fulfilled', 'closed')
                   THEN least(approved_at + make_interval(secs => 1800 + r12 * greatest(delivery_days, 1) * 2 * 86400), now()) END AS fulfilled_at
         FROM s4
     )
     SELECT s5.*, CASE WHEN status = 'closed' THEN least(fulfilled_at + make_interval(secs => 600 + r7 * 6 * 86400), now()) END AS closed_at
       FROM s5`,
    `ANALYZE br`,
  ];
}

/** @param hasSla the service-levels migration is applied: requests name the tenant's SLA policy */
export function requestInserts(hasSla) {
  return [
    `INSERT INTO service_requests (tenant_id, id, created_at, updated_at, number, item_id, item_name, requester_id, requested_for_id,
            status, priority, justification, form_data, cost_center_id, cost_amount, cost_currency, approval_plan,
            current_approval_level, task_plan, support_team_id, submitted_at, approved_at, fulfilled_at, closed_at, rating,
            feedback, cancel_reason, version, assignee_id${hasSla ? ', sla_policy_id' : ''})
     SELECT br.tenant_id, br.id, br.created_at,
            greatest(br.created_at, br.submitted_at, br.approved_at, br.fulfilled_at, br.closed_at, br.ended_at),
            br.number, pg_temp.uid('item', br.ord, br.j), br.item_name, pg_temp.uid('u', br.ord, br.req_k),
            pg_temp.uid('u', br.ord, CASE WHEN br.r9 < 0.05 THEN br.requester_start + (br.req_k + 1) % (br.users - br.requester_start) ELSE br.req_k END),
            br.status, br.priority, pg_temp.words(br.key, 100, 4 + (br.r5 * 10)::int),
            jsonb_build_object('details', pg_temp.words(br.key, 200, 3 + (br.r6 * 8)::int)),
            pg_temp.uid('cc', br.ord, br.cost_center), br.cost, 'USD',
            CASE WHEN br.status <> 'draft' THEN p.levels END, br.current_level,
            CASE WHEN br.status <> 'draft' THEN br.task_templates END,
            CASE WHEN br.status <> 'draft' THEN pg_temp.uid('team', br.ord, br.team) END,
            br.submitted_at, br.approved_at, br.fulfilled_at, br.closed_at,
            CASE WHEN br.status = 'closed' AND br.r8 < 0.6 THEN 5 - floor(pow(br.r9, 2) * 5)::int END,
            CASE WHEN br.status = 'closed' AND br.r8 < 0.2 THEN pg_temp.words(br.key, 300, 6) END,
            CASE WHEN br.status = 'cancelled' THEN 'No longer needed' END,
            1 + (br.submitted_at IS NOT NULL)::int + (br.approved_at IS NOT NULL)::int * 2 + (br.fulfilled_at IS NOT NULL)::int
              + (br.closed_at IS NOT NULL)::int + (br.ended_at IS NOT NULL)::int + (br.assignee_k IS NOT NULL)::int,
            CASE WHEN br.assignee_k IS NOT NULL THEN pg_temp.uid('u', br.ord, br.assignee_k) END
            ${hasSla ? `, CASE WHEN br.status <> 'draft' THEN pg_temp.uid('sla', br.ord, 0) END` : ''}
       FROM br LEFT JOIN approval_policies p ON p.tenant_id = br.tenant_id AND p.id = pg_temp.uid('pol', br.ord, br.policy)`,
    `INSERT INTO tenant_counters (tenant_id, name, value) SELECT id, 'request', requests FROM bt`,
  ];
}
