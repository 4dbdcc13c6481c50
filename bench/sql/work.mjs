// SQL for what hangs off each request: approvals (one per level reached), fulfilment tasks with
// checklists and time entries, and comments. Everything is derived from the `br` staging table.

const NOW = `now() - interval '30 seconds'`;

export function approvalInserts() {
  // Level 0 (the requester's manager) for every submitted request whose item has a policy.
  const level0Decided = `CASE WHEN br.policy = 2 AND br.approved_at IS NOT NULL
        THEN br.submitted_at + (br.approved_at - br.submitted_at) / 2 ELSE br.approved_at END`;
  return [
    `INSERT INTO approvals (tenant_id, id, created_at, updated_at, request_id, level_index, approver_id, status, decided_by_id,
            comment, decided_at, next_reminder_at, timeout_at, version)
     SELECT br.tenant_id, pg_temp.uid('apr', br.ord, br.number * 4), br.submitted_at, coalesce(d.at, br.submitted_at), br.id, 0,
            pg_temp.uid('u', br.ord, br.mgr_k), d.status,
            CASE WHEN d.status IN ('approved', 'rejected') THEN pg_temp.uid('u', br.ord, br.mgr_k) END,
            CASE WHEN d.status = 'rejected' THEN 'Not justified for this quarter' END, d.at,
            CASE WHEN d.status = 'pending' THEN br.submitted_at + interval '24 hours' END,
            CASE WHEN d.status = 'pending' AND br.policy = 1 THEN br.submitted_at + interval '72 hours' END,
            CASE WHEN d.status = 'pending' THEN 1 ELSE 2 END
       FROM br CROSS JOIN LATERAL (SELECT
              CASE WHEN br.status = 'pending_approval' AND br.current_level = 0 THEN 'pending'
                   WHEN br.status = 'rejected' THEN 'rejected' WHEN br.status = 'cancelled' THEN 'not_required'
                   ELSE 'approved' END AS status,
              CASE WHEN br.status = 'pending_approval' AND br.current_level = 1 THEN least(br.submitted_at + interval '4 hours', ${NOW})
                   WHEN br.status = 'rejected' THEN br.ended_at
                   WHEN br.status = 'pending_approval' OR br.status = 'cancelled' THEN NULL
                   ELSE ${level0Decided} END AS at) d
      WHERE br.policy > 0 AND br.submitted_at IS NOT NULL`,
    // Level 1 (a change manager) for two-level policies that got past level 0.
    `INSERT INTO approvals (tenant_id, id, created_at, updated_at, request_id, level_index, approver_id, status, decided_by_id,
            decided_at, timeout_at, version)
     SELECT br.tenant_id, pg_temp.uid('apr', br.ord, br.number * 4 + 1),
            coalesce(${level0Decided}, least(br.submitted_at + interval '4 hours', ${NOW})),
            coalesce(br.approved_at, least(br.submitted_at + interval '4 hours', ${NOW})), br.id, 1, pg_temp.uid('u', br.ord, 4),
            CASE WHEN br.decided THEN 'approved' ELSE 'pending' END,
            CASE WHEN br.decided THEN pg_temp.uid('u', br.ord, 4) END, br.approved_at,
            CASE WHEN NOT br.decided THEN least(br.submitted_at + interval '4 hours', ${NOW}) + interval '48 hours' END,
            CASE WHEN br.decided THEN 2 ELSE 1 END
       FROM br
      WHERE br.policy = 2 AND (br.decided OR (br.status = 'pending_approval' AND br.current_level = 1))`,
  ];
}

/**
 * Tasks: finished requests have every task done (a few skipped); open ones are part way, with the
 * task at the front in progress or open and those behind it blocked.
 */
