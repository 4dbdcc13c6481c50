// What the cluster run proves, read from the database as the owner once the run has drained:
// each scheduled occurrence happened exactly once (one outbox event, and one audit or timeline
// entry where the job writes one), every outbox event was delivered to each of its recipients and
// none is left pending, and every write the load generator was told succeeded is there.
import { audienceOf, messageFor } from './app-sql.mjs';

const countMap = (rows) => new Map(rows.map((r) => [r.id, r.n]));

async function eventsPerAggregate(owner, tenantId, type, ids) {
  const { rows } = await owner.query(
    `SELECT aggregate_id::text AS id, count(*)::int AS n FROM outbox_events
      WHERE tenant_id = $1 AND event_type = $2 AND aggregate_id = ANY($3::uuid[]) GROUP BY 1`,
    [tenantId, type, ids],
  );
  return countMap(rows);
}

async function auditsPerEntity(owner, tenantId, action, ids) {
  const { rows } = await owner.query(
    `SELECT entity_id::text AS id, count(*)::int AS n FROM audit_events
      WHERE tenant_id = $1 AND action = $2 AND entity_id = ANY($3::uuid[]) GROUP BY 1`,
    [tenantId, action, ids],
  );
  return countMap(rows);
}

async function timelinePerRequest(owner, tenantId, kind, ids) {
  const { rows } = await owner.query(
    `SELECT request_id::text AS id, count(*)::int AS n FROM request_activities
      WHERE tenant_id = $1 AND kind = $2 AND request_id = ANY($3::uuid[]) GROUP BY 1`,
    [tenantId, kind, ids],
  );
  return countMap(rows);
}

/**
 * One line of the effects table. `keys` are the occurrences expected; `events` and `records` map
 * each to how many outbox events and audit/timeline entries it got. Exactly once means 1 and 1.
 */
function effect(name, keys, events, records) {
  const n = (map, key) => map?.get(key) ?? 0;
  const once = keys.filter((k) => n(events, k) === 1 && (!records || n(records, k) === 1));
  const sum = (map) => (map ? keys.reduce((total, k) => total + n(map, k), 0) : null);
  return {
    effect: name,
    expected: keys.length,
    once: once.length,
    events: sum(events),
    records: sum(records),
    ok: once.length === keys.length,
  };
}

/** The scheduled occurrences prepared by lib/cluster-work.mjs, each counted. */
export async function checkScheduledEffects(owner, tenantId, work) {
  const rows = [];
  const timerIds = work.timers.map((t) => t.id);
  const { rows: slaEvents } = await owner.query(
    `SELECT payload->>'timerId' AS timer, event_type, payload->>'thresholdPercent' AS percent, count(*)::int AS n
       FROM outbox_events WHERE tenant_id = $1 AND event_type IN ('sla.breached', 'sla.warning')
        AND payload->>'timerId' = ANY($2::text[]) GROUP BY 1, 2, 3`,
    [tenantId, timerIds],
  );
  const { rows: slaAudits } = await owner.query(
    `SELECT entity_id::text AS timer, action, after->>'thresholdPercent' AS percent, count(*)::int AS n
       FROM audit_events WHERE tenant_id = $1 AND action IN ('sla.breached', 'sla.warning')
        AND entity_id = ANY($2::uuid[]) GROUP BY 1, 2, 3`,
    [tenantId, timerIds],
  );
  const byKey = (list, type) =>
    new Map(
      list
        .filter((r) => (r.event_type ?? r.action) === type)
        .map((r) => [`${r.timer}/${r.percent ?? ''}`, r.n]),
    );
  const breachKeys = timerIds.map((id) => `${id}/`);
  const warningKeys = timerIds.flatMap((id) => [`${id}/50`, `${id}/75`]);
  rows.push(
    effect(
      'SLA breaches',
      breachKeys,
      byKey(slaEvents, 'sla.breached'),
      byKey(slaAudits, 'sla.breached'),
    ),
    effect(
      'SLA warnings (50%, 75%)',
      warningKeys,
      byKey(slaEvents, 'sla.warning'),
      byKey(slaAudits, 'sla.warning'),
    ),
  );

  const approvalIds = work.approvals.map((a) => a.id);
  rows.push(
    effect(
      'approval reminders',
      approvalIds,
      await eventsPerAggregate(owner, tenantId, 'approval.reminder', approvalIds),
    ),
  );
  const escalated = work.approvals.filter((a) => a.action === 'escalate');
  rows.push(
    effect(
      'approval timeouts: escalate',
      escalated.map((a) => a.id),
      await eventsPerAggregate(
        owner,
        tenantId,
        'approval.escalated',
        escalated.map((a) => a.id),
      ),
      // The timeline line is per request; each prepared request has one prepared approval.
      await timelinePerRequest(
        owner,
        tenantId,
        'approval.escalated',
        escalated.map((a) => a.requestId),
      ).then((m) => new Map(escalated.map((a) => [a.id, m.get(a.requestId) ?? 0]))),
    ),
  );
  for (const [action, decision] of [
    ['approve', 'approved'],
    ['reject', 'rejected'],
  ]) {
    const decided = work.approvals.filter((a) => a.action === action).map((a) => a.id);
    rows.push(
      effect(
        `approval timeouts: ${action}`,
        decided,
        await eventsPerAggregate(owner, tenantId, 'approval.decided', decided),
        await auditsPerEntity(owner, tenantId, `approval.${decision}`, decided),
      ),
    );
  }

  const closeIds = work.autoClose.map((c) => c.id);
  rows.push(
    effect(
      'request auto-close',
      closeIds,
      await eventsPerAggregate(owner, tenantId, 'request.closed', closeIds),
      await auditsPerEntity(owner, tenantId, 'request.auto_close', closeIds),
    ),
  );
  return rows;
}

