// SQL for each request's history: timeline lines (request_activities), the audit trail and the
// recent outbox. All three come from one list of events per request so they tell the same story.

/** (idx, kind, occurred_at, actor k or NULL for the system, summary, audit action) per request. */
const EVENTS = `
  FROM br CROSS JOIN LATERAL (VALUES
    (0, 'created', br.created_at, br.req_k, 'Draft created for ' || br.item_name, 'request.created'),
    (1, 'submitted', br.submitted_at, br.req_k, 'Submitted', 'request.submit'),
    (2, 'approved', CASE WHEN br.policy > 0 THEN br.approved_at END, br.mgr_k, 'Approved', 'request.approve'),
    (3, 'in_progress', br.approved_at, NULL, 'Fulfilment started', 'request.start_fulfilment'),
    (4, 'on_hold', CASE WHEN br.status = 'on_hold' THEN br.approved_at + interval '1 hour' END, br.assignee_k, 'Put on hold', 'request.hold'),
    (5, 'fulfilled', br.fulfilled_at, NULL, 'All tasks done', 'request.fulfil'),
    (6, 'closed', br.closed_at, br.req_k, 'Closed', 'request.close'),
    (7, br.status, CASE WHEN br.status IN ('cancelled', 'rejected') THEN br.ended_at END,
        CASE WHEN br.status = 'rejected' THEN br.mgr_k ELSE br.req_k END, initcap(br.status), 'request.' || br.status)
  ) e(idx, kind, at, actor_k, summary, action)
  WHERE e.at IS NOT NULL AND e.at <= now()`;

export function historyInserts() {
  return [
    `INSERT INTO request_activities (tenant_id, id, request_id, occurred_at, actor_id, kind, summary, public)
     SELECT br.tenant_id, pg_temp.uid('act', br.ord, br.number * 8 + e.idx), br.id, e.at,
            CASE WHEN e.actor_k IS NOT NULL THEN pg_temp.uid('u', br.ord, e.actor_k) END, e.kind, e.summary, true
     ${EVENTS}`,
    `INSERT INTO audit_events (tenant_id, id, occurred_at, actor_type, actor_id, action, entity_type, entity_id, before, after, request_id)
     SELECT br.tenant_id, pg_temp.uid('aud', br.ord, br.number * 8 + e.idx), e.at,
            CASE WHEN e.actor_k IS NULL THEN 'system' ELSE 'user' END,
            CASE WHEN e.actor_k IS NOT NULL THEN pg_temp.uid('u', br.ord, e.actor_k) END, e.action, 'request', br.id,
            CASE WHEN e.idx > 0 THEN jsonb_build_object('version', e.idx) END,
            jsonb_build_object('status', e.kind, 'version', e.idx + 1), 'bench-' || br.key
     ${EVENTS}`,
    // Dispatched events are purged after 30 days; the last minutes are still waiting for delivery.
    `INSERT INTO outbox_events (tenant_id, id, occurred_at, event_type, aggregate_type, aggregate_id, payload, dispatched_at, attempts)
     SELECT br.tenant_id, pg_temp.uid('out', br.ord, br.number * 8 + e.idx), e.at, 'request.' || e.kind, 'request', br.id,
            jsonb_build_object('number', br.number, 'to', e.kind),
            CASE WHEN e.at < now() - interval '2 minutes' THEN e.at + interval '2 seconds' END,
            CASE WHEN e.at < now() - interval '2 minutes' THEN 1 ELSE 0 END
     ${EVENTS} AND e.idx > 0 AND e.at > now() - interval '30 days'`,
  ];
}