export function taskInserts() {
  return [
    `CREATE TEMP TABLE bk AS
     SELECT br.tenant_id, br.ord, br.key, br.id AS request_id, br.number * 4 + btt.idx AS number, btt.idx, btt.key AS template_key,
            btt.title, btt.estimate, btt.depends_on, btt.has_checklist, br.team, br.approved_at, br.fulfilled_at,
            pg_temp.uid('task', br.ord, br.number * 4 + btt.idx) AS id,
            CASE WHEN br.status IN ('fulfilled', 'closed') THEN CASE WHEN pg_temp.rnd(br.key * 4 + btt.idx, 40) < 0.05 THEN 'skipped' ELSE 'done' END
                 WHEN btt.idx < floor(br.r7 * br.n_tasks) THEN 'done'
                 WHEN btt.idx = floor(br.r7 * br.n_tasks) THEN CASE WHEN br.r8 < 0.6 THEN 'in_progress' ELSE 'open' END
                 ELSE 'blocked' END AS status,
            br.agent_start + br.team + 4 * floor(pg_temp.rnd(br.key * 4 + btt.idx, 41) * (br.agents / 4))::int AS agent_k
       FROM br JOIN btt ON btt.j = br.j
      WHERE br.decided`,
    `INSERT INTO tasks (tenant_id, id, created_at, updated_at, number, request_id, template_key, title, team_id, assignee_id, status,
            depends_on, estimate_minutes, skip_reason, started_at, completed_at, version)
     SELECT bk.tenant_id, bk.id, bk.approved_at, coalesce(bk.fulfilled_at, bk.approved_at), bk.number, bk.request_id, bk.template_key,
            bk.title, pg_temp.uid('team', bk.ord, bk.team),
            CASE WHEN bk.status IN ('done', 'in_progress') OR (bk.status = 'open' AND bk.idx % 2 = 0) THEN pg_temp.uid('u', bk.ord, bk.agent_k) END,
            bk.status, bk.depends_on, bk.estimate, CASE WHEN bk.status = 'skipped' THEN 'Not needed' END,
            CASE WHEN bk.status IN ('done', 'in_progress') THEN bk.approved_at + interval '10 minutes' END,
            CASE WHEN bk.status IN ('done', 'skipped') THEN coalesce(bk.fulfilled_at, least(bk.approved_at + interval '2 hours', ${NOW})) END,
            CASE WHEN bk.status = 'blocked' THEN 1 WHEN bk.status = 'open' THEN 2 ELSE 3 END
       FROM bk`,
    `INSERT INTO tenant_counters (tenant_id, name, value)
     SELECT bt.id, 'task', coalesce(max(bk.number), 0) FROM bt LEFT JOIN bk ON bk.tenant_id = bt.id GROUP BY bt.id`,
    // Checklists matter on the board (open work); finished tasks' checklists are left out to keep volume down.
    `INSERT INTO task_checklist_items (tenant_id, id, task_id, position, label, done, done_by_id, done_at)
     SELECT bk.tenant_id, pg_temp.uid('chk', bk.ord, bk.number * 4 + p), bk.id, p, 'Step ' || (p + 1),
            bk.status = 'in_progress' AND p = 0, CASE WHEN bk.status = 'in_progress' AND p = 0 THEN pg_temp.uid('u', bk.ord, bk.agent_k) END,
            CASE WHEN bk.status = 'in_progress' AND p = 0 THEN bk.approved_at + interval '20 minutes' END
       FROM bk, generate_series(0, 2) p
      WHERE bk.has_checklist AND bk.status IN ('open', 'in_progress', 'blocked')`,
    `INSERT INTO task_time_entries (tenant_id, id, task_id, user_id, minutes, spent_on, note, created_at)
     SELECT bk.tenant_id, pg_temp.uid('time', bk.ord, bk.number), bk.id, pg_temp.uid('u', bk.ord, bk.agent_k),
            greatest(1, least(1440, (bk.estimate * (0.5 + pg_temp.rnd(bk.key * 4 + bk.idx, 42)))::int)),
            (bk.approved_at + interval '1 hour')::date, '', bk.approved_at + interval '1 hour'
       FROM bk
      WHERE bk.status = 'in_progress' OR (bk.status = 'done' AND pg_temp.rnd(bk.key * 4 + bk.idx, 43) < 0.25)`,
  ];
}

/** 0-3 comments per submitted request, most with none or one; some internal notes by agents. */
export function commentInserts() {
  return [
    `INSERT INTO request_comments (tenant_id, id, request_id, author_id, visibility, body, created_at)
     SELECT br.tenant_id, pg_temp.uid('cmt', br.ord, br.number * 4 + c), br.id,
            pg_temp.uid('u', br.ord, CASE WHEN c % 2 = 1 OR br.assignee_k IS NULL THEN br.req_k ELSE br.assignee_k END),
            CASE WHEN c % 2 = 0 AND br.assignee_k IS NOT NULL AND pg_temp.rnd(br.key * 4 + c, 50) < 0.3 THEN 'internal' ELSE 'public' END,
            pg_temp.words(br.key * 4 + c, 500, 5 + floor(pg_temp.rnd(br.key * 4 + c, 51) * 25)::int),
            least(br.submitted_at + c * make_interval(secs => 600 + pg_temp.rnd(br.key * 4 + c, 52) * 86400), now() - interval '20 seconds')
       FROM br, generate_series(1, floor(pow(br.r12, 2) * 4)::int) c
      WHERE br.submitted_at IS NOT NULL`,
  ];
}