/**
 * Every outbox event in the database (the seed's, the load's, the jobs'): dispatched, not given up
 * on, and told in-app to exactly the people the dispatcher's own rules name (lib/app-sql.mjs loads
 * them from the API's sources): the payload's audience, less the actor, active users only, less
 * anyone who switched that event off.
 */
export async function checkOutbox(owner) {
  const { rows: events } = await owner.query(
    `SELECT o.id, o.tenant_id, o.event_type, o.aggregate_type, o.aggregate_id, o.occurred_at, o.actor_id,
            o.payload, o.dispatched_at IS NOT NULL AS dispatched, o.gave_up_at IS NOT NULL AS gave_up,
            (SELECT count(*)::int FROM notifications n WHERE n.tenant_id = o.tenant_id AND n.event_id = o.id) AS told,
            (SELECT count(DISTINCT n.user_id)::int FROM notifications n WHERE n.tenant_id = o.tenant_id AND n.event_id = o.id) AS told_distinct
       FROM outbox_events o`,
  );
  const { rows: users } = await owner.query(
    `SELECT tenant_id || '/' || id AS key FROM users WHERE active`,
  );
  const { rows: optOuts } = await owner.query(
    `SELECT tenant_id || '/' || user_id || '/' || event_type AS key FROM notification_preferences
      WHERE channel = 'in_app' AND NOT enabled`,
  );
  const active = new Set(users.map((u) => u.key));
  const optedOut = new Set(optOuts.map((o) => o.key));
  let expected = 0;
  let told = 0;
  let wrong = 0;
  for (const row of events) {
    const event = {
      id: row.id,
      tenantId: row.tenant_id,
      type: row.event_type,
      aggregateType: row.aggregate_type,
      aggregateId: row.aggregate_id,
      occurredAt: row.occurred_at,
      actorId: row.actor_id,
      payload: row.payload,
    };
    const audience = messageFor(event)
      ? [...new Set(audienceOf(event))].filter(
          (id) =>
            id !== event.actorId &&
            active.has(`${event.tenantId}/${id}`) &&
            !optedOut.has(`${event.tenantId}/${id}/${event.type}`),
        )
      : [];
    expected += audience.length;
    told += row.told;
    if (row.told !== audience.length || row.told_distinct !== row.told) wrong += 1;
  }
  const pending = events.filter((e) => !e.dispatched && !e.gave_up).length;
  const gaveUp = events.filter((e) => e.gave_up).length;
  return {
    events: events.length,
    pending,
    gaveUp,
    notificationsExpected: expected,
    notificationsRecorded: told,
    eventsToldWrongly: wrong,
    ok: pending === 0 && gaveUp === 0 && wrong === 0 && expected === told,
  };
}

/** Outbox events neither delivered nor given up on: what the run waits for at the end. */
export async function pendingEvents(owner) {
  const { rows } = await owner.query(
    `SELECT count(*)::int AS n FROM outbox_events WHERE dispatched_at IS NULL AND gave_up_at IS NULL`,
  );
  return rows[0].n;
}

/** Every create and submit acknowledged with a 2xx is in the database, with the number it was given. */
export async function checkAcknowledged(owner, tenantId, acked) {
  const { rows } = await owner.query(
    `SELECT id::text, number::text, status FROM service_requests
      WHERE tenant_id = $1 AND id = ANY($2::uuid[])`,
    [tenantId, acked.created.map((c) => c.id)],
  );
  const found = new Map(rows.map((r) => [r.id, r]));
  const createdFound = acked.created.filter(
    (c) => Number(found.get(c.id)?.number) === Number(c.number.replace(/\D/g, '')),
  ).length;
  const submittedFound = acked.submitted.filter((id) => {
    const status = found.get(id)?.status;
    return status !== undefined && status !== 'draft';
  }).length;
  const { rows: unacked } = await owner.query(
    `SELECT count(*)::int AS n FROM service_requests
      WHERE tenant_id = $1 AND justification = 'cluster run' AND NOT (id = ANY($2::uuid[]))`,
    [tenantId, acked.created.map((c) => c.id)],
  );
  return {
    created: acked.created.length,
    createdFound,
    submitted: acked.submitted.length,
    submittedFound,
    lost: acked.created.length - createdFound + (acked.submitted.length - submittedFound),
    committedUnacknowledged: unacked[0].n,
  };
}
