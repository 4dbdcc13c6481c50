// SLA data for the generated tenants, once the service-levels migration has created its tables
// (the generator checks): a 24x7 calendar (business minutes = wall-clock minutes, so due times
// are plain arithmetic here) and a default policy per tenant, and a response and a resolution
// timer per submitted request in the state its request implies.

const DAY = [{ start: 0, end: 1440 }];
const WEEK = Object.fromEntries(
  ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((d) => [
    d,
    DAY,
  ]),
);
/** Minutes per priority: [response, resolution]. */
export const TARGETS = {
  critical: [15, 240],
  high: [60, 1440],
  medium: [240, 4320],
  low: [480, 10080],
};
const targetsJson = Object.fromEntries(
  Object.entries(TARGETS).map(([p, [response, resolution]]) => [
    p,
    { responseMinutes: response, resolutionMinutes: resolution, taskMinutes: null },
  ]),
);

export function slaPolicyInserts() {
  return [
    `INSERT INTO sla_calendars (tenant_id, id, name, time_zone, working_hours, holidays)
     SELECT bt.id, pg_temp.uid('cal', bt.ord, 0), '24x7', 'UTC', '${JSON.stringify(WEEK)}'::jsonb, '[]'::jsonb FROM bt`,
    `INSERT INTO sla_policies (tenant_id, id, name, calendar_id, targets, is_default)
     SELECT bt.id, pg_temp.uid('sla', bt.ord, 0), 'Standard', pg_temp.uid('cal', bt.ord, 0), '${JSON.stringify(targetsJson)}'::jsonb, true FROM bt`,
    `UPDATE catalog_items SET sla_policy_id = pg_temp.uid('sla', bt.ord, 0) FROM bt WHERE catalog_items.tenant_id = bt.id`,
  ];
}

const target = (kind) =>
  `(CASE br.priority ${Object.entries(TARGETS)
    .map(([p, t]) => `WHEN '${p}' THEN ${t[kind === 'response' ? 0 : 1]}`)
    .join(' ')} END)`;

/**
 * Timers start at submit and pause while approval is pending (so paused minutes = approval wait).
 * Response stops at the first human response (shortly after approval); resolution at fulfilment.
 */
export function slaTimerInserts() {
  const timer = (kind, n) => `
     SELECT br.tenant_id, pg_temp.uid('sla${n}', br.ord, br.number) AS id, br.id AS request_id, br.ord, br.key, br.status,
            br.priority, br.submitted_at AS started_at, ${target(kind)} AS target_minutes,
            coalesce(extract(epoch FROM br.approved_at - br.submitted_at)::int / 60, 0) AS paused_minutes,
            CASE WHEN br.status IN ('cancelled', 'rejected') THEN 'cancelled'
                 WHEN br.status = 'pending_approval' THEN 'paused'
                 ${kind === 'response' ? `WHEN br.decided THEN 'stopped'` : `WHEN br.status IN ('fulfilled', 'closed') THEN 'stopped' WHEN br.status = 'on_hold' THEN 'paused'`}
                 ELSE 'running' END AS state,
            ${
              kind === 'response'
                ? `CASE WHEN br.decided THEN br.approved_at + interval '1 minute' * (${target(kind)} * pg_temp.rnd(br.key, 60) * 1.4) END`
                : `br.fulfilled_at`
            } AS stopped_at,
            CASE WHEN br.status = 'pending_approval' THEN br.submitted_at
                 WHEN br.status = 'on_hold' ${kind === 'response' ? 'AND false' : ''} THEN br.approved_at + interval '1 hour' END AS paused_at,
            br.ended_at, br.created_at
       FROM br WHERE br.submitted_at IS NOT NULL`;
  const insert = (kind, n) => `
     INSERT INTO sla_timers (tenant_id, id, created_at, updated_at, request_id, policy_id, calendar_id, kind, priority, target_minutes,
            started_at, state, paused_at, paused_minutes, due_at, next_check_at, warning_percents, warning_at, last_warning_percent,
            breached_at, stopped_at)
     SELECT s.tenant_id, s.id, s.started_at, least(coalesce(s.stopped_at, s.ended_at, s.started_at), now()), s.request_id,
            pg_temp.uid('sla', s.ord, 0), pg_temp.uid('cal', s.ord, 0), '${kind}', s.priority, s.target_minutes, s.started_at, s.state,
            s.paused_at, s.paused_minutes, s.due_at,
            CASE WHEN s.state = 'running' AND s.due_at > now() THEN
                   CASE WHEN s.w50 > now() THEN s.w50 WHEN s.w75 > now() THEN s.w75 ELSE s.due_at END END,
            '{50,75}', ARRAY[s.w50, s.w75],
            CASE WHEN s.state IN ('running', 'paused', 'stopped') AND s.end_at >= s.w75 THEN 75
                 WHEN s.state IN ('running', 'paused', 'stopped') AND s.end_at >= s.w50 THEN 50 END,
            CASE WHEN s.state <> 'cancelled' AND s.due_at < s.end_at THEN s.due_at END,
            CASE WHEN s.state = 'stopped' THEN least(s.stopped_at, now()) WHEN s.state = 'cancelled' THEN s.ended_at END
       FROM (SELECT t.*, least(coalesce(t.stopped_at, t.paused_at, now()), now()) AS end_at,
                    t.started_at + interval '1 minute' * (t.paused_minutes + t.target_minutes) AS due_at,
                    t.started_at + interval '1 minute' * (t.paused_minutes + t.target_minutes * 0.5) AS w50,
                    t.started_at + interval '1 minute' * (t.paused_minutes + t.target_minutes * 0.75) AS w75
               FROM (${timer(kind, n)}) t) s`;
  return [insert('response', 1), insert('resolution', 2)];
}
